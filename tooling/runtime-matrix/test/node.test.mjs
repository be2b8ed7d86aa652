// Node legs: the toolchain's Node (24) and Node 20, each with ES module imports and with a
// CommonJS require() consumer (require(esm), supported from Node 20.19 / 22.12: the engines floor).
// check:package (tooling/scripts/check-package.mjs) also require()s each packed tarball on the
// toolchain Node; these legs add Node 20 and the full scenario.
import { binary, leg, resultOf, run, smoke } from './legs.mjs';

const node20 = binary('ERRATA_NODE20', 'node20', 'node');
const current = `node ${process.versions.node.split('.')[0]}`;

const legs = [
  [current, process.execPath],
  ['node 20', node20],
];
for (const [name, bin] of legs) {
  const skip = bin === undefined ? 'no Node 20 found (scripts/runtime-matrix finds or installs one; or set ERRATA_NODE20)' : undefined;
  leg(`${name}, ESM import`, async () => resultOf(await run(bin, [smoke('run-esm.mjs')])), skip);
  leg(`${name}, CommonJS require()`, async () => resultOf(await run(bin, [smoke('run-cjs.cjs')])), skip);
}
