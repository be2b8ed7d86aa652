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

/** Names a `Connection` header lists, which are hop-by-hop for this message only. */
function connectionOptions(headers: Headers): Set<string> | undefined {
  const value = headers.get('connection');
  if (value === null) return undefined;
  const names = new Set<string>();
  for (const part of value.split(',')) {
    const name = part.trim().toLowerCase();
    if (name !== '') names.add(name);
  }
  return names;
}

function copyHeaders(source: Headers, skip: (name: string) => boolean): Headers {
  const listed = connectionOptions(source);
  const out = new Headers();
  source.forEach((value, name) => {
    if (HOP_BY_HOP.has(name) || listed?.has(name) === true || skip(name)) return;
    out.append(name, value);
  });
  // `forEach` joins repeated `set-cookie` fields into one value; keep them apart.
  if (!skip('set-cookie') && listed?.has('set-cookie') !== true) {
    const cookies = source.getSetCookie();
    if (cookies.length > 1) {
      out.delete('set-cookie');
      for (const cookie of cookies) out.append('set-cookie', cookie);
    }
  }
  return out;
}

/** The headers sent upstream: the client's, less hop-by-hop ones and those fetch sets itself. */
export function upstreamRequestHeaders(headers: Headers): Headers {
  return copyHeaders(headers, (name) => REQUEST_ONLY.has(name));
}

/**
 * The headers of a passed-on response: the upstream's, less hop-by-hop ones. When fetch has decoded
 * the body, its `content-encoding` and `content-length` describe bytes the client will not get.
 */
export function passedResponseHeaders(headers: Headers, decoded: boolean): Headers {
  const stale = decoded && headers.has('content-encoding');
  return copyHeaders(headers, (name) => stale && (name === 'content-encoding' || name === 'content-length'));
}
