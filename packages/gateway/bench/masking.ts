// Masking the request's own secrets out of upstream text: each adversarial family at 1 MiB
// (budget: under 20 ms) and its growth from 256 KiB (budget: at most 6x for 4x the text).
//
//   node bench/masking.ts
import { KiB, MASKING_FAMILIES, MASKING_HEADERS, measureGrowth, MiB } from '../src/__fixtures__/growth.ts';
import { collectSecrets, maskText, secretPolicyOf } from '../src/secrets.ts';

const secrets = collectSecrets(
  {
    forEachHeader: (visit) => {
      for (const [name, value] of Object.entries(MASKING_HEADERS)) visit(value, name);
    },
    search: '',
    setCookies: [],
  },
  secretPolicyOf(undefined),
);

console.log('errata gateway: masking request secrets out of upstream text (maskText)');
console.log('family                                     256 KiB ms   1 MiB ms   growth   budget (< 20 ms, <= 6x)');
let within = true;
for (const [name, make] of Object.entries(MASKING_FAMILIES)) {
  const growth = measureGrowth((text: string) => maskText(text, secrets), make(256 * KiB), make(MiB), 9);
  const ok = growth.large < 20 && growth.ratio <= 6;
  within &&= ok;
  console.log(`${name.padEnd(42)} ${growth.small.toFixed(2).padStart(10)} ${growth.large.toFixed(2).padStart(10)} ${growth.ratio.toFixed(2).padStart(7)}x   ${ok ? 'ok' : 'OVER'}`);
}
if (!within) console.log('(a shared machine makes these swing; run again before trusting one OVER line)');
