import { CypherFamily, singleFile } from "./db/cypher-files";
import { ENTITY_LIST_QUERIES } from "./graph/entity-list/entity-list.repository";
import { EVENT_LIST_QUERIES } from "./graph/event/event.repository";
import { NEIGHBORHOOD_QUERIES } from "./graph/neighborhood/neighborhood.repository";
import { HOW_CONNECTED_QUERIES } from "./graph/paths/path.repository";
import { RELATIONSHIP_QUERIES } from "./graph/relationship/relationship.repository";
import { SOURCE_LIST_QUERIES } from "./graph/source/source.repository";
import { LOAD_QUERIES } from "./seed/seed.queries";

/** Every query generated from a template (cypher/templates/), each with its whitelist of variants. */
export const GENERATED_QUERIES: CypherFamily[] = [
  RELATIONSHIP_QUERIES,
  ENTITY_LIST_QUERIES,
  SOURCE_LIST_QUERIES,
  EVENT_LIST_QUERIES,
  HOW_CONNECTED_QUERIES,
  NEIGHBORHOOD_QUERIES,
  ...LOAD_QUERIES,
  // One file each: templates only for the shared entity projection.
  ...[
    "get-entities-by-slugs",
    "get-participants-by-event-slugs",
    "get-backings-by-founder-slugs",
    "get-backings-by-investor-slugs",
    "get-co-investors-by-investor-slugs",
    "get-fellow-founders-by-founder-slugs",
    "get-mentions-by-source-slugs",
    "search-entities",
  ].map(singleFile),
];
