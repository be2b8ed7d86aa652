// Headers that describe one connection, not the message (RFC 9110 section 7.6.1), so a proxy
// never forwards them. `proxy-authorization` is the client's credential for us, not the upstream.
const HOP_BY_HOP: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

// Request headers fetch computes itself (or refuses): the upstream's host, the length of a
// streamed body, and `expect`, which fetch implementations reject.
const REQUEST_ONLY: ReadonlySet<string> = /* @__PURE__ */ new Set(['host', 'content-length', 'expect']);

/** Visits each header as `(value, name)` with a lower-case name, like `Headers.prototype.forEach`. */
export type HeaderVisitor = (visit: (value: string, name: string) => void) => void;

/** Adds the names a `Connection` value lists, which are hop-by-hop for this message only. */
function addConnectionOptions(value: string, names: Set<string>): void {
  for (const part of value.split(',')) {
    const name = part.trim().toLowerCase();
    if (name !== '') names.add(name);
  }
}

/**
 * The headers sent upstream, as `[name, value]` pairs: the client's, less hop-by-hop ones (those
 * a `Connection` header lists too) and those fetch sets itself.
 */
export function upstreamRequestHeaders(forEachHeader: HeaderVisitor): [string, string][] {
  let listed: Set<string> | undefined;
  forEachHeader((value, name) => {
    if (name === 'connection') addConnectionOptions(value, (listed ??= new Set()));
  });
  const out: [string, string][] = [];
  forEachHeader((value, name) => {
    if (HOP_BY_HOP.has(name) || REQUEST_ONLY.has(name) || listed?.has(name) === true) return;
    out.push([name, value]);
  });
  return out;
}

/**
 * The headers of a passed-on response as `[name, value, name, value, ...]`: the upstream's, less
 * hop-by-hop ones, each `set-cookie` kept apart. When fetch has decoded the body, its
 * `content-encoding` and `content-length` describe bytes the client will not get.
 */
export function passedResponseHeaders(headers: Headers, decoded: boolean): string[] {
  const connection = headers.get('connection');
  let listed: Set<string> | undefined;
  if (connection !== null) addConnectionOptions(connection, (listed = new Set()));
  const stale = decoded && headers.has('content-encoding');
  const out: string[] = [];
  headers.forEach((value, name) => {
    if (name === 'set-cookie' || HOP_BY_HOP.has(name) || listed?.has(name) === true) return;
    if (stale && (name === 'content-encoding' || name === 'content-length')) return;
    out.push(name, value);
  });
  // `forEach` may join repeated `set-cookie` fields into one value; `getSetCookie` keeps them apart.
  if (listed?.has('set-cookie') !== true) for (const cookie of headers.getSetCookie()) out.push('set-cookie', cookie);
  return out;
}
