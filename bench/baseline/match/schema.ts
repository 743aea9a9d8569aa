// Which FtM schemata can describe the same thing: a LegalEntity query may be a
// person or a company, but a Person is never a Vessel.

const FAMILY: Record<string, string> = {
  Person: 'person',
  Organization: 'org',
  Company: 'org',
  PublicBody: 'org',
  Vessel: 'vessel',
  Airplane: 'airplane',
  LegalEntity: 'party',
  Thing: 'any',
};

/** True when a query of schema `a` may match a candidate of schema `b`. */
export function schemaCompatible(a: string | undefined, b: string | undefined): boolean {
  const fa = a === undefined ? 'any' : (FAMILY[a] ?? 'any');
  const fb = b === undefined ? 'any' : (FAMILY[b] ?? 'any');
  if (fa === 'any' || fb === 'any' || fa === fb) return true;
  if (fa === 'party') return fb === 'person' || fb === 'org';
  if (fb === 'party') return fa === 'person' || fa === 'org';
  return false;
}
