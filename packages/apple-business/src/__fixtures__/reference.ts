// The reference facts the tests check, from reference.json beside this file: a snapshot of
// shared/reference/apple-business.json, apple-business.md and seed 001, made (with each source's
// hash and provenance) by tooling/scripts/reference-sync.mjs, so the tests need nothing outside
// the repository. Regenerate it with `pnpm --filter @errata/scripts reference:sync`.
import { readFileSync } from 'node:fs';

/** The parts of apple-business.json the tests read. */
export interface Reference {
  readonly wire_format: { readonly example_documented: { readonly status_line: string; readonly headers: Record<string, string>; readonly body: unknown[] } };
  readonly http_statuses: { readonly client_error: Record<string, string>; readonly server_error: Record<string, string>; readonly notably_absent: number[] };
  readonly resource_type_prefixes: readonly { readonly prefix: string; readonly display_name: string; readonly evidence: string }[];
  readonly combinations: readonly {
    readonly http_status: number;
    readonly code_suffix: string;
    readonly full_codes: string[];
    readonly resource_types: string[];
    readonly message_templates: string[];
    readonly context_keys: string[];
    readonly example_body?: unknown[];
    readonly evidence: string;
  }[];
  readonly observed_in_the_wild: readonly { readonly http_status?: number; readonly body?: unknown[]; readonly code?: string; readonly codes?: string[]; readonly evidence?: string }[];
  readonly validation_report_format: { readonly examples: readonly { readonly code: string; readonly message: string; readonly severity: string; readonly context: Record<string, unknown> }[] };
  readonly oauth_token_errors: {
    readonly by_status: Record<string, readonly { readonly error: string; readonly error_description: string }[]>;
    readonly authorization_code_redirect_errors: { readonly items: readonly { readonly error: string; readonly error_description: string }[] };
  };
}

/** The snapshot file: where each fact came from, and the facts. */
export interface Snapshot {
  readonly sources: readonly { readonly file: string; readonly sha256: string; readonly builtFrom: readonly string[] }[];
  readonly facts: {
    readonly reference: Reference;
    /** The inline item examples of apple-business.md, verbatim (`{"code":"…", …}`; some are elided and do not parse). */
    readonly markdownItems: readonly string[];
    /** The seed's example bodies, verbatim from each "Example Response Body" line to its closing bracket. */
    readonly seedExampleBlocks: readonly string[];
  };
}

export const snapshot: Snapshot = JSON.parse(readFileSync(new URL('reference.json', import.meta.url), 'utf8')) as Snapshot;

export const referenceJson: Reference = snapshot.facts.reference;

/** The item examples of the prose reference, one per line (the one real item that only appears there). */
export const referenceMarkdown: string = snapshot.facts.markdownItems.join('\n');

/** The item of the prose reference whose code is `code`, parsed. */
export function markdownItem(code: string): Record<string, unknown> {
  const item = snapshot.facts.markdownItems.find((text) => text.startsWith(`{"code":"${code}"`));
  if (item === undefined) throw new Error(`no example for ${code} in apple-business.md`);
  return JSON.parse(item) as Record<string, unknown>;
}

/** The example bodies of the seed page, as the (cut-off) seed prints them, one after another. */
export const seedText: string = snapshot.facts.seedExampleBlocks.join('\n\n');
