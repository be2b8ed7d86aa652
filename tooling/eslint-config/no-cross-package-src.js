// @ts-check
// A local rule: code in one workspace package must reach another package through
// its public entry points (`@errata/core`, `@errata/core/testing`), never by a
// path into that package's `src/` or `dist/` folder.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** @type {Map<string, string | null>} */
const rootCache = new Map();

/**
 * The folder of the nearest package.json at or above `dir`, or null.
 * @param {string} dir
 * @returns {string | null}
 */
function packageRoot(dir) {
  const cached = rootCache.get(dir);
  if (cached !== undefined) return cached;
  const parent = dirname(dir);
  const found = existsSync(join(dir, 'package.json')) ? dir : parent === dir ? null : packageRoot(parent);
  rootCache.set(dir, found);
  return found;
}

const BARE_DEEP = /^@errata\/[^/]+\/(?:src|dist)(?:\/|$)/;

/** @type {import('eslint').Rule.RuleModule} */
export const noCrossPackageSrc = {
  meta: {
    type: 'problem',
    docs: { description: "Forbid imports that reach into another package's src or dist folder." },
    schema: [],
    messages: {
      bare: "Import '{{source}}' through the package's public exports, not its {{folder}} folder.",
      relative:
        "'{{source}}' reaches into another package ({{target}}). Depend on it and import it by name instead.",
    },
  },
  create(context) {
    const filename = context.filename;
    const ownRoot = packageRoot(dirname(filename));

    /** @param {import('estree').Node & { source?: unknown }} node */
    function check(node) {
      const sourceNode = /** @type {{ value?: unknown } | null | undefined} */ (node.source);
      const source = sourceNode?.value;
      if (typeof source !== 'string') return;

      const bare = BARE_DEEP.exec(source);
      if (bare) {
        const folder = source.includes('/dist') ? 'dist' : 'src';
        context.report({ node, messageId: 'bare', data: { source, folder } });
        return;
      }
      if (!source.startsWith('.') || ownRoot === null) return;

      const target = resolve(dirname(filename), source);
      const targetRoot = packageRoot(dirname(target));
      if (targetRoot === null || targetRoot === ownRoot) return;
      // The target lives in a different package: only a sub-folder of that package counts.
      const inside = relative(targetRoot, target).split(sep)[0];
      if (inside === 'src' || inside === 'dist') {
        context.report({
          node,
          messageId: 'relative',
          data: { source, target: relative(ownRoot, targetRoot) || '.' },
        });
      }
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
