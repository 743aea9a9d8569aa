// Entities as the API returns them (yente's shape): merged across the
// datasets that hold them, with referents, target and the dates computed from
// our own dataset versions; nested one level (forward and reverse references,
// interstitial entities such as Ownership or Payment carrying their other
// ends); and their adjacent entities by property, paged.

import { caption, type Entity } from '../core/model/entity.js';
import { NotFoundError } from '../core/model/errors.js';
import { REFERENCE_PROPERTIES, type DatasetVersion, type ScreeningService } from './screening.js';

export interface EntityView {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, (string | EntityView)[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

/** Names of reverse properties, as FtM calls them: a person's `sanctions`, a donor's `paymentPayer`. */
const REVERSE: Record<string, Record<string, string>> = {
  Sanction: { entity: 'sanctions' },
  Ownership: { owner: 'ownershipOwner', asset: 'ownershipAsset' },
  Directorship: { director: 'directorshipDirector', organization: 'directorshipOrganization' },
  Membership: { member: 'membershipMember', organization: 'membershipOrganization' },
  Payment: { payer: 'paymentPayer', beneficiary: 'paymentBeneficiary' },
  UnknownLink: { subject: 'unknownLinkSubject', object: 'unknownLinkTo' },
  Family: { person: 'familyPerson', relative: 'familyRelative' },
  Associate: { person: 'associates', associate: 'associations' },
  Employment: { employee: 'employers', employer: 'employees' },
  Representation: { agent: 'agencyClient', client: 'agentRepresentation' },
  Passport: { holder: 'identification' },
  Identification: { holder: 'identification' },
  Address: {},
};

export function reverseName(schema: string, prop: string): string {
  return (
    REVERSE[schema]?.[prop] ??
    `${schema[0]!.toLowerCase()}${schema.slice(1)}${prop[0]!.toUpperCase()}${prop.slice(1)}`
  );
}

/** Where an entity lives: the latest screened version of each dataset holding it. */
export interface Located {
  id: string;
  versions: Record<string, number>;
  entities: Entity[];
}

function merge(located: Located): Entity {
  const [first, ...rest] = located.entities as [Entity, ...Entity[]];
  const properties: Record<string, string[]> = {};
  for (const e of [first, ...rest])
    for (const [k, vs] of Object.entries(e.properties)) {
      const out = (properties[k] ??= []);
      for (const v of vs) if (!out.includes(v)) out.push(v);
    }
  return { ...first, properties };
}

export class EntityService {
  constructor(private readonly screening: ScreeningService) {}

  /** Find an entity (or the entity a referent id was merged into) in the latest version of every dataset. */
  async locate(id: string, scope?: DatasetVersion[]): Promise<Located | undefined> {
    const datasets = scope ?? (await this.screening.scope());
    const store = this.screening.store;
    const found: Located = { id, versions: {}, entities: [] };
    for (const d of datasets) {
      const e = await store.getEntity(d.name, id, d.version);
      if (e) {
        found.versions[d.name] = d.version;
        found.entities.push(e);
      }
    }
    if (found.entities.length) return found;
    for (const d of datasets) {
      const canonical = (await this.screening.referentsOf(d)).get(id);
      if (canonical) return this.locate(canonical, datasets);
    }
    return undefined;
  }

  /** The flat view of a located entity: merged properties, referents, target and dates. */
  async view(located: Located): Promise<EntityView> {
    const entity = merge(located);
    const referents = new Set<string>();
    for (const e of located.entities) for (const r of e.referents ?? []) if (r !== e.id) referents.add(r);
    let target = located.entities.some((e) => e.target === true);
    let firstSeen: string | undefined;
    let lastSeen: string | undefined;
    let lastChange: string | undefined;
    for (const [name, version] of Object.entries(located.versions)) {
      const ix = await this.screening.index({ name, version });
      if (ix.designated.has(located.id)) target = true;
      const h = await this.screening.history(name, located.id, version);
      if (h.firstSeen && (!firstSeen || h.firstSeen < firstSeen)) firstSeen = h.firstSeen;
      if (h.lastSeen && (!lastSeen || h.lastSeen > lastSeen)) lastSeen = h.lastSeen;
      if (h.lastChange && (!lastChange || h.lastChange > lastChange)) lastChange = h.lastChange;
    }
    return {
      id: located.id,
      caption: caption(entity),
      schema: entity.schema,
      properties: entity.properties,
      datasets: Object.keys(located.versions),
      referents: [...referents].sort(),
      target,
      first_seen: firstSeen ?? null,
      last_seen: lastSeen ?? null,
      last_change: lastChange ?? null,
    };
  }

  /** Entities that reference `id`, by reverse property name, in the given dataset versions. */
  private async reverse(located: Located): Promise<Map<string, { from: string; dataset: string }[]>> {
    const out = new Map<string, { from: string; dataset: string }[]>();
    for (const [name, version] of Object.entries(located.versions)) {
      const refs = (await this.screening.reverseOf({ name, version })).get(located.id) ?? [];
      for (const r of refs) {
        const key = reverseName(r.schema, r.prop);
        const list = out.get(key) ?? [];
        if (!list.some((x) => x.from === r.from)) list.push({ from: r.from, dataset: name });
        out.set(key, list);
      }
    }
    return out;
  }

  private async viewOf(id: string, located: Located): Promise<EntityView | undefined> {
    const other = await this.locate(
      id,
      Object.entries(located.versions).map(([name, version]) => ({ name, version })),
    );
    return other ? this.view(other) : undefined;
  }

  /**
   * An entity with its forward and reverse references embedded one level;
   * an interstitial entity (Ownership, Payment, Sanction …) embeds its other
   * ends too, so a donor shows whom each payment went to.
   */
  async nested(located: Located, perProperty = 50): Promise<EntityView> {
    const root = await this.view(located);
    const props: EntityView['properties'] = {};
    for (const [prop, values] of Object.entries(root.properties)) {
      if (!REFERENCE_PROPERTIES.has(prop)) {
        props[prop] = values;
        continue;
      }
      const out: (string | EntityView)[] = [];
      for (const v of values.slice(0, perProperty)) {
        const other = typeof v === 'string' && v !== root.id ? await this.viewOf(v, located) : undefined;
        out.push(other ?? v);
      }
      props[prop] = out;
    }
    for (const [prop, refs] of await this.reverse(located)) {
      const out: EntityView[] = [];
      for (const r of refs.slice(0, perProperty)) {
        const link = await this.viewOf(r.from, located);
        if (!link) continue;
        // The link's other ends, embedded; the end that is the root stays an id.
        const linkProps: EntityView['properties'] = {};
        for (const [k, vs] of Object.entries(link.properties)) {
          if (!REFERENCE_PROPERTIES.has(k)) {
            linkProps[k] = vs;
            continue;
          }
          const ends: (string | EntityView)[] = [];
          for (const v of vs.slice(0, perProperty)) {
            const end = typeof v === 'string' && v !== root.id ? await this.viewOf(v, located) : undefined;
            ends.push(end ?? v);
          }
          linkProps[k] = ends;
        }
        out.push({ ...link, properties: linkProps });
      }
      if (out.length) props[prop] = out;
    }
    return { ...root, properties: props };
  }

  /** Adjacent entities by property (forward references and reverse ones), each list paged. */
  async adjacent(
    located: Located,
    options: { property?: string; limit?: number; offset?: number } = {},
  ): Promise<
    Record<
      string,
      { results: EntityView[]; total: { value: number; relation: 'eq' }; limit: number; offset: number }
    >
  > {
    const limit = options.limit ?? 10;
    const offset = options.offset ?? 0;
    const lists = new Map<string, string[]>();
    const entity = merge(located);
    for (const [prop, values] of Object.entries(entity.properties))
      if (REFERENCE_PROPERTIES.has(prop))
        lists.set(
          prop,
          values.filter((v) => v !== located.id),
        );
    for (const [prop, refs] of await this.reverse(located))
      lists.set(
        prop,
        refs.map((r) => r.from),
      );
    if (options.property !== undefined && !lists.has(options.property))
      throw new NotFoundError(
        `entity ${located.id} has no adjacent property "${options.property}"`,
        `its adjacent properties are: ${[...lists.keys()].join(', ') || 'none'}`,
      );
    const out: Record<
      string,
      { results: EntityView[]; total: { value: number; relation: 'eq' }; limit: number; offset: number }
    > = {};
    for (const [prop, ids] of lists) {
      if (options.property !== undefined && prop !== options.property) continue;
      const results: EntityView[] = [];
      for (const id of ids.slice(offset, offset + limit)) {
        const v = await this.viewOf(id, located);
        if (v) results.push(v);
      }
      out[prop] = { results, total: { value: ids.length, relation: 'eq' }, limit, offset };
    }
    return out;
  }
}
