import { Field, ObjectType } from "type-graphql";
import { SourceKind } from "../../common/enums";
import { globalIdOfRow } from "../../common/global-id";
import { parsePartialDate } from "../../common/partial-date";
import { PartialDate } from "../../common/partial-date.type";
import { Node } from "../node/node.type";

@ObjectType({ implements: Node, description: "A document facts were taken from: a news article, or an editorial note for aliases." })
export class Source extends Node {
  @Field({ description: "Stable human-readable key, e.g. `tech-planet-2024-12-06`." })
  slug: string;
  @Field({ description: "Title of the document." })
  title: string;
  @Field({ description: "Who published it." })
  publisher: string;
  @Field({
    description: "Publication date as stated (ISO 8601, possibly partial or an interval: `2024-11/2024-12`).",
    deprecationReason: "Use `publicationDate`: the same text with its precision and first and last day as `Date`s.",
  })
  publishedAt: string;
  @Field(() => PartialDate, {
    description: "When the source was published, as precisely as known (a day, a month, or an interval), with its first and last day.",
  })
  publicationDate: PartialDate;
  @Field({ description: "Language of the stored text (BCP 47, e.g. `en`)." })
  language: string;
  @Field(() => String, { nullable: true, description: "Language of the original when the stored text is a translation." })
  originalLanguage: string | null;
  @Field(() => SourceKind, { description: "NEWS_ARTICLE or EDITORIAL (statements by this project's editors, e.g. well-known aliases)." })
  kind: SourceKind;
  @Field(() => String, {
    nullable: true,
    description: "Where the original was published, when known (always known for a reference source).",
  })
  url: string | null;
  @Field({
    description:
      "Whether this project stores the source's text (its claims quote it verbatim) or only refers to it (a reference source: its claims carry notes in our own words, and `url`, `publisher`, `title`, `publishedAt` and `language` identify it).",
  })
  textStored: boolean;
  @Field(() => String, { nullable: true, description: "Editorial note on the source, e.g. that it is a machine translation." })
  note: string | null;
  /** Loaded only when `text` is selected: it is the largest property in the graph. */
  text?: string;
}

export function sourceFromRow(row: Record<string, unknown>): Source {
  return Object.assign(
    new Source(),
    row,
    { textStored: row.textStored !== false, publicationDate: parsePartialDate(String(row.publishedAt)) },
    { id: globalIdOfRow("Source", row), __typename: "Source" },
  );
}
