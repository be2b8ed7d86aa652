// The errata gateway demo. Offline: every upstream is simulated in-process.
//   node demo.js          serve on 127.0.0.1 (PORT or a free port) and print curl commands
//   node demo.js --once   request every scenario over HTTP, print and check the problems, exit
// (demo.js checks the Node version, then runs this file; `node src/main.ts` works on Node >= 22.18.)
import { VENDORS } from '@errata/vendors';
import { createDemoGateway } from './demoGateway.ts';
import { pathOf, scenarios } from './scenarios.ts';
import { portFrom, startServer, type RunningServer } from './server.ts';
import { describeResult, runTour, styleFor } from './tour.ts';

const USAGE = `usage: node demo.js [--once]

  (no flags)  start the gateway on 127.0.0.1 (port from PORT, else a free one) and
              print curl commands to try; Ctrl-C, SIGINT or SIGTERM stops it
  --once      request every scenario over HTTP, print each normalized problem,
              check it against what is expected, and exit (1 on any mismatch)`;

const style = styleFor(process.stdout.isTTY && process.env.NO_COLOR === undefined);

async function once(server: RunningServer): Promise<number> {
  console.log(`${style.bold('errata gateway tour')} ${style.dim(`at ${server.url}: ${String(scenarios.length)} requests, ${String(VENDORS.length)} simulated vendors, offline`)}\n`);
  const results = await runTour(server.url);
  for (const result of results) console.log(`${describeResult(result, style).join('\n')}\n`);
  const failed = results.filter((result) => result.mismatches.length > 0).length;
  if (failed === 0) console.log(style.good(`All ${String(results.length)} scenarios matched.`));
  else console.log(style.bad(`${String(failed)} of ${String(results.length)} scenarios did not match.`));
  return failed === 0 ? 0 : 1;
}

function printCommands(server: RunningServer): void {
  console.log(`${style.bold('errata gateway')} listening on ${style.bold(server.url)}, pid ${String(process.pid)} ${style.dim('(simulated upstreams, offline)')}\n`);
  // Quoted: some paths hold characters a shell would read (`@`).
  const command = (path: string): string => `curl -si '${server.url}${path}'`;
  const width = Math.max(...scenarios.map((scenario) => command(pathOf(scenario)).length));
  let route = '';
  for (const scenario of scenarios) {
    if (scenario.route !== route) {
      route = scenario.route;
      console.log(style.bold(route));
    }
    console.log(`  ${command(pathOf(scenario)).padEnd(width)}  ${style.dim(`# ${scenario.title}`)}`);
  }
  // The pid is this process's own, the one serving: a signal to it stops the server, whatever
  // wrapper (scripts/demo, pnpm) started it.
  console.log(`\n${style.dim(`Ctrl-C to stop (or kill -INT ${String(process.pid)}, or kill -TERM ${String(process.pid)}).`)}`);
}

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--once');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length > 0) {
    console.error(`unknown argument: ${unknown.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const onceMode = argv.includes('--once');
  let port: number;
  try {
    // The tour always takes a free port, so it never collides with a running demo.
    port = onceMode ? 0 : portFrom(process.env.PORT);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  let server: RunningServer;
  try {
    server = await startServer(createDemoGateway(), port);
  } catch (error) {
    console.error(`cannot listen on 127.0.0.1:${String(port)}: ${(error as Error).message}`);
    return 1;
  }
  if (onceMode) {
    try {
      return await once(server);
    } finally {
      await server.close();
    }
  }
  // Listen for the signals before saying how to send them.
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  printCommands(server);
  const signal = await stopped;
  await server.close();
  console.log(`\nstopped (${signal})`);
  return 0;
}

// `node src/main.ts | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
