import { isJsonObject, stringField, type FieldIssue } from '@errata/core/vendor';

/** Caps on the issues read from `params`: the shape is undocumented, so bound the work. */
export const MAX_ISSUES = 100;
const MAX_DEPTH = 8;

type Path = readonly (string | number)[];

function nameOf(value: unknown): string | undefined {
  return isJsonObject(value) ? (stringField(value, 'param') ?? stringField(value, 'field') ?? stringField(value, 'name')) : undefined;
}

/**
 * Field issues from the `params` of an invalid-parameter body. riCloud does not document the
 * shape; the likely one is an object keyed by parameter name, but a list of names, a list of
 * `{param, message}` objects or a single name are read too. `fallback` (the body's message) is
 * used where a parameter comes without a message of its own.
 *
 * Bounded and total: lists are read with an index loop that stops once `MAX_ISSUES` issues are
 * found (a sparse array of length 2³² costs nothing), nesting stops at `MAX_DEPTH`, and a value
 * that throws when read (a proxy, a getter: only possible for already-parsed bodies) ends the
 * walk with the issues found so far.
 */
export function issuesOfParams(params: unknown, fallback: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: Path, message: string | undefined, code: string | undefined): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path, code: code ?? 'invalid-parameter', message: message === undefined || message === '' ? fallback : message });
  };
  // A string is a message for the path; a list of strings, several messages; an object with a
  // `message` (or a `param` name) is one described issue; any other object maps names to problems.
  const walk = (value: unknown, path: Path, depth: number): void => {
    if (typeof value === 'string') {
      add(path, value, undefined);
    } else if (Array.isArray(value) && value.length > 0 && depth < MAX_DEPTH) {
      for (let index = 0; index < value.length && issues.length < MAX_ISSUES; index++) {
        const item: unknown = value[index];
        walk(item, typeof item === 'string' ? path : [...path, index], depth + 1);
      }
    } else if (isJsonObject(value) && depth < MAX_DEPTH) {
      const name = nameOf(value);
      const message = stringField(value, 'message');
      const keys = Object.keys(value);
      if (name !== undefined || message !== undefined || keys.length === 0) {
        add(name === undefined ? path : [...path, name], message, stringField(value, 'error') ?? stringField(value, 'code'));
        return;
      }
      for (const key of keys) {
        if (issues.length >= MAX_ISSUES) return;
        walk(value[key], [...path, key], depth + 1);
      }
    } else {
      add(path, undefined, undefined);
    }
  };
  try {
    if (Array.isArray(params)) {
      // At the top level a list names parameters: `["user", {"param": "source", …}]`.
      for (let index = 0; index < params.length && issues.length < MAX_ISSUES; index++) {
        const item: unknown = params[index];
        if (typeof item === 'string') add(item === '' ? [] : [item], undefined, undefined);
        else walk(item, nameOf(item) === undefined ? [index] : [], 1);
      }
    } else if (typeof params === 'string') {
      if (params !== '') add([params], undefined, undefined);
    } else if (params !== undefined && params !== null) {
      walk(params, [], 0);
    }
  } catch {
    // Only an already-parsed body the caller built can throw here; JSON.parse output never does.
  }
  return issues;
}
