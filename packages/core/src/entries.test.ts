// The two entries: what each exports at run time, and that every export is documented.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as app from './index.ts';
import * as testing from './testing.ts';
import * as kit from './vendor.ts';

// What applications use. Once the vendor packages import the kit from `@errata/core/vendor`,
// this is the whole root entry.
const APP = [
  'Action',
  'annotate',
  'DEFAULT_PROBLEM_TYPE_BASE',
  'Kind',
  'createRedactor',
  'createRegistry',
  'formatPath',
  'fromProblem',
  'hasKind',
  'isAction',
  'isApiError',
  'isKind',
  'isRetryable',
  'networkErrorOf',
  'parseProblemType',
  'problemType',
  'redactWith',
  'rehydrate',
  'statusOfKind',
  'toProblem',
];

// The kit names the root exported before 0.2 (deprecated there, then removed): only in ./vendor now.
const REMOVED_FROM_ROOT = [
  'DEFAULT_MAX_BODY_BYTES',
  'DEFAULT_MAX_RETRY_AFTER_MS',
  'JsonRejection',
  'NO_RETRY',
  'REDACTED',
  'RETRY',
  'SENSITIVE_HEADERS',
  'SENSITIVE_PARAMS',
  'actionOfRetry',
  'copyJson',
  'createApiError',
  'createParseContext',
  'defineGuard',
  'defineVendor',
  'exceedsDepth',
  'isJsonObject',
  'isRetryableStatus',
  'kindOfStatus',
  'numberField',
  'parseDecimal',
  'parseHttpDate',
  'parseJsonValue',
  'parseRateLimit',
  'parseRetryAfter',
  'parseStructuredField',
  'parseViewWith',
  'parseWith',
  'readHeaders',
  'redactHeaderValue',
  'redactText',
  'redactUrl',
  'requestIdOf',
  'retryAfter',
  'retryFromHeaders',
  'stringField',
  'viewOf',
];

const KIT = [
  'DEFAULT_MAX_BODY_BYTES',
  'DEFAULT_MAX_RETRY_AFTER_MS',
  'NO_RETRY',
  'REDACTED',
  'RETRY',
  'SENSITIVE_HEADERS',
  'SENSITIVE_PARAMS',
  'actionOf',
  'createApiError',
  'createParseContext',
  'createRedactor',
  'defineCatalog',
  'defineGuard',
  'defineVendor',
  'isErrorStatus',
  'isJsonObject',
  'isOAuthCodeText',
  'isRetryableStatus',
  'kindOfStatus',
  'numberField',
  'oauthPolicyOf',
  'parseDecimal',
  'parseHttpDate',
  'parseRateLimit',
  'parseRetryAfter',
  'parseStructuredField',
  'secretForms',
  'readHeaders',
  'redactHeaderValue',
  'redactText',
  'redactUrl',
  'redactWith',
  'requestIdOf',
  'retryAdviceOf',
  'retryAfter',
  'retryFromHeaders',
  'stringField',
  'viewOf',
];

const sorted = (names: readonly string[]): string[] => [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));

describe('entries', () => {
  it('@errata/core exports the application names only', () => {
    expect(sorted(Object.keys(app))).toEqual(sorted(APP));
    expect(APP.length).toBeLessThanOrEqual(25);
    for (const name of REMOVED_FROM_ROOT) expect(Object.keys(app), name).not.toContain(name);
  });

  it('@errata/core/vendor exports the kit and no internals', () => {
    expect(sorted(Object.keys(kit))).toEqual(sorted(KIT));
    for (const internal of ['ownEntries', 'parseJson', 'parseJsonValue', 'JsonRejection', 'copyJson', 'parseViewWith', 'parseWith', 'MAX_LIMIT', 'MAX_JSON_DEPTH', 'httpErrorOf', 'ERROR_BRAND']) {
      expect(Object.keys(kit)).not.toContain(internal);
    }
  });

  it('documents every export of every entry', { timeout: 60_000 }, () => {
    const files = ['./index.ts', './vendor.ts', './testing.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));
    const program = ts.createProgram(files, { strict: true, noEmit: true, allowImportingTsExtensions: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 });
    const checker = program.getTypeChecker();
    const undocumented: string[] = [];
    let checked = 0;
    for (const file of files) {
      const source = program.getSourceFile(file);
      const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      expect(module, file).toBeDefined();
      for (const exported of module === undefined ? [] : checker.getExportsOfModule(module)) {
        checked++;
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
        if (docs === '') {
          undocumented.push(`${file.slice(file.lastIndexOf('/') + 1)}: ${exported.name}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(APP.length + KIT.length + Object.keys(testing).length);
    expect(undocumented).toEqual([]);
  });
});
