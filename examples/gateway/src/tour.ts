// The scripted tour: request every scenario, read what the gateway answered, check it against
// what the scenario expects, and describe it for a person reading a terminal.
import { pathOf, scenarios, type Expected, type Scenario } from './scenarios.ts';

/** How the tour reaches the gateway: the global `fetch` over HTTP, or `gateway.handle` in-process. */
export type TourFetch = (url: string) => Promise<Response>;

/** What came back for one scenario. */
export interface TourResult {
  readonly scenario: Scenario;
  readonly url: string;
  readonly status: number;
  readonly contentType: string | undefined;
  readonly retryAfter: string | undefined;
  readonly upstreamRequestId: string | undefined;
  /** The problem+json body, when the answer was one. */
  readonly problem: Readonly<Record<string, unknown>> | undefined;
  /** The body text of a pass-through answer. */
  readonly passedThrough: string | undefined;
  /** One line per way the answer differs from the scenario's expectation; empty when it matches. */
  readonly mismatches: readonly string[];
}

const PROBLEM_JSON = 'application/problem+json';

function field(problem: Readonly<Record<string, unknown>> | undefined, name: string): unknown {
  return problem === undefined || !Object.hasOwn(problem, name) ? undefined : problem[name];
}

function show(value: unknown): string {
  return value === undefined || value === null ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);
}

/** Compares an answer with the expectation; each difference is one readable line. */
export function mismatchesOf(expected: Expected, seen: Omit<TourResult, 'mismatches' | 'scenario' | 'url'>): string[] {
  const out: string[] = [];
  const check = (label: string, want: unknown, got: unknown): void => {
    if (want !== undefined && want !== (got ?? null)) out.push(`${label}: expected ${show(want)}, got ${show(got)}`);
  };
  check('status', expected.status, seen.status);
  if (expected.type === undefined) {
    // A success must arrive as the upstream sent it, not wrapped in a problem.
    if (seen.problem !== undefined) out.push(`expected the upstream's answer passed through, got a problem (${show(field(seen.problem, 'type'))})`);
    return out;
  }
  if (seen.problem === undefined) {
    out.push(`expected ${PROBLEM_JSON}, got ${show(seen.contentType)}`);
    return out;
  }
  check('status in body', seen.status, field(seen.problem, 'status'));
  check('type', expected.type, field(seen.problem, 'type'));
  check('kind', expected.kind, field(seen.problem, 'kind'));
  check('action', expected.action, field(seen.problem, 'action'));
  check('Retry-After', expected.retryAfter, seen.retryAfter);
  check('request id', expected.requestId, field(seen.problem, 'requestId'));
  check('x-upstream-request-id', expected.requestId, seen.upstreamRequestId);
  check('upstream status', expected.upstreamStatus, field(seen.problem, 'upstreamStatus'));
  const issues = field(seen.problem, 'issues');
  check('issues', expected.issues, Array.isArray(issues) ? issues.length : undefined);
  // 5xx problems must not carry the upstream's developer message.
  if (seen.status >= 500 && field(seen.problem, 'detail') !== undefined) out.push('a 5xx problem carries a detail');
  return out;
}

async function visit(baseUrl: string, scenario: Scenario, fetchFn: TourFetch): Promise<TourResult> {
  const url = `${baseUrl}${pathOf(scenario)}`;
  const response = await fetchFn(url);
  const contentType = response.headers.get('content-type') ?? undefined;
  const text = await response.text();
  let problem: Record<string, unknown> | undefined;
  if (contentType?.startsWith(PROBLEM_JSON) === true) {
    try {
      problem = JSON.parse(text) as Record<string, unknown>;
    } catch {
      problem = undefined;
    }
  }
  const seen = {
    status: response.status,
    contentType,
    retryAfter: response.headers.get('retry-after') ?? undefined,
    upstreamRequestId: response.headers.get('x-upstream-request-id') ?? undefined,
    problem,
    passedThrough: problem === undefined ? text : undefined,
  };
  return { scenario, url, ...seen, mismatches: mismatchesOf(scenario.expect, seen) };
}

/** Requests every scenario in order (one at a time, so the output reads top to bottom). */
export async function runTour(baseUrl: string, fetchFn: TourFetch = (url) => fetch(url)): Promise<TourResult[]> {
  const results: TourResult[] = [];
  for (const scenario of scenarios) results.push(await visit(baseUrl, scenario, fetchFn));
  return results;
}

/** Terminal styling; plain text when `color` is false. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly good: (text: string) => string;
  readonly bad: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${String(open)}m${text}\u001b[${String(close)}m`;

export function styleFor(color: boolean): Style {
  if (!color) return { bold: String, dim: String, good: String, bad: String };
  return { bold: wrap(1, 22), dim: wrap(2, 22), good: wrap(32, 39), bad: wrap(31, 39) };
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** A few lines describing one result: what was asked, what came back, and any mismatch. */
export function describeResult(result: TourResult, style: Style = styleFor(false)): string[] {
  const { scenario, problem } = result;
  const mark = result.mismatches.length === 0 ? style.good('✓') : style.bad('✗');
  const lines = [`${mark} ${style.bold(`GET ${pathOf(scenario)}`)}  ${style.dim(scenario.title)}`];
  if (problem === undefined) {
    const body = truncate((result.passedThrough ?? '').replace(/\s+/g, ' '), 70);
    lines.push(`    ${String(result.status)} ${result.contentType ?? '(no content type)'}, passed through: ${body}`);
  } else {
    lines.push(`    ${String(result.status)} ${show(field(problem, 'type'))}`);
    const facts = [
      `kind ${show(field(problem, 'kind'))}`,
      `action ${show(field(problem, 'action'))}`,
      `Retry-After ${result.retryAfter ?? '–'}`,
      `request id ${result.upstreamRequestId ?? '–'}`,
    ];
    const upstreamStatus = field(problem, 'upstreamStatus');
    if (upstreamStatus !== undefined) facts.push(`upstream said HTTP ${show(upstreamStatus)}`);
    lines.push(`    ${facts.join(style.dim(' · '))}`);
    const detail = field(problem, 'detail');
    lines.push(`    ${style.dim('title ')} ${show(field(problem, 'title'))}`);
    lines.push(`    ${style.dim('detail')} ${detail === undefined ? style.dim('(withheld)') : truncate(show(detail), 90)}`);
    const issues = field(problem, 'issues');
    if (Array.isArray(issues)) {
      for (const issue of issues as { path?: unknown; code?: unknown; message?: unknown }[]) {
        const path = Array.isArray(issue.path) ? issue.path.map(String).join('.') : '';
        lines.push(`    ${style.dim('issue ')} ${path || '(body)'}: ${show(issue.message)} ${style.dim(`(${show(issue.code)})`)}`);
      }
    }
  }
  for (const mismatch of result.mismatches) lines.push(`    ${style.bad(`mismatch: ${mismatch}`)}`);
  return lines;
}
