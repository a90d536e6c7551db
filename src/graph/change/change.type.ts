import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";

/** Every kind of change the audit trail records (the mutation that made it, or a seed load). */
export enum ChangeOperation {
  CREATE_SOURCE = "CREATE_SOURCE",
  CREATE_ENTITY = "CREATE_ENTITY",
  UPDATE_ENTITY = "UPDATE_ENTITY",
  ADD_ALIAS = "ADD_ALIAS",
  REMOVE_ALIAS = "REMOVE_ALIAS",
  ASSERT_CLAIM = "ASSERT_CLAIM",
  RETRACT_CLAIM = "RETRACT_CLAIM",
  RENAME_ENTITY = "RENAME_ENTITY",
  MERGE_ENTITIES = "MERGE_ENTITIES",
}
registerEnumType(ChangeOperation, {
  name: "ChangeOperation",
  description: "What a change did.",
  valuesConfig: {
    CREATE_SOURCE: { description: "A source was added (`createSource`)." },
    CREATE_ENTITY: { description: "An entity was added (`createEntity`)." },
    UPDATE_ENTITY: { description: "An entity's name, description or kinds changed (`updateEntity`)." },
    ADD_ALIAS: { description: "An entity gained an alias (`addAlias`)." },
    REMOVE_ALIAS: { description: "An alias was removed (`removeAlias`); a tombstone." },
    ASSERT_CLAIM: { description: "A source's claim on a fact was added, creating the fact when new (`assertClaim`)." },
    RETRACT_CLAIM: { description: "A claim was retracted (`retractClaim`); a tombstone: the claim stays, as RETRACTED." },
    RENAME_ENTITY: { description: "An entity's slug changed (`renameEntity`); its id stays and the old slug redirects to it." },
    MERGE_ENTITIES: {
      description:
        "An entity was merged into another (`mergeEntities`): one change on the survivor, and a tombstone on the merged entity, whose id and slug now resolve to the survivor.",
    },
  },
});

@ObjectType({ description: "One immutable record of the audit trail: who changed what, when, from what to what, and why." })
export class Change {
  @Field(() => Int, { description: "Position in the audit trail: 1, 2, 3 ... with no gaps, in commit order." })
  seq: number;
  @Field({ description: "When the change was committed (ISO 8601, UTC)." })
  at: string;
  @Field({ description: "Who made it: the API key's name, or `seed:<folder>` for a seed load." })
  actor: string;
  @Field(() => ChangeOperation, { description: "What the change did." })
  operation: ChangeOperation;
  @Field({ description: "The kind of node changed: `Entity`, `Source` or `Claim`." })
  targetKind: string;
  @Field({
    description: "The changed node: its global id (`Entity`, `Source`: use with `node(id:)`), or a claim's key (`Claim.key`).",
  })
  target: string;
  @Field(() => String, { nullable: true, description: "The changed values before the change, as a JSON object (null for a creation)." })
  before: string | null;
  @Field(() => String, { nullable: true, description: "The changed values after the change, as a JSON object (null for a removal)." })
  after: string | null;
  @Field(() => String, { nullable: true, description: "Why, as the caller gave it (required for a retraction)." })
  reason: string | null;
  @Field({
    description:
      "True when the change takes something out of the live graph (a retracted claim, a removed alias, a merged entity): a syncing client drops it.",
  })
  tombstone: boolean;
}

@ObjectType({ description: "A change in a connection." })
export class ChangeEdge extends EdgeType<Change>(() => Change, "The change.") {}

@ObjectType({ description: "A page of changes, oldest first (Relay cursor connection)." })
export class ChangeConnection extends ConnectionType(ChangeEdge) {}
