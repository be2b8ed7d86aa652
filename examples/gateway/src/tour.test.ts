import { execFileSync, spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoGateway } from './demoGateway.ts';
import { pathOf, scenarios } from './scenarios.ts';
import { portFrom, startServer, type RunningServer } from './server.ts';
import { describeResult, mismatchesOf, runTour, type TourResult } from './tour.ts';

const MAIN = fileURLToPath(new URL('main.ts', import.meta.url));
const DEMO = fileURLToPath(new URL('../demo.js', import.meta.url));
const EXAMPLE_DIR = fileURLToPath(new URL('..', import.meta.url));

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
  return runWith(process.execPath, [MAIN, ...args], env);
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
    const demo = await serve(process.execPath, [MAIN]);
    const curls = [...demo.output.matchAll(/curl -si '([^']+)'/g)].map((match) => match[1]!);
    expect(curls).toHaveLength(scenarios.length);
    const response = await fetch(curls.find((url) => url.endsWith('/discord/rate-limited'))!);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    const closed = new Promise<number | null>((resolve) => demo.child.on('close', resolve));
    demo.child.kill('SIGINT');
    expect(await closed).toBe(0);
    expect(demo.output).toContain('stopped (SIGINT)');
  });
});

interface Serving {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  /** The pid the demo printed. */
  readonly pid: number;
  readonly url: string;
  output: string;
}

function untilListening(child: ChildProcessByStdio<null, Readable, Readable>): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('to stop')) resolve(stdout);
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.once('close', (code) => {
      reject(new Error(`the demo exited (${String(code)}) before serving:\n${stdout}\n${stderr}`));
    });
  });
}

async function serve(command: string, args: readonly string[], cwd?: string): Promise<Serving> {
  const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = await untilListening(child);
  const pid = Number(/, pid (\d+) /.exec(output)?.[1]);
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
  const serving: Serving = { child, pid, url, output };
  child.stdout.on('data', (chunk: string) => (serving.output += chunk));
  return serving;
}

async function stillServing(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/discord/users/@me`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

describe('stopping the demo with a signal to the pid it prints', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('node demo.js: %s to the printed pid stops the server and exits 0', async (signal) => {
    const demo = await serve(process.execPath, [DEMO]);
    // demo.js runs the demo in its own process: the printed pid is the one serving.
    expect(demo.pid).toBe(demo.child.pid);
    expect(demo.output).toContain(`kill -INT ${String(demo.pid)}`);
    expect(await stillServing(demo.url)).toBe(true);
    const closed = new Promise<number | null>((resolve) => demo.child.on('close', resolve));
    process.kill(demo.pid, signal);
    expect(await closed).toBe(0);
    expect(demo.output).toContain(`stopped (${signal})`);
    expect(await stillServing(demo.url)).toBe(false);
  });

  it('through pnpm (as scripts/demo starts it): the printed pid is the server\'s, and SIGINT to it ends the whole chain', async () => {
    const demo = await serve('pnpm', ['--silent', 'start'], EXAMPLE_DIR);
    // pnpm is the parent (and ignores SIGINT itself); the pid printed is node's, below it.
    expect(demo.pid).not.toBe(demo.child.pid);
    const closed = new Promise<number | null>((resolve) => demo.child.on('close', resolve));
    process.kill(demo.pid, 'SIGINT');
    expect(await closed).toBe(0);
    expect(await stillServing(demo.url)).toBe(false);
  });
});

describe('node demo.js on a Node that cannot run TypeScript', () => {
  it('exits 1 saying which Node it needs, without a stack trace', async () => {
    // Type stripping switched off stands in for Node 20, which has none.
    const run = await runWith(process.execPath, ['--no-experimental-strip-types', DEMO, '--once']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('needs Node.js 22.18 or later');
    expect(run.stderr).toContain(`this is Node ${process.version}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  const node20 = [process.env.ERRATA_NODE20, '/usr/bin/node'].find((candidate) => candidate !== undefined && candidate !== '' && versionOf(candidate).startsWith('v20.'));
  it.skipIf(node20 === undefined)('on a real Node 20 too', async () => {
    const run = await runWith(node20!, [DEMO]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('needs Node.js 22.18 or later');
  });
});

function versionOf(node: string): string {
  try {
    return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function runWith(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
