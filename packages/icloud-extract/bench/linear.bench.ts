// Linearity of this package's walkers over adversarial bodies (issue #12): for each family, the
// walk on parsed bodies at 256 KiB and 1 MiB and its growth, then the whole public path from 1 MiB
// of text with JSON.parse alone for reference (core's `bodyFamilyTable` says how it is judged).
// Run: `node bench/linear.bench.ts` from the package folder, after building @errata/core.
import { bodyFamilyTable } from '@errata/core/testing';
import { families } from '../src/__fixtures__/adversarial.ts';

const { lines, missed } = bodyFamilyTable(families);
for (const line of lines) console.log(line);
if (missed > 0) process.exitCode = 1;
