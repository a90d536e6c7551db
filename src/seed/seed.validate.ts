import { RELATIONSHIP_ENDS, RelationshipTypeName, relationshipEndProblems } from "../common/vocabulary";
import { CitationDto } from "./seed.dto";
import { DERIVED_EDGES } from "./seed.plan";
import { SeedFolder } from "./seed.reader";
import { UnresolvedReference } from "./seed.resolve";

/** Roles an event of each type must have, so derived edges are never silently missing. */
const REQUIRED_ROLES: Record<string, string[]> = {
  ACQUISITION: ["ACQUIRER", "TARGET"],
  FUNDING_ROUND: ["INVESTEE"],
  LEGAL_ACTION: ["CLAIMANT", "RESPONDENT"],
  PRICE_CHANGE: ["VENDOR"],
  LICENSING_DEAL: ["LICENSOR", "LICENSEE"],
  TALENT_MOVE: ["TO"],
};

/** Why a record is refused: a stable code for the API's userErrors; the seed loader prints path and message. */
export type ProblemCode = "QUOTE_NOT_IN_SOURCE" | "NOT_FOUND" | "BAD_USER_INPUT" | "WRONG_ENTITY_TYPE";

/** One problem: where (record and field, e.g. `claims[0] (slug "x").citations[1].quote`), what, and its code. */
export interface FolderProblem {
  path: string;
  message: string;
  code: ProblemCode;
}

/** The type of an entity known outside the folder, by slug; undefined when unknown. */
export type EntityTypeOf = (slug: string) => string | undefined;

/**
 * Rules that span records: quotes found verbatim in the source text, slugs unique, references that
 * resolve, events with the roles their type needs, relationships between the entity types their type
 * allows (RELATIONSHIP_ENDS). Returns one line per problem.
 */
export function validateFolder(folder: SeedFolder, resolve: (reference: string) => string, typeOf: EntityTypeOf): string[] {
  const file = `${folder.source.slug}/facts.json`;
  return folderProblems(folder, resolve, typeOf).map((p) => `${file} ${p.path}: ${p.message}`);
}

/** The same rules, as structured problems: shared by the seed loader and the curation mutations. */
export function folderProblems(folder: SeedFolder, resolve: (reference: string) => string, typeOf: EntityTypeOf): FolderProblem[] {
  const problems: FolderProblem[] = [];
  const where = (section: string, index: number, slug?: string) => `${section}[${index}]${slug ? ` (slug "${slug}")` : ""}`;
  const problem = (path: string, message: string, code: ProblemCode = "BAD_USER_INPUT") => problems.push({ path, message, code });

  // A stored-text source is quoted verbatim; a reference source is described in the project's own words.
  const checkQuotes = (at: string, citations: CitationDto[]) =>
    citations.forEach((c, i) => {
      const here = `${at}.citations[${i}]`;
      if (!folder.textStored) {
        if (c.quote !== undefined)
          problem(
            `${here}.quote`,
            `${folder.source.slug} is a reference source (no stored text): give a note in our own words, not a quote`,
          );
        if (c.note === undefined) problem(`${here}.note`, `a citation of a reference source needs a note`);
        return;
      }
      if (c.note !== undefined) problem(`${here}.note`, `${folder.source.slug} has stored text: cite it with a verbatim quote`);
      if (c.quote === undefined) problem(`${here}.quote`, `a citation of a stored-text source needs a quote`);
      else if (!folder.text.includes(c.quote))
        problem(
          `${here}.quote`,
          `not found verbatim in ${folder.source.textFile ?? "the source's stored text"}: "${c.quote.slice(0, 80)}"`,
          "QUOTE_NOT_IN_SOURCE",
        );
    });
  const checkReference = (at: string, reference: string) => {
    try {
      resolve(reference);
    } catch (error) {
      if (error instanceof UnresolvedReference) problem(at, error.message, "NOT_FOUND");
      else throw error;
    }
  };
  // The folder's own declarations first: a new entity is not in the graph yet.
  const declaredTypes = new Map(folder.facts.entities.map((e) => [resolveOrNull(resolve, e.slug), e.type]));
  const entityType = (reference: string) => {
    const slug = resolveOrNull(resolve, reference);
    return slug === null ? undefined : (declaredTypes.get(slug) ?? typeOf(slug));
  };
  const reportedEnds = new Set<string>(); // an event's participant pairs would repeat one problem
  const checkEnds = (type: string, from: { at: string; reference: string }, to: { at: string; reference: string }) => {
    if (!(type in RELATIONSHIP_ENDS)) return;
    for (const p of relationshipEndProblems(type as RelationshipTypeName, entityType(from.reference), entityType(to.reference))) {
      const at = p.end === "from" ? from.at : to.at;
      if (!reportedEnds.has(at)) problem(at, p.message, "WRONG_ENTITY_TYPE");
      reportedEnds.add(at);
    }
  };
  const checkUnique = (section: string, slugs: string[]) => {
    const seen = new Set<string>();
    slugs.forEach((slug, i) => {
      if (seen.has(slug)) problem(`${where(section, i, slug)} slug`, `duplicate within the file`);
      seen.add(slug);
    });
  };

  const { entities, relationships, events, metrics, claims } = folder.facts;
  checkUnique(
    "entities",
    entities.map((e) => e.slug),
  );
  checkUnique(
    "events",
    events.map((e) => e.slug),
  );
  checkUnique(
    "metrics",
    metrics.map((m) => m.slug),
  );

  entities.forEach((e, i) => {
    checkQuotes(where("entities", i, e.slug), e.citations);
    (e.aliases ?? []).forEach((a, j) => {
      if (a.quote && !folder.textStored)
        problem(`${where("entities", i, e.slug)}.aliases[${j}].quote`, `a reference source has no text to quote`);
      else if (a.quote && !folder.text.includes(a.quote))
        problem(
          `${where("entities", i, e.slug)}.aliases[${j}].quote`,
          `not found verbatim in ${folder.source.textFile ?? "the source's stored text"}`,
          "QUOTE_NOT_IN_SOURCE",
        );
    });
    (e.positioning ?? []).forEach((p, j) => checkQuotes(`${where("entities", i, e.slug)}.positioning[${j}]`, p.citations));
    if (e.positioning?.length && e.type !== "ORGANIZATION")
      problem(`${where("entities", i, e.slug)}.positioning`, `only organisations have a market positioning`);
  });
  relationships.forEach((r, i) => {
    const at = where("relationships", i);
    checkQuotes(at, r.citations);
    checkReference(`${at}.from`, r.from);
    checkReference(`${at}.to`, r.to);
    checkEnds(r.type, { at: `${at}.from`, reference: r.from }, { at: `${at}.to`, reference: r.to });
  });
  events.forEach((e, i) => {
    const at = where("events", i, e.slug);
    checkQuotes(at, e.citations);
    e.participants.forEach((p, j) => checkReference(`${at}.participants[${j}].entity`, p.entity));
    for (const role of REQUIRED_ROLES[e.type] ?? []) {
      if (!e.participants.some((p) => p.role === role)) problem(`${at}.participants`, `a ${e.type} needs a participant with role ${role}`);
    }
    // The relationships an event implies (seed.plan.ts DERIVED_EDGES) follow the same table.
    const derived = DERIVED_EDGES[e.type];
    if (derived) {
      const withRole = (role: string) =>
        e.participants.flatMap((p, j) => (p.role === role ? [{ at: `${at}.participants[${j}].entity`, reference: p.entity }] : []));
      for (const from of withRole(derived.from)) for (const to of withRole(derived.to)) checkEnds(derived.type, from, to);
    }
  });
  metrics.forEach((m, i) => {
    const at = where("metrics", i, m.slug);
    checkQuotes(at, m.citations);
    checkReference(`${at}.subject`, m.subject);
    if (m.reportedBy) checkReference(`${at}.reportedBy`, m.reportedBy);
  });
  claims.forEach((c, i) => {
    const at = where("claims", i);
    checkQuotes(at, c.citations);
    const targets = [c.event, c.metric, c.relationship].filter((t) => t !== undefined).length;
    if (targets !== 1) problem(`${at}`, `name exactly one fact: event, metric or relationship`);
    (c.participants ?? []).forEach((p, j) => checkReference(`${at}.participants[${j}].entity`, p.entity));
    if (c.attributedTo) checkReference(`${at}.attributedTo`, c.attributedTo);
    if (c.participants?.length && !c.event) problem(`${at}.participants`, `only a claim on an event adds participants`);
    if (c.relationship) {
      checkReference(`${at}.relationship.from`, c.relationship.from);
      checkReference(`${at}.relationship.to`, c.relationship.to);
      checkEnds(
        c.relationship.type,
        { at: `${at}.relationship.from`, reference: c.relationship.from },
        { at: `${at}.relationship.to`, reference: c.relationship.to },
      );
    }
  });
  return problems;
}

function resolveOrNull(resolve: (reference: string) => string, reference: string): string | null {
  try {
    return resolve(reference);
  } catch (error) {
    if (error instanceof UnresolvedReference) return null; // reported by checkReference
    throw error;
  }
}
