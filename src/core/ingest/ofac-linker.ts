// Resolves OFAC's "Linked To: NAME" to the entry listed under exactly that
// name once the whole list has been read, and emits UnknownLink entities.

import type { Entity, PropertyValues } from '../model/entity.js';
import { ofacEntities, ofacId, type OfacEntry } from './ofac-entry.js';

interface Pending {
  subject: string;
  name: string;
}

export class OfacLinker {
  private readonly primary = new Map<string, string>();
  private readonly pending: Pending[] = [];

  /** Remember an entry's listed name; links resolve by exact listed name only. */
  addEntry(entNum: string, listedName: string): void {
    this.primary.set(listedName, entNum);
  }

  link(subjectEntNum: string, name: string): void {
    this.pending.push({ subject: subjectEntNum, name });
  }

  resolve(name: string): string | undefined {
    // Remarks end with a full stop that may also end the name ("S.A.").
    for (const candidate of [name, `${name}.`]) {
      const hit = this.primary.get(candidate);
      if (hit) return hit;
    }
    return undefined;
  }

  /** UnknownLink entities: `object` set when resolved, otherwise the name kept in `description`. */
  *links(): Generator<Entity> {
    const seen = new Set<string>();
    for (const { subject, name } of this.pending) {
      const target = this.resolve(name);
      const props: PropertyValues = { subject: [ofacId(subject)], role: ['Linked To'] };
      let id: string;
      if (target && target !== subject) {
        id = `${ofacId(subject)}-linked-${target}`;
        props.object = [ofacId(target)];
      } else {
        id = `${ofacId(subject)}-linked-name-${nameKey(name)}`;
        props.description = [name];
      }
      if (seen.has(id)) continue;
      seen.add(id);
      yield { id, schema: 'UnknownLink', properties: props };
    }
  }
}

/** A short stable key for a name (FNV-1a), so unresolved links keep their id across versions. */
function nameKey(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** An entry's entities, with its name and "Linked To" names recorded for the links. */
export function linkedEntities(linker: OfacLinker, entry: OfacEntry): Entity[] {
  const { entities, linkedTo } = ofacEntities(entry);
  linker.addEntry(entry.entNum, entry.listedName);
  for (const name of linkedTo) linker.link(entry.entNum, name);
  return entities;
}
