// Runs the smoke scenario with ES module imports and prints the results as one JSON line.
// Used as-is by Node 20, Node 24, Bun and Deno.
import { libs } from './libs.mjs';
import { runSmoke } from './scenario.mjs';

const results = await runSmoke(libs);
console.log(JSON.stringify({ runtime: runtimeName(), results }));

function runtimeName() {
  if (typeof globalThis.Bun !== 'undefined') return `bun ${globalThis.Bun.version}`;
  if (typeof globalThis.Deno !== 'undefined') return `deno ${globalThis.Deno.version.deno}`;
  return `node ${process.version}`;
}
