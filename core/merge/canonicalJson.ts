// JSON with object keys sorted, so two equal values compare equal whatever their key order:
// PostgreSQL's jsonb reorders keys, and a block edited in two places may list them differently.
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}
