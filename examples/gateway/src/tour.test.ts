import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoGateway } from './demoGateway.ts';
import { pathOf, scenarios } from './scenarios.ts';
import { portFrom, startServer, type RunningServer } from './server.ts';
import { describeResult, mismatchesOf, runTour, type TourResult } from './tour.ts';

const MAIN = fileURLToPath(new URL('main.ts', import.meta.url));

describe('the tour, in-process (gateway.handle, no sockets)', () => {
  const gateway = createDemoGateway();
  let results: TourResult[] = [];

  beforeAll(async () => {
    results = await runTour('http://gateway.local', (url) => gateway.handle(new Request(url)));
  });

  it('visits every scenario once, in order', () => {
    expect(results.map((result) => pathOf(result.scenario))).toEqual(scenarios.map(pathOf));
  });

  it.each(scenarios.map((scenario) => [pathOf(scenario), scenario] as const))('%s answers as expected', (_path, scenario) => {
    const result = results.find((candidate) => candidate.scenario === scenario);
    expect(result?.mismatches).toEqual([]);
    const { expect: want } = scenario;
    expect(result?.status).toBe(want.status);
    if (want.type === undefined) {
      expect(result?.problem).toBeUndefined();
      expect(result?.passedThrough).not.toBe('');
      return;
    }
    expect(result?.contentType).toBe('application/problem+json');
    expect(result?.problem).toMatchObject({ type: want.type, status: want.status, kind: want.kind });
    if (want.action !== undefined) expect(result?.problem?.action).toBe(want.action);
    if (want.retryAfter !== undefined) expect(result?.retryAfter ?? null).toBe(want.retryAfter);
    if (typeof want.requestId === 'string') expect(result?.upstreamRequestId).toBe(want.requestId);
  });

  it('covers all five vendors, a generic HTML 502, a timeout, an unreachable host and pass-throughs', () => {
    const types = results.map((result) => (typeof result.problem?.type === 'string' ? result.problem.type : 'pass-through'));
    for (const vendor of ['discord', 'apple-business', 'bearer-oauth', 'identity-registration', 'icloud-extract']) {
      expect(types.filter((type) => type.startsWith(`urn:errata:${vendor}:`)).length).toBeGreaterThanOrEqual(2);
    }
    expect(types).toEqual(expect.arrayContaining(['urn:errata:http:502', 'urn:errata:network:timeout', 'urn:errata:network:unreachable']));
    expect(types.filter((type) => type === 'pass-through')).toHaveLength(2);
  });

  it('never lets upstream internals out on 5xx', () => {
    for (const result of results.filter((candidate) => candidate.status >= 500)) expect(result.problem).not.toHaveProperty('detail');
  });

  it('describes each result in a few readable lines', () => {
    const lines = results.map((result) => describeResult(result));
    for (const [first, ...rest] of lines) {
      expect(first).toMatch(/^✓ GET \//);
      expect(rest.length).toBeGreaterThanOrEqual(1);
      expect(rest.length).toBeLessThanOrEqual(7);
    }
    const formBody = results.find((result) => result.scenario.name === 'form-body');
    expect(describeResult(formBody!).join('\n')).toContain('embeds.0.title: Must be 256 or fewer in length.');
  });
});

describe('the tour over real HTTP on 127.0.0.1', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(createDemoGateway());
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on the loopback interface only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('every scenario matches', async () => {
    const results = await runTour(server.url);
    expect(results.flatMap((result) => result.mismatches.map((line) => `${pathOf(result.scenario)}: ${line}`))).toEqual([]);
  });
});

describe('the checker', () => {
  const seen = {
    status: 429,
    contentType: 'application/problem+json',
    retryAfter: undefined,
    upstreamRequestId: undefined,
    problem: { type: 'urn:errata:discord:0', status: 429, kind: 'internal', action: 'retry-after' },
    passedThrough: undefined,
  };

  it('reports each difference on its own line', () => {
    expect(mismatchesOf({ status: 429, type: 'urn:errata:discord:0', kind: 'resource-exhausted', action: 'retry-after', retryAfter: '2' }, seen)).toEqual([
      'kind: expected resource-exhausted, got internal',
      'Retry-After: expected 2, got none',
    ]);
  });

  it('notices a problem where a pass-through was expected, and a missing problem', () => {
    expect(mismatchesOf({ status: 429 }, seen)).toEqual(['expected the upstream\'s answer passed through, got a problem (urn:errata:discord:0)']);
    expect(mismatchesOf({ status: 200, type: 'urn:errata:discord:0' }, { ...seen, status: 200, problem: undefined, contentType: 'text/html' })).toEqual([
      'expected application/problem+json, got text/html',
    ]);
  });

  it('flags a 5xx problem that leaks its detail', () => {
    expect(mismatchesOf({ status: 502, type: 'urn:errata:http:502' }, { ...seen, status: 502, problem: { type: 'urn:errata:http:502', status: 502, detail: 'db01 down' } })).toEqual([
      'a 5xx problem carries a detail',
    ]);
  });
});

describe('PORT', () => {
  it('defaults to any free port and refuses nonsense', () => {
    expect(portFrom(undefined)).toBe(0);
    expect(portFrom(' ')).toBe(0);
    expect(portFrom('8080')).toBe(8080);
    expect(() => portFrom('http')).toThrow(/PORT must be a number/);
    expect(() => portFrom('70000')).toThrow(RangeError);
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runMain(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

describe('node src/main.ts', () => {
  it('--once prints every scenario and exits 0', async () => {
    const run = await runMain(['--once']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const scenario of scenarios) expect(run.stdout).toContain(`✓ GET ${pathOf(scenario)}`);
    expect(run.stdout).toContain(`All ${String(scenarios.length)} scenarios matched.`);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('refuses unknown arguments with exit 2', async () => {
    const run = await runMain(['--twice']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown argument: --twice');
  });

  it('refuses a bad PORT without a stack trace', async () => {
    const run = await runMain([], { PORT: 'eighty' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('PORT must be a number from 0 to 65535, not "eighty"');
  });

  it('serves until SIGINT, printing working curl commands', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, NO_COLOR: '1', PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('Ctrl-C')) resolve();
      });
    });
    const curls = [...stdout.matchAll(/curl -si '([^']+)'/g)].map((match) => match[1]!);
    expect(curls).toHaveLength(scenarios.length);
    const response = await fetch(curls.find((url) => url.endsWith('/discord/rate-limited'))!);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGINT');
    expect(await closed).toBe(0);
    expect(stdout).toContain('stopped');
  });
});
