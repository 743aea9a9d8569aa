// OFAC lists people as "LAST, First"; FtM wants name parts and a display name
// in reading order. Programs come as "SDGT] [IRGC" inside one field.

export interface PersonName {
  /** Display name in reading order: "Manuel Antonio NORIEGA". */
  name: string;
  firstName?: string;
  lastName?: string;
}

/** Splits at the first comma; a name without a comma is kept whole. */
export function splitPersonName(listed: string): PersonName {
  const comma = listed.indexOf(',');
  if (comma < 0) return { name: listed.trim() };
  const lastName = listed.slice(0, comma).trim();
  const firstName = listed.slice(comma + 1).trim();
  if (!lastName || !firstName) return { name: listed.replace(',', '').trim() };
  return { name: `${firstName} ${lastName}`, firstName, lastName };
}

/** "SDGT] [IRGC" or "[SDGT] [IRGC]" → ["SDGT", "IRGC"]. */
export function splitPrograms(field: string): string[] {
  return field
    .split(/\]\s*\[|\s*;\s*/)
    .map((p) => p.replace(/[[\]]/g, '').trim())
    .filter(Boolean);
}
