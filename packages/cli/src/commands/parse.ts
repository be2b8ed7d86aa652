import { parseArgs } from 'node:util';
import { createRegistry, type ApiError, type ResponseParts } from '@errata/core';
import { displayText, formatError } from '../format.ts';
import { looksLikeHttpResponse, parseRawResponse } from '../httpMessage.ts';
import { redactedJsonText } from '../redact.ts';
import { EXIT_OK, PARSE_USAGE, UsageError } from '../usage.ts';
import { vendorNamed } from '../vendorChoice.ts';
import { VENDORS } from '@errata/vendors';
import { usageErrorOf } from './args.ts';
import type { Io } from './io.ts';

const DEFAULT_BARE_STATUS = 400;

function statusOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const status = /^\d{3}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(status >= 100 && status <= 599)) throw new UsageError(`--status must be an HTTP status from 100 to 599, not ${JSON.stringify(text)}`, 'e.g. --status 404');
  return status;
}

interface Input {
  readonly parts: ResponseParts;
  /** Header blocks skipped before the response that counts. */
  readonly skippedBlocks: number;
}

/** The response the bytes describe: a raw HTTP response, or a bare body with the given status. */
function inputOf(bytes: Uint8Array, status: number | undefined): Input {
  if (looksLikeHttpResponse(bytes)) {
    const raw = parseRawResponse(bytes);
    if (raw === undefined) throw new UsageError('stdin starts like an HTTP response but its status line is malformed', 'expected e.g. "HTTP/1.1 404 Not Found" or "HTTP/2 404"');
    if (status !== undefined) throw new UsageError(`--status is for a bare body; this response has its own status line (${raw.statusLine})`);
    return { parts: { status: raw.status, headers: raw.headers, body: raw.body }, skippedBlocks: raw.skippedBlocks };
  }
  const text = new TextDecoder().decode(bytes).trim();
  const json = text.startsWith('{') || text.startsWith('[');
  return {
    parts: { status: status ?? DEFAULT_BARE_STATUS, headers: { 'content-type': json ? 'application/json' : 'text/plain; charset=utf-8' }, body: bytes },
    skippedBlocks: 0,
  };
}

function isBlank(bytes: Uint8Array): boolean {
  // Space, tab, CR, LF.
  return bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a);
}

/** `errata parse [--vendor v] [--status N] [--json]`, reading the response from stdin. */
export async function parse(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { vendor: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    usageErrorOf(error, PARSE_USAGE);
  }
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[0])}: the response is read from stdin`, 'see errata parse --help');
  const vendor = parsed.values.vendor === undefined ? undefined : vendorNamed(parsed.values.vendor);
  const status = statusOption(parsed.values.status);

  const bytes = await io.readStdin();
  if (bytes === undefined) throw new UsageError('errata parse reads a response from stdin: pipe one in', 'e.g. curl -si https://api.example.com/thing | errata parse');
  if (isBlank(bytes)) {
    throw new UsageError('stdin was empty: nothing to parse', 'e.g. curl -si https://api.example.com/thing | errata parse');
  }
  const input = inputOf(bytes, status);
  const registry = createRegistry(VENDORS.map((entry) => entry.module));
  const error: ApiError | undefined = registry.parse(input.parts, vendor === undefined ? {} : { vendor: vendor.name });

  if (parsed.values.json === true) {
    const out = error === undefined ? { error: null, status: input.parts.status } : { error: error.toJSON(), problem: error.toProblem() };
    io.stdout(`${redactedJsonText(out)}\n`);
    return EXIT_OK;
  }
  if (error === undefined) {
    io.stdout(`${displayText(`HTTP ${String(input.parts.status)}: not an error${vendor === undefined ? '' : ` for ${vendor.name}`}.`)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${formatError(error, { skippedBlocks: input.skippedBlocks }).join('\n')}\n`);
  return EXIT_OK;
}
