/** A mistake in how the command was called: reported in one line (plus a hint), never with a stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** What to print after the message, e.g. the command's usage. */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** Exit statuses: 0 done, 1 the thing asked about was not found, 2 bad usage. */
export const EXIT_OK = 0;
export const EXIT_NOT_FOUND = 1;
export const EXIT_USAGE = 2;

export const EXPLAIN_USAGE = `usage: errata explain <vendor> <code> [--json]

Shows what errata knows about one vendor code: message, kind, action, retry advice,
HTTP status (when known) and where each fact comes from.

  errata explain discord 50013
  errata explain apple LOCATION__NOT_FOUND
  errata explain oauth invalid_token`;

export const PARSE_USAGE = `usage: errata parse [--vendor <vendor>] [--status <code>] [--json]

Reads one HTTP response from stdin and prints the normalized error. The input is
either a raw response as \`curl -si\` prints it (status line, headers, blank line,
body; redirects and 100-continue blocks are skipped, the last response counts) or
a bare body (JSON or text), which is read as HTTP 400 unless --status says otherwise.

  --vendor <vendor>  parse as this vendor (default: detect it from the response)
  --status <code>    the HTTP status of a bare body (default 400)
  --json             print {"error": error.toJSON(), "problem": error.toProblem()}

  curl -si https://discord.com/api/v10/users/@me | errata parse
  echo '{"code": 50013, "message": "Missing Permissions"}' | errata parse --vendor discord --status 403`;

export const LIST_USAGE = `usage: errata list <vendor> [--kind <kind>] [--json]

Lists the codes errata knows for a vendor, with kind, action and message.

  --kind <kind>  only codes of this kind (e.g. not-found, resource-exhausted)
  --json         print the entries as JSON

  errata list discord --kind resource-exhausted`;
