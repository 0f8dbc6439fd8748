// Tables keyed by ids (sources, topics, claims). Ids are user data: "constructor", "toString",
// "hasOwnProperty" and "__proto__" are valid ids, and a plain object would answer for them with
// Object's own members (or, for "__proto__", drop the entry). Where a table must stay a plain
// record (it crosses into code that indexes it, or into JSON), it has no prototype.

/** A record with no prototype, filled from entries: `t[id]` is undefined for any id not set. */
export function idTable<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const out = Object.create(null) as Record<string, V>
  for (const [k, v] of entries) out[k] = v
  return out
}

/** A copy of a record (for instance one read back from IndexedDB or JSON) as an id table. */
export function asIdTable<V>(record: Record<string, V> | null | undefined): Record<string, V> {
  return idTable(record ? Object.entries(record) : [])
}

/** The entry for `id`, only if the record holds it itself (never an inherited member). */
export function own<V>(record: Record<string, V> | null | undefined, id: string): V | undefined {
  return record && Object.hasOwn(record, id) ? record[id] : undefined
}

