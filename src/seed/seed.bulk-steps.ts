/** The bulk path's steps, in the order they run, with what each does. */
export const BULK_STEP_MEANINGS = {
  plan: "read, validate and plan the folders",
  graph: "fold the plans into the graph",
  files: "write the CSV files",
  import: "the importer's run",
  start: "Neo4j's start",
  emptyLists: "restore the empty lists",
  schema: "constraints and indexes built and online",
  statistics: "refresh and count",
} as const;
export type BulkStep = keyof typeof BULK_STEP_MEANINGS;
export const BULK_STEPS = Object.keys(BULK_STEP_MEANINGS) as BulkStep[];
