// Serves a gateway over real HTTP on the loopback interface with the gateway's Node adapter.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeHandler, type Gateway } from '@errata/gateway';

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 only (port 0 picks a free one); never on a public interface. */
export function startServer(gateway: Gateway, port: number = 0): Promise<RunningServer> {
  const server = createServer(toNodeHandler(gateway));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${String(bound)}`,
        close: () =>
          new Promise<void>((done) => {
            // Keep-alive sockets would hold close() open for seconds.
            server.closeAllConnections();
            server.close(() => {
              done();
            });
          }),
      });
    });
  });
}

/** The port from `PORT`: unset or empty gives 0 (any free port). */
export function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`PORT must be a number from 0 to 65535, not ${JSON.stringify(value)}`);
  return port;
}
