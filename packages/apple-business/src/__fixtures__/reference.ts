// Loads the shared reference files (../shared/reference beside the repository) for the tests.
import { readFileSync } from 'node:fs';

const base = new URL('../../../../../shared/reference/', import.meta.url);

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

export const referenceJson: Reference = JSON.parse(readFileSync(new URL('apple-business.json', base), 'utf8')) as Reference;

/** The prose reference, for the one real item that only appears there. */
export const referenceMarkdown: string = readFileSync(new URL('apple-business.md', base), 'utf8');

/** The JSON inside the first backtick span of the markdown that starts with `{"code":"<code>"`. */
export function markdownItem(code: string): Record<string, unknown> {
  const start = referenceMarkdown.indexOf(`\`{"code":"${code}"`);
  if (start === -1) throw new Error(`no example for ${code} in apple-business.md`);
  const end = referenceMarkdown.indexOf('`', start + 1);
  return JSON.parse(referenceMarkdown.slice(start + 1, end)) as Record<string, unknown>;
}

/** The seed file, cut off as it is. */
export const seedText: string = readFileSync(new URL('../seeds/001_dfcd593cb8fa691e.txt', base), 'utf8');
