import { groupedParentLoader } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { getRelationships, RelationshipPage, RelationshipSelection } from "./relationship.repository";

/** Every relationship connection of one level (founders, investors ... of many parents) in one query. */
export function relationshipLoaders(db: GraphDatabase) {
  return {
    relationships: groupedParentLoader<RelationshipSelection, RelationshipPage>(
      (groups) => getRelationships(db, groups),
      () => ({ totalCount: 0, rows: [] }),
    ),
  };
}
