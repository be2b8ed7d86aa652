// Nanoseconds per createApiError (the cost every parse pays for its error value), and per parse of
// a small body through a defineVendor module and a registry, best of several batches.
// Run: node packages/core/bench/createApiError.ts (Node 22.18+ strips the types).
import { createApiError } from '../src/apiError.ts';
import { createRegistry } from '../src/registry.ts';
import { viewOf } from '../src/view.ts';

const BATCH = 20_000;
const BATCHES = 25;

// Results are kept so no call is optimized away.
let sink: unknown;

function nsPerCall(work: () => unknown): number {
  let best = Infinity;
  for (let batch = 0; batch < BATCHES; batch++) {
    const started = performance.now();
    for (let call = 0; call < BATCH; call++) sink = work();
    best = Math.min(best, ((performance.now() - started) / BATCH) * 1e6);
  }
  return best;
}

// Called from a few frames down, as a parser is: a stack walk would cost more the deeper it is.
function nested(depth: number, work: () => unknown): unknown {
  return depth === 0 ? work() : nested(depth - 1, work);
}

const init = { vendor: 'discord', code: 50035, kind: 'invalid-argument', status: 400, message: 'Invalid Form Body' } as const;
const view = viewOf({ status: 400, headers: { 'content-type': 'application/json' }, body: '{"code":50035,"message":"Invalid Form Body"}' });
const registry = createRegistry([]);
const parts = { status: 400, headers: { 'content-type': 'application/json' }, body: '{"message":"Invalid Form Body"}' };

const rows: [string, number][] = [
  ['createApiError', nsPerCall(() => createApiError(init))],
  ['createApiError, 20 frames deep', nsPerCall(() => nested(20, () => createApiError(init)))],
  ['createApiError with a source view', nsPerCall(() => createApiError({ ...init, source: view }))],
  ['registry.parse (generic fallback, small JSON body)', nsPerCall(() => registry.parse(parts))],
  ['JSON.parse of the same body', nsPerCall(() => JSON.parse(parts.body) as unknown)],
];
for (const [name, ns] of rows) console.log(`${name.padEnd(52)} ${ns.toFixed(0).padStart(6)} ns`);
if (sink === Symbol.for('never')) console.log('unreachable');
