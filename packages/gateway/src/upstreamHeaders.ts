import { readHeaders, type HeaderReader } from '@errata/core/vendor';

/**
 * An upstream error response's headers, read once. Reading an error asks for a dozen names (the
 * retry and rate-limit fields, request ids, the kept headers), and each `Headers.get` checks and
 * lower-cases its name again; one walk of the fields answers them all.
 */
export interface UpstreamHeaders {
  /** Core's reader over them: `get` as `Headers.get` answers (repeated fields joined), `entries` as `Headers` iterates. */
  readonly reader: HeaderReader;
  /** The `set-cookie` fields, each apart (`Headers.getSetCookie`). */
  readonly setCookies: readonly string[];
}

const NO_COOKIES: readonly string[] = [];

/** `Headers` as core reads them, from one walk: the same answers as `Headers.get` and its iteration. */
class HeaderSnapshot {
  /** `[name, value, name, value, ...]` as `Headers` iterates: lower-case names in order, each `set-cookie` apart. */
  readonly #fields: string[] = [];
  setCookies: readonly string[] = NO_COOKIES;

  constructor(headers: Headers) {
    const fields = this.#fields;
    headers.forEach((value, name) => {
      fields.push(name, value);
    });
    // An error response has a dozen fields: a scan of them costs less than building a map.
    for (let i = 0; i < fields.length; i += 2) {
      if (fields[i] === 'set-cookie') {
        this.setCookies = headers.getSetCookie();
        break;
      }
    }
  }

  get(name: string): string | undefined {
    const found = this.#find(name);
    if (found !== undefined || this.#fields.length === 0) return found;
    const lower = name.toLowerCase();
    return lower === name ? undefined : this.#find(lower);
  }

  entries(): [string, string][] {
    const fields = this.#fields;
    const entries: [string, string][] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) entries.push([fields[i] ?? '', fields[i + 1] ?? '']);
    return entries;
  }

  /** The value of a lower-case name; repeated fields (only `set-cookie` is listed more than once) joined with `, `, as `Headers.get` does. */
  #find(name: string): string | undefined {
    const fields = this.#fields;
    let value: string | undefined;
    for (let i = 0; i + 1 < fields.length; i += 2) {
      if (fields[i] === name) value = value === undefined ? fields[i + 1] : `${value}, ${fields[i + 1] ?? ''}`;
    }
    return value;
  }
}

/** The headers of an upstream response, read once (see `UpstreamHeaders`). */
export function upstreamHeadersOf(headers: Headers): UpstreamHeaders {
  const snapshot = new HeaderSnapshot(headers);
  return { reader: readHeaders(snapshot), setCookies: snapshot.setCookies };
}
