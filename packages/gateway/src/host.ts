// Host header validation: `Host = uri-host [ ":" port ]` (RFC 9110 section 7.2, RFC 3986 section
// 3.2.2). The gateway never routes on the Host header, but it still refuses one that is not a
// host, so nothing downstream (a URL built from it, a log line, a framework) can be fooled by a
// Host that smuggles a path, query, fragment or user info.

/** Longest Host value accepted: a DNS name is at most 253 characters, plus `:65535`. */
export const MAX_HOST_LENGTH = 260;

// RFC 3986 reg-name: unreserved / pct-encoded / sub-delims. Indexed by char code; `%` is checked
// separately (it must start a `%HH` escape).
const REG_NAME = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  const allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=";
  for (let i = 0; i < allowed.length; i++) table[allowed.charCodeAt(i)] = 1;
  return table;
})();

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `*DIGIT` from `start` to the end, at most five digits and at most 65535. */
function validPort(value: string, start: number): boolean {
  const length = value.length - start;
  if (length === 0) return true; // `host:` is allowed by the grammar (an empty port).
  if (length > 5) return false;
  for (let i = start; i < value.length; i++) if (!isDigit(value.charCodeAt(i))) return false;
  return Number(value.slice(start)) <= 65_535;
}

/** `[` IPv6address `]`: hex digits, `:` and `.` (for an embedded IPv4 tail) inside brackets. */
function ipLiteralEnd(value: string): number {
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 93 /* ] */) return i > 1 ? i + 1 : -1;
    if (!isHexDigit(code) && code !== 58 /* : */ && code !== 46 /* . */) return -1;
  }
  return -1;
}

/**
 * True when `value` is a valid Host field value: a reg-name, IPv4 address or bracketed IPv6
 * address, then an optional `:port`. One pass, no regular expression. Anything else (`/`, `?`,
 * `#`, `@`, `\`, spaces, controls, non-ASCII, a malformed `%` escape, a non-numeric port) is
 * refused. The empty value is valid (RFC 9112 section 3.2 asks clients to send it when the target
 * has no authority).
 */
export function isValidHost(value: string): boolean {
  if (value.length > MAX_HOST_LENGTH) return false;
  if (value === '') return true;
  let hostEnd: number;
  if (value.charCodeAt(0) === 91 /* [ */) {
    hostEnd = ipLiteralEnd(value);
    if (hostEnd < 0) return false;
  } else {
    hostEnd = value.length;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code === 58 /* : */) {
        hostEnd = i;
        break;
      }
      if (code === 37 /* % */) {
        if (!isHexDigit(value.charCodeAt(i + 1)) || !isHexDigit(value.charCodeAt(i + 2))) return false;
        i += 2;
        continue;
      }
      if (code >= 128 || REG_NAME[code] !== 1) return false;
    }
    if (hostEnd === 0) return false;
  }
  if (hostEnd === value.length) return true;
  if (value.charCodeAt(hostEnd) !== 58 /* : */) return false;
  return validPort(value, hostEnd + 1);
}
