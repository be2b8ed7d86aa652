// A TypeScript CommonJS consumer (a .cts file: its imports compile to require()). The packages
// are ES modules only; Node 20.19+ can require() them, and TypeScript accepts that with
// `module: nodenext` (5.8+) or `node20` (5.9+). With `module: node16` TypeScript reports
// TS1479 instead: the README says so, and the runtime matrix checks both.
import { createRegistry, isApiError, type ApiError } from '@errata/core';
import { discord, isDiscordError } from '@errata/discord';
import { buildDiscordResponse } from '@errata/discord/testing';

const registry = createRegistry([discord]);

export async function codeOf(response: Response): Promise<string> {
  const error: ApiError | undefined = await registry.parse(response);
  if (isDiscordError(error)) return String(error.code);
  return isApiError(error) ? error.kind : 'none';
}

export const sample: Promise<string> = codeOf(buildDiscordResponse({ code: 50013 }));
