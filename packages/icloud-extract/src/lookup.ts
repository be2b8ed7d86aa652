/** `table[key]` for an untrusted key: never reaches `Object.prototype` (`constructor`, `__proto__`). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
