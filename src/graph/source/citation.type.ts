import { Field, ObjectType } from "type-graphql";
import { Source } from "./source.type";

@ObjectType({ description: "Evidence for a fact: the exact words of a source it was taken from." })
export class Citation {
  @Field(() => Source, { description: "The document quoted." })
  source?: Source;
  @Field({ description: "A verbatim excerpt of the source's text." })
  quote: string;

  sourceSlug: string;
}

/** Citations as the loader stores them: parallel lists of source slugs and quotes. */
export function citationsFrom(row: Record<string, unknown>): Citation[] {
  const sources = (row.citationSources as string[] | null) ?? [];
  const quotes = (row.citationQuotes as string[] | null) ?? [];
  return sources.map((sourceSlug, i) => Object.assign(new Citation(), { sourceSlug, quote: quotes[i] }));
}
