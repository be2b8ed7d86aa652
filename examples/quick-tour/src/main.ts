// The quick tour: feed sample upstream failures through one registry and print what comes out.
// Runs offline: every response is built locally with the packages' test builders.
import { createRegistry, isApiError, type ApiError } from '@errata/core';
import { samples } from './samples.ts';
import { vendorModules } from './vendors.ts';

const registry = createRegistry(vendorModules);

function describe(error: ApiError): string[] {
  const lines = [
    `  vendor/code  ${error.vendor} ${String(error.code)}`,
    `  kind         ${error.kind} (HTTP ${String(error.status)})`,
    `  action       ${error.action}${error.retry.retryAfterMs === undefined ? '' : ` after ${String(error.retry.retryAfterMs)} ms (${error.retry.source ?? 'policy'})`}`,
    `  message      ${error.message}`,
    `  for users    ${error.publicMessage}`,
  ];
  if (error.requestId !== undefined) lines.push(`  request id   ${error.requestId}`);
  if (error.rateLimit !== undefined) lines.push(`  rate limit   ${JSON.stringify(error.rateLimit)}`);
  for (const issue of error.issues) lines.push(`  field        ${issue.path.join('.') || '(body)'}: ${issue.code} ${issue.message}`);
  return lines;
}

const json = process.argv.includes('--json');
let failures = 0;
for (const sample of samples) {
  const error = await registry.parse(sample.response(), sample.vendor === undefined ? {} : { vendor: sample.vendor });
  if (!isApiError(error)) {
    failures++;
    console.log(`✗ ${sample.title}: no error came back`);
    continue;
  }
  if (json) {
    console.log(JSON.stringify({ sample: sample.title, error, problem: error.toProblem() }));
    continue;
  }
  console.log(`● ${sample.title}`);
  for (const line of describe(error)) console.log(line);
  console.log();
}
if (!json) console.log(`${String(samples.length - failures)} of ${String(samples.length)} samples normalized.`);
process.exitCode = failures === 0 ? 0 : 1;
