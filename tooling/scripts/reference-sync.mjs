#!/usr/bin/env node
// Snapshots the reference facts the catalog tests check into the repository, so the tests pass
// on a plain clone (no ../shared beside it) and stay strict.
//
//   node tooling/scripts/reference-sync.mjs            rewrite the snapshots from ../shared
//   node tooling/scripts/reference-sync.mjs --check    compare only: report drift, exit 0
//   node tooling/scripts/reference-sync.mjs --check --strict   the same, but exit 1 on drift
//   ... --from <dir>                                   read <dir> instead of ../shared
//
// Each snapshot is packages/<vendor>/src/__fixtures__/reference.json: the facts the tests need
// (codes, statuses, names, messages, table rows), never the prose. Its `sources` list names
// each shared file it was built from (path, sha256, and what that file was itself built from),
// so a reviewer can trace every fact. The extraction rules below are the same rules the tests
// used when they read the shared files directly; change them together.
//
// Without ../shared (a plain clone, a user's checkout) --check says so and exits 0: the
// committed snapshots are then the source of truth. With ../shared it prints, per snapshot,
// whether the shared copy still produces it byte for byte, so drift stays visible in
// scripts/test's output.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const strict = args.includes('--strict');
const fromIndex = args.indexOf('--from');
const sharedDir = fromIndex === -1 ? resolve(root, '../shared') : resolve(args[fromIndex + 1] ?? '');
const command = 'pnpm --filter @errata/scripts reference:sync';

// ---------------------------------------------------------------------------------------------
// Reading the shared files, remembering which ones each snapshot used.

class Sources {
  /** @type {{ file: string, sha256: string, builtFrom: string[] }[]} */
  list = [];

  /** The text of `file` (relative to shared/), recorded with its hash and provenance. */
  text(file, builtFrom) {
    const text = readFileSync(join(sharedDir, file), 'utf8');
    const sha256 = createHash('sha256').update(text).digest('hex');
    this.list.push({ file, sha256, builtFrom: typeof builtFrom === 'function' ? builtFrom(text) : builtFrom });
    return text;
  }

  json(file, builtFrom) {
    let parsed;
    this.text(file, (text) => {
      parsed = JSON.parse(text);
      return builtFrom(parsed);
    });
    return parsed;
  }
}

/** The bullet lines of a markdown file's `## Sources` section, without the bullets. */
function markdownSources(text) {
  const start = text.indexOf('\n## Sources');
  if (start === -1) return [];
  const lines = text.slice(start + 1).split('\n').slice(1);
  const out = [];
  for (const line of lines) {
    if (line.startsWith('## ')) break;
    if (line.startsWith('- ')) out.push(line.slice(2).trim());
  }
  return out;
}

/** The one line of `text` that holds `phrase`, or null (the test then fails, as it should). */
function lineWith(text, phrase) {
  return text.split('\n').find((line) => line.includes(phrase)) ?? null;
}

const pick = (object, keys) => Object.fromEntries(keys.filter((key) => object?.[key] !== undefined).map((key) => [key, object[key]]));

// ---------------------------------------------------------------------------------------------
// One extractor per vendor. Each returns the facts its catalog tests read.

const SNAPSHOTS = {
  discord(sources) {
    sources.text('reference/discord-codes.md', (text) => ['Sources of discord-codes.json and this file:', ...markdownSources(text)]);
    const entries = sources.json('reference/discord-codes.json', () => ['The code list compiled in discord-codes.md (see its sources above).']);
    // Only the fields the catalog test and scripts/generateCatalog.mjs read.
    const keys = ['code', 'message', 'name', 'suggestedName', 'deprecatedNames', 'sources', 'messageSource', 'messageIsLiteral', 'templated', 'category'];
    return { codes: entries.map((entry) => pick(entry, keys)) };
  },

  'bearer-oauth'(sources) {
    const reference = sources.text('reference/bearer-oauth.md', markdownSources);
    const seed = sources.text('seeds/002_d1056ad56076deb1.txt', [
      'The English LINE WORKS Developers "Error Codes" page as plain text (the "seed text" source of bearer-oauth.md).',
    ]);
    // `400BAD_REQUESTThe server …` rows of the seed's table: status, then the code, up to the description.
    const seedStatusCodes = [...seed.matchAll(/^(\d{3})([A-Z_{}]+?)(?=[A-Z][a-z ])/gm)].map((m) => [Number(m[1]), m[2]]);
    // `| 400 | \`BAD_REQUEST\` | …` rows of the reference's LINE WORKS table.
    const lineWorksStatusCodes = [];
    // Every backticked lower-case name in a table row (OAuth codes, plus attribute names the test skips).
    const tableNames = new Set();
    // `| \`invalid_token\` | 401 |` rows: an OAuth code with its status in the next cell.
    const codeStatusRows = [];
    for (const line of reference.split('\n')) {
      const row = /^\| (\d{3}) \| `([A-Z0-9_{}]+)` \|/.exec(line);
      if (row) lineWorksStatusCodes.push([Number(row[1]), row[2]]);
      if (!line.startsWith('|')) continue;
      for (const match of line.matchAll(/`([a-z][a-z_]+)`/g)) tableNames.add(match[1]);
      const codeStatus = /^\| `([a-z][a-z_]+)` \| (\d{3}) \|/.exec(line);
      if (codeStatus) codeStatusRows.push([codeStatus[1], Number(codeStatus[2])]);
    }
    // Every backticked lower-case name anywhere (the DPoP codes appear only in prose).
    const backtickedNames = [...new Set([...reference.matchAll(/`([a-z][a-z_]+)`/g)].map((m) => m[1]))].sort();
    return { seedStatusCodes, lineWorksStatusCodes, tableNames: [...tableNames], codeStatusRows, backtickedNames };
  },

  'apple-business'(sources) {
    const json = sources.json('reference/apple-business.json', (parsed) => parsed.sources);
    const markdown = sources.text('reference/apple-business.md', markdownSources);
    const seed = sources.text('seeds/001_dfcd593cb8fa691e.txt', [
      'The start of the Apple Business Connect API "Errors" reference page as plain text, cut off as captured (see apple-business.json sources).',
    ]);
    const reference = {
      wire_format: { example_documented: json.wire_format.example_documented },
      http_statuses: pick(json.http_statuses, ['client_error', 'server_error', 'notably_absent']),
      resource_type_prefixes: json.resource_type_prefixes.map((row) => pick(row, ['prefix', 'display_name', 'evidence'])),
      combinations: json.combinations.map((row) =>
        pick(row, ['http_status', 'code_suffix', 'full_codes', 'resource_types', 'message_templates', 'context_keys', 'example_body', 'evidence']),
      ),
      observed_in_the_wild: json.observed_in_the_wild.map((row) => pick(row, ['http_status', 'body', 'code', 'codes', 'evidence'])),
      validation_report_format: { examples: json.validation_report_format.examples.map((row) => pick(row, ['code', 'message', 'severity', 'context'])) },
      oauth_token_errors: {
        by_status: Object.fromEntries(
          Object.entries(json.oauth_token_errors.by_status).map(([status, rows]) => [status, rows.map((row) => pick(row, ['error', 'error_description']))]),
        ),
        authorization_code_redirect_errors: {
          items: json.oauth_token_errors.authorization_code_redirect_errors.items.map((row) => pick(row, ['error', 'error_description'])),
        },
      },
    };
    // The markdown's inline item examples, verbatim (`{"code":"…", …}` spans; some are elided, so not all parse).
    const markdownItems = [...markdown.matchAll(/`(\{"code":"[^`]*)`/g)].map((m) => m[1]);
    // The seed's example bodies, verbatim from the "Example Response Body" line to the closing bracket.
    const seedExampleBlocks = [];
    const marker = 'Example Response Body\n[';
    for (let at = seed.indexOf(marker); at !== -1; at = seed.indexOf(marker, at + 1)) {
      const end = seed.indexOf('\n]', at + marker.length - 1);
      if (end !== -1) seedExampleBlocks.push(seed.slice(at, end + 2));
    }
    return { reference, markdownItems, seedExampleBlocks };
  },

  'identity-registration'(sources) {
    const json = sources.json('reference/identity-registration.json', (parsed) => parsed.sources);
    const seed = sources.text('seeds/003_cb073ad328fd2c58.txt', [
      'The Akamai Identity Cloud "Legacy Clients and Settings" Registration error codes page as plain text (see identity-registration.json sources).',
    ]);
    const codes = json.codes.map((entry) => pick(entry, ['code', 'error', 'extra_fields', 'catch_all', 'evidence']));
    const examples = json.wire_format.examples.map((example) => pick(example, ['http', 'body']));
    // "352\nunknown_application. Occurs if …" → [352, 'unknown_application']: a code line, then its name.
    const seedNames = [];
    const lines = seed.split('\n');
    lines.forEach((line, index) => {
      const name = /^([a-z_]+)\./.exec(lines[index + 1] ?? '')?.[1];
      if (/^\d{3}$/.test(line.trim()) && name !== undefined) seedNames.push([Number(line), name]);
    });
    return { codes, examples, seedNames };
  },

  'icloud-extract'(sources) {
    const reference = sources.text('reference/icloud-extract.md', markdownSources);
    const seed = sources.text('seeds/000_c44bd972831b499b.txt', [
      'The riCloud API "Errors" support page as plain text (https://reincubate.com/support/ricloud/errors/, per icloud-extract.md).',
    ]);
    /** The markdown table that follows `heading`: its header cells and its rows of trimmed cells. */
    const tableAfter = (heading) => {
      const at = reference.indexOf(heading);
      if (at === -1) return { header: [], rows: [] };
      const lines = reference.slice(at).split('\n');
      const start = lines.findIndex((line) => line.startsWith('|'));
      const cells = (line) => line.split('|').slice(1, -1).map((cell) => cell.trim());
      const rows = [];
      for (const line of lines.slice(start + 2)) {
        if (!line.startsWith('|')) break;
        rows.push(cells(line));
      }
      return { header: cells(lines[start] ?? ''), rows };
    };
    const seedCodes = seed
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(line));
    return {
      errorCodes: tableAfter('## Error codes'),
      codesBeyondSeed: tableAfter('### Codes found beyond the seed'),
      seedCodes,
      // The advice the catalog follows, as the line that states it.
      advice: {
        codeRateLimited: lineWith(reference, 'waiting at least an hour'),
        taskError: lineWith(seed, 'Retrying the poll or task might resolve the issue'),
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Writing: stable, diff-friendly JSON (records in a long list sit one per line).

function format(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    const oneLine = value.every((item) => item === null || typeof item !== 'object' || Array.isArray(item) || Object.keys(item).length > 0);
    if (oneLine && value.some((item) => item !== null && typeof item === 'object')) {
      return `[\n${value.map((item) => inner + JSON.stringify(item)).join(',\n')}\n${indent}]`;
    }
    return JSON.stringify(value);
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  ';
    const entries = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`);
    return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function render(vendor) {
  const sources = new Sources();
  const facts = SNAPSHOTS[vendor](sources);
  const snapshot = {
    about: `Reference facts for @errata/${vendor}'s tests, snapshotted from shared/ (the project's reference folder, beside the repository) by tooling/scripts/reference-sync.mjs. Do not edit by hand: run \`${command}\`.`,
    sources: sources.list,
    facts,
  };
  return `${format(snapshot)}\n`;
}

const target = (vendor) => join(root, 'packages', vendor, 'src/__fixtures__/reference.json');

if (!existsSync(join(sharedDir, 'reference'))) {
  const message = `reference: no ${relative(process.cwd(), sharedDir) || sharedDir}/reference here; the committed snapshots (packages/*/src/__fixtures__/reference.json) are used as they are`;
  if (check) {
    console.log(message);
    process.exit(0);
  }
  console.error(message);
  process.exit(1);
}

let drifted = 0;
for (const vendor of Object.keys(SNAPSHOTS)) {
  const file = target(vendor);
  const name = relative(root, file);
  let next;
  try {
    next = render(vendor);
  } catch (error) {
    drifted++;
    console.log(`reference: DRIFT ${name}: could not be rebuilt from ${sharedDir}: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === next) {
    console.log(`reference: ${name} matches shared/`);
  } else if (check) {
    drifted++;
    const changed = [];
    const before = current === '' ? { sources: [] } : JSON.parse(current);
    const after = JSON.parse(next);
    for (const source of after.sources) {
      const old = before.sources.find((item) => item.file === source.file);
      if (old?.sha256 !== source.sha256) changed.push(source.file);
    }
    const factsChanged = JSON.stringify(before.facts) !== JSON.stringify(after.facts);
    console.log(
      `reference: DRIFT ${name}: shared/ has changed (${changed.join(', ') || 'extraction rules'})` +
        `${factsChanged ? ', and so have the facts the tests check' : ', the facts the tests check are the same'}; run \`${command}\` and review the diff`,
    );
  } else {
    writeFileSync(file, next);
    console.log(`reference: wrote ${name}`);
  }
}
if (check && drifted > 0) {
  console.log(`reference: ${drifted} snapshot(s) differ from ${sharedDir}${strict ? '' : ' (not a failure: the committed snapshots are what the tests use)'}`);
  if (strict) process.exit(1);
}
