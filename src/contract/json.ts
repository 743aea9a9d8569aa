// The one JSON writer for every answer, from the CLI (--json) and the HTTP
// server alike: unlimited quantities (Infinity) become "unbounded"; nothing is dropped.

export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_k, v: unknown) => (v === Infinity ? 'unbounded' : v), indent);
}
