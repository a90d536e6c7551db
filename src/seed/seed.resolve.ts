import { normalizeName } from "../common/normalize";
import { SeedFolder } from "./seed.reader";

/** What the database (or an earlier folder of the same run) already knows under one reference. */
export interface KnownMatch {
  bySlug: { slug: string; type: string } | null;
  byAlias: { slug: string; type: string }[];
}

/** Every reference a folder makes, declared or not, in the form the lookup query takes. */
export function referencesOf(folder: SeedFolder): { reference: string; slug: string; normalized: string }[] {
  const refs = new Set<string>();
  for (const e of folder.facts.entities) {
    refs.add(e.slug);
    refs.add(e.name);
    for (const a of e.aliases ?? []) refs.add(a.name);
  }
  for (const r of folder.facts.relationships) refs.add(r.from).add(r.to);
  for (const ev of folder.facts.events) for (const p of ev.participants) refs.add(p.entity);
  for (const c of folder.facts.claims ?? []) {
    if (c.relationship) refs.add(c.relationship.from).add(c.relationship.to);
    if (c.attributedTo) refs.add(c.attributedTo);
    for (const p of c.participants ?? []) refs.add(p.entity);
  }
  for (const m of folder.facts.metrics) {
    refs.add(m.subject);
    if (m.reportedBy) refs.add(m.reportedBy);
  }
  return [...refs].map((reference) => ({ reference, slug: reference, normalized: normalizeName(reference) }));
}

/**
 * Builds the folder's reference resolver. A declared entity whose slug is new but whose name or alias
 * already names an entity of the same type attaches to that entity (the "merge by alias" rule), so a
 * second article that says "Dark Side of the Moon" lands on moonshot-ai.
 */
export function buildResolver(
  folder: SeedFolder,
  known: Map<string, KnownMatch>,
): { resolve: (reference: string) => string; typeOf: (slug: string) => string | undefined; problems: string[] } {
  const problems: string[] = [];
  const file = `${folder.source.slug}/facts.json`;
  const declared = new Map<string, string>(); // reference -> final slug

  folder.facts.entities.forEach((entity, index) => {
    const existing = known.get(entity.slug)?.bySlug;
    if (existing) {
      if (existing.type !== entity.type) {
        problems.push(
          `${file} entities[${index}] (slug "${entity.slug}") type: "${entity.type}" differs from the stored entity's type "${existing.type}"`,
        );
      }
      // The stored slug: the same, or the entity's current one when this slug was retired by a rename or merge.
      declared.set(entity.slug, existing.slug);
      return;
    }
    const candidates = new Map<string, string>();
    for (const name of [entity.name, ...(entity.aliases ?? []).map((a) => a.name)]) {
      for (const match of known.get(name)?.byAlias ?? []) if (match.type === entity.type) candidates.set(match.slug, name);
    }
    if (candidates.size > 1) {
      problems.push(
        `${file} entities[${index}] (slug "${entity.slug}") aliases: names several existing entities (${[...candidates.keys()].join(", ")}); give the slug of the one meant`,
      );
    }
    declared.set(entity.slug, candidates.size === 1 ? [...candidates.keys()][0] : entity.slug);
  });

  // Names and aliases declared in this folder also resolve, to the declared entity.
  const localByName = new Map<string, string>();
  for (const entity of folder.facts.entities) {
    for (const name of [entity.name, ...(entity.aliases ?? []).map((a) => a.name)]) {
      localByName.set(normalizeName(name), declared.get(entity.slug)!);
    }
  }

  const resolve = (reference: string): string => {
    const local = declared.get(reference) ?? localByName.get(normalizeName(reference));
    if (local) return local;
    const match = known.get(reference);
    if (match?.bySlug) return match.bySlug.slug;
    const slugs = [...new Set(match?.byAlias.map((m) => m.slug) ?? [])];
    if (slugs.length === 1) return slugs[0];
    throw new UnresolvedReference(reference, slugs);
  };
  // The stored type of every entity a reference can resolve to (the folder's own declarations are the validator's).
  const storedTypes = new Map<string, string>();
  for (const match of known.values()) for (const m of [match.bySlug ?? [], match.byAlias].flat()) storedTypes.set(m.slug, m.type);
  return { resolve, typeOf: (slug) => storedTypes.get(slug), problems };
}

export class UnresolvedReference extends Error {
  constructor(
    readonly reference: string,
    readonly candidates: string[],
  ) {
    super(
      candidates.length > 1
        ? `"${reference}" is ambiguous: it names ${candidates.join(", ")}`
        : `"${reference}" is not an entity of this file nor a slug, name or alias in the graph`,
    );
  }
}
