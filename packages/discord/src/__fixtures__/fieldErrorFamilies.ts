// Adversarial `errors` trees for the field-error flattening growth tests and the 1 MiB bench.
// Each text family builds a whole 50035 body of about `size` characters; the parsed families build
// objects a caller might hand over already parsed (shared subtrees, which JSON text cannot express).
import { repeatTo } from './growth.ts';

const LEAF = '{"code":"BASE_TYPE_REQUIRED","message":"This field is required"}';

function body(errors: string): string {
  return `{"code":50035,"message":"Invalid Form Body","errors":${errors}}`;
}

// The body, `errors` and the chain's key take three levels; the `_errors` list and its leaf two
// more: 57 nested fields reach 62 of the 64 levels JSON parsing allows.
const CHAIN_DEPTH = 57;

function chain(index: number): string {
  return `"c${String(index)}":${'{"a":'.repeat(CHAIN_DEPTH)}{"_errors":[${LEAF}]}${'}'.repeat(CHAIN_DEPTH)}`;
}

// A wrapper is an object and its list: two levels each, 28 of them reach 61 levels with the leaf.
const WRAPPER_DEPTH = 28;

function wrappers(index: number): string {
  return `"w${String(index)}":${'{"_errors":['.repeat(WRAPPER_DEPTH)}${LEAF}${']}'.repeat(WRAPPER_DEPTH)}`;
}

/** Text families: a 50035 body of about `size` characters each. */
export const TEXT_FAMILIES: Readonly<Record<string, (size: number) => string>> = {
  // Very wide: one field after another, each with its own `_errors`.
  wide: (size) => body(`{${repeatTo(size, (index) => `"field_${String(index)}":{"_errors":[${LEAF}]}`)}}`),
  // Very many `_errors` leaves under one field.
  leaves: (size) => body(`{"content":{"_errors":[${repeatTo(size, () => LEAF)}]}}`),
  // Very deep: chains nested to just under the depth cap, side by side.
  deep: (size) => body(`{${repeatTo(size, chain)}}`),
  // Wrappers nested in `_errors` lists, to just under the depth cap (each adds a list position).
  wrappers: (size) => body(`{${repeatTo(size, wrappers)}}`),
  // Long keys: 64 keys of size/64 characters each (cut to 256 in paths).
  'long keys': (size) => body(`{${Array.from({ length: 64 }, (_, index) => `"${String(index)}${'k'.repeat(Math.floor(size / 64))}":{"_errors":[${LEAF}]}`).join(',')}}`),
  // Long messages: 64 leaves with messages of size/64 characters each (cut to 2048).
  'long messages': (size) => body(`{"content":{"_errors":[${Array.from({ length: 64 }, () => `{"code":"X","message":"${'m'.repeat(Math.floor(size / 64))}"}`).join(',')}]}}`),
  // Values that are neither leaves nor fields, all visited and skipped.
  junk: (size) => body(`{${repeatTo(size, (index) => `"j${String(index)}":[{},[],0,null,true,{"x":[]}]`)}}`),
  // Digit keys (array positions) of every shape: canonical, leading zeros, too long.
  'index keys': (size) => body(`{${repeatTo(size, (index) => `"${String(index)}":{"007":{"12345678901":{"_errors":[]}}}`)}}`),
};

/**
 * A parsed tree whose `width` fields all share one subtree (`leaves` leaves, and a nested field
 * holding the same list): JSON text cannot say this, a caller's object can.
 */
export function sharedTree(width: number, leaves: number = 50): Record<string, unknown> {
  const list = Array.from({ length: leaves }, () => ({ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }));
  const shared = { _errors: list, nested: { _errors: list } };
  const root: Record<string, unknown> = {};
  for (let index = 0; index < width; index++) root[`f${String(index)}`] = shared;
  return root;
}

/**
 * A parsed tree of `levels` levels where each level's two fields point to the same next level:
 * 2^levels paths through `levels` objects. A walk of every path would never end.
 */
export function doublingTree(levels: number, key: string = 'a'): Record<string, unknown> {
  let node: Record<string, unknown> = { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] };
  for (let level = 0; level < levels; level++) node = { [key]: node, [`${key}2`]: node };
  return node;
}

/** A parsed tree of `width` fields that all share one key string of `keyLength` characters, nested 60 deep. */
export function sharedLongKeyTree(width: number, keyLength: number): Record<string, unknown> {
  const key = 'k'.repeat(keyLength);
  let node: Record<string, unknown> = { _errors: Array.from({ length: 200 }, () => ({ code: key, message: key })) };
  for (let level = 0; level < 60; level++) node = { [key]: node };
  const root: Record<string, unknown> = {};
  for (let index = 0; index < width; index++) root[`${key}${String(index)}`] = node;
  return root;
}
