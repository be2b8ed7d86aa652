// A request body that an earlier middleware read (Express's `express.json()`, `express.raw()`,
// `express.text()`) is gone from the stream: forwarding the stream would send an empty body. What
// the parser left is sent instead when it stands for the same content, and the request is refused
// otherwise: never an empty or different body in its place.

/** What can be sent for a body an earlier middleware read: the bytes, or why there are none. */
export type Leftover = { readonly bytes: Uint8Array<ArrayBuffer>; readonly refused?: undefined } | { readonly bytes?: undefined; readonly refused: string };

const ENCODER = /* @__PURE__ */ new TextEncoder();

/** Why a body that was read cannot be sent, in the words `onProblem` and the README use. */
function refusal(why: string): Leftover {
  return { refused: `The request body was read by an earlier middleware (a body parser?) and ${why}: mount the gateway before body parsers` };
}

/** A header value as one string (Node gives arrays for some repeated fields). */
function headerText(value: string | readonly string[] | undefined): string {
  return typeof value === 'string' ? value : (value?.join(', ') ?? '');
}

// Longer than any real `Content-Type`; a longer value is not read (nor trusted to say UTF-8).
const MAX_CONTENT_TYPE_LENGTH = 1024;

/**
 * The media type (lower case, no parameters) and whether the charset is UTF-8 or unstated, read
 * in one pass over `type/subtype; name=value; ...` with no regular expression. A value longer than
 * 1 KiB is not read: no type, and not UTF-8.
 */
export function mediaTypeOf(contentType: string): { readonly type: string; readonly utf8: boolean } {
  if (contentType.length > MAX_CONTENT_TYPE_LENGTH) return { type: '', utf8: false };
  const parts = contentType.toLowerCase().split(';');
  let utf8 = true;
  for (let i = 1; i < parts.length; i++) {
    const parameter = parts[i] ?? '';
    const equals = parameter.indexOf('=');
    if (equals === -1 || parameter.slice(0, equals).trim() !== 'charset') continue;
    let value = parameter.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    utf8 = value === 'utf-8' || value === 'utf8';
  }
  return { type: (parts[0] ?? '').trim(), utf8 };
}

/** `application/json` and the `+json` types (`application/problem+json`, `application/ld+json`). */
function isJsonType(type: string): boolean {
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * What to send for a body that was read before the gateway got it, from what the parser left in
 * `body`: bytes as they are (`express.raw()`; decoded, as body parsers inflate compressed bodies),
 * text as UTF-8 (`express.text()`), and JSON as `JSON.stringify` writes it (`express.json()`: the
 * same JSON value, not the same bytes) when the request says it is JSON in UTF-8. Anything else
 * (a form parsed into an object, another charset, nothing at all) is refused, and so is a string
 * under a JSON type: the raw text (`express.text()`) and a parsed JSON string
 * (`express.json({ strict: false })`) look the same, and they would go out differently. Never throws.
 */
export function leftoverOf(body: unknown, contentType: string | readonly string[] | undefined): Leftover {
  try {
    return leftoverOrThrow(body, contentType);
  } catch {
    // A Proxy whose traps throw, a header value that is not text: nothing that can be sent.
    return refusal('what it left cannot be read');
  }
}

function leftoverOrThrow(body: unknown, contentType: string | readonly string[] | undefined): Leftover {
  // A view of shared memory cannot be a fetch body: copied into its own buffer.
  if (body instanceof Uint8Array) return { bytes: body.buffer instanceof ArrayBuffer ? (body as Uint8Array<ArrayBuffer>) : new Uint8Array(body) };
  const { type, utf8 } = mediaTypeOf(headerText(contentType));
  if (!utf8) return refusal('its charset is not UTF-8');
  if (typeof body === 'string') return isJsonType(type) ? refusal('a string under a JSON type may be raw text or a parsed JSON string') : { bytes: ENCODER.encode(body) };
  if (body === undefined) return refusal('nothing of it was kept');
  if (!isJsonType(type)) return refusal(`it was made into a value that cannot be sent as ${type === '' ? 'no content type' : type}`);
  try {
    const text: unknown = JSON.stringify(body);
    if (typeof text === 'string') return { bytes: ENCODER.encode(text) };
  } catch {
    // A cycle, a BigInt or a throwing getter: refused below.
  }
  return refusal('it cannot be written back as JSON');
}
