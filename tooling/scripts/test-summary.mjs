#!/usr/bin/env node
// scripts/test's closing count, from Vitest JSON reports:
//   node tooling/scripts/test-summary.mjs <main report> [<more reports>...]
// Prints, for every test file that failed before its tests ran (an import that throws, a missing
// fixture, a syntax error), a loud FAILED TO LOAD block naming the file and the error, and counts
// it as failures: as many as the it()/test() calls written in the file (it.each rows are not
// expanded, so this is a floor), and never fewer than one. Then the last line:
//   tests: N passed, N failed[, N skipped]
// Exit codes: 0 counted (whatever the counts), 3 the main report is missing or unreadable.
// A missing later report (the runtime matrix) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [mainReport, ...otherReports] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const unloaded = [];

/** it( / test( / it.each( / test.skip( …: calls that declare a test, read from the source. */
function declaredTests(file) {
  if (!existsSync(file)) return 0;
  const source = readFileSync(file, 'utf8');
  let count = 0;
  for (const line of source.split('\n')) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('//') || trimmed.startsWith('*')) continue;
    for (const match of line.matchAll(/(?:^|[^\w.$])(?:it|test)(?:\.(?:each|skip|only|todo|concurrent|fails|skipIf|runIf)\b[^(]*)?\(/g)) count += match.length > 0 ? 1 : 0;
  }
  return count;
}

for (const [index, file] of [mainReport, ...otherReports].entries()) {
  let report;
  try {
    report = JSON.parse(readFileSync(file ?? '', 'utf8'));
  } catch {
    if (index === 0) process.exit(3);
    console.log(`FAILED: no report at ${file} (counted as one failure)`);
    failed++;
    continue;
  }
  for (const result of report.testResults ?? []) {
    const assertions = result.assertionResults ?? [];
    if (result.status !== 'failed' || assertions.some((assertion) => assertion.status === 'failed')) continue;
    // The file failed with no failed test: it did not load (or failed outside any test).
    const declared = declaredTests(result.name);
    const counted = Math.max(1, declared - assertions.filter((assertion) => assertion.status === 'passed').length);
    unloaded.push({ name: relative(process.cwd(), result.name), counted, declared, message: String(result.message ?? '').trim() });
    failed += counted;
  }
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

if (unloaded.length > 0) {
  console.log('');
  console.log('!'.repeat(100));
  console.log(`!! ${unloaded.length} TEST FILE(S) FAILED TO LOAD: none of their tests ran`);
  for (const file of unloaded) {
    console.log(`!!   FAILED TO LOAD: ${file.name}  (counted as ${file.counted} failed; ${file.declared} it()/test() calls in the file)`);
    for (const line of file.message.split('\n').slice(0, 6)) console.log(`!!       ${line}`);
  }
  console.log('!'.repeat(100));
  console.log('');
}

let line = `tests: ${passed} passed, ${failed} failed`;
if (skipped > 0) line += `, ${skipped} skipped`;
console.log(line);
