// Builders for tests: wire responses and ready errors, from the same fixtures the parser is tested on.
import { buildResponse } from '@errata/core/testing';
import { createParseContext, viewOf } from '@errata/core/vendor';
import { parseView } from './parse.ts';
import type { __PASCAL__Error } from './types.ts';

/** One error as the __TITLE__ API sends it. */
export interface __PASCAL__ErrorSpec {
  readonly code: string;
  readonly message?: string;
  readonly target?: string;
  /** Default: the catalog's usual status for the code, else 400. */
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

const USUAL_STATUS: Readonly<Record<string, number>> = { NOT_FOUND: 404, INVALID_ARGUMENT: 400, UNAUTHENTICATED: 401, RATE_LIMITED: 429, INTERNAL: 500 };

/** The JSON body of an error. */
export function __CAMEL__ErrorBody(spec: __PASCAL__ErrorSpec): Record<string, unknown> {
  return { error: { code: spec.code, message: spec.message ?? `${spec.code} (example)`, ...(spec.target === undefined ? {} : { target: spec.target }) } };
}

/** The error as read parts: status, headers and the body as text. */
export interface __PASCAL__Parts {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The error as read parts `{ status, headers, body }` (the body as text). */
export function __CAMEL__Parts(spec: __PASCAL__ErrorSpec): __PASCAL__Parts {
  const status = spec.status ?? (Object.hasOwn(USUAL_STATUS, spec.code) ? USUAL_STATUS[spec.code] : undefined) ?? 400;
  return { status, headers: { 'content-type': 'application/json', ...spec.headers }, body: JSON.stringify(__CAMEL__ErrorBody(spec)) };
}

/** The error as a fetch `Response`. */
export function build__PASCAL__Response(spec: __PASCAL__ErrorSpec): Response {
  const parts = __CAMEL__Parts(spec);
  return buildResponse({ status: parts.status, headers: parts.headers, body: parts.body });
}

/** The error the parser makes of the spec's response. */
export function build__PASCAL__Error(spec: __PASCAL__ErrorSpec, now: number = 0): __PASCAL__Error {
  const error = parseView(viewOf(__CAMEL__Parts(spec)), createParseContext(now));
  if (error === undefined) throw new Error(`not a __TITLE__ error: ${JSON.stringify(spec)}`);
  return error;
}
