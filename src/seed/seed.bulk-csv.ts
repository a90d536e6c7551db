import { open } from "node:fs/promises";
import * as path from "node:path";
import { ImportFiles } from "../db/local-neo4j-import";
import { BulkGraph, CypherDate, GraphEdge, PropertyValue } from "./seed.bulk-graph";

/** Between the items of a list property: a control character no seed text holds (checked on write). */
export const ARRAY_DELIMITER = "\u001f";

/**
 * Stands for an empty list, which the importer cannot write (an empty field is no property): restored to
 * `[]` after the import by cypher/queries/maintenance/bulk-restore-empty-lists*.cypher, which names
 * every property that can hold one (EMPTY_LIST_PROPERTIES).
 */
export const EMPTY_LIST = "\u241eempty-list\u241e";
export const EMPTY_LIST_PROPERTIES = new Set(["kinds", "citationSources", "citationQuotes", "quotes", "notes"]);

type ColumnType = "string" | "double" | "long" | "boolean" | "string[]" | "date";

/** Where the import wrote EMPTY_LIST: the nodes of a label set, or the relationships of a type, and the property. */
export type EmptyListSite = { labels: string[]; property: string } | { type: string; property: string };

export interface BulkImportFiles extends ImportFiles {
  multiline: string[];
  /** Each label set or type with a property that held an empty list somewhere, once. */
  emptyLists: EmptyListSite[];
}

/**
 * Writes the graph as the importer's CSV files: one node file per id space and label set, one relationship
 * file per type and pair of id spaces, each column typed in its header (`amount:double`, `kinds:string[]`,
 * `dateStart:date`). Every string is quoted, so commas, quotes and newlines in seed text survive; the files
 * that hold a line break are listed, so that only they are parsed as multi-line.
 */
export async function writeImportFiles(graph: BulkGraph, dir: string): Promise<BulkImportFiles> {
  const files: BulkImportFiles = { nodes: [], relationships: [], multiline: [], emptyLists: [] };
  const emptyListKeys = new Set<string>();
  const written = (file: string, cells: CellWriter, site: (property: string) => EmptyListSite) => {
    if (cells.lineBreak) files.multiline.push(file);
    for (const property of cells.emptyLists) {
      const where = site(property);
      const key = JSON.stringify(where);
      if (!emptyListKeys.has(key)) files.emptyLists.push(where);
      emptyListKeys.add(key);
    }
  };
  const nodeGroups = groupBy(graph.nodes, (n) => `${n.space}|${n.labels.join(":")}`);
  let index = 0;
  for (const nodes of nodeGroups.values()) {
    const { space, labels } = nodes[0];
    const columns = columnsOf(
      nodes.map((n) => n.props),
      `${labels.join(":")} nodes`,
    );
    const file = path.join(dir, `nodes-${++index}-${labels.join("-")}.csv`);
    const cells = new CellWriter();
    await writeCsv(file, [`:ID(${space})`, ...columns.map(([name, type]) => `${name}:${type}`)], nodes, (n) =>
      [cells.quote(n.id), ...columns.map(([name, type]) => cells.cell(n.props[name], type, name))].join(","),
    );
    files.nodes.push({ labels, file });
    written(file, cells, (property) => ({ labels, property }));
  }
  const edgeGroups = groupBy(graph.edges, (e) => `${e.type}|${e.from.space}|${e.to.space}`);
  for (const edges of edgeGroups.values()) {
    const { type, from, to } = edges[0];
    const columns = columnsOf(
      edges.map((e) => e.props),
      `${type} relationships`,
    );
    const file = path.join(dir, `relationships-${++index}-${type}.csv`);
    const cells = new CellWriter();
    await writeCsv(
      file,
      [`:START_ID(${from.space})`, `:END_ID(${to.space})`, ...columns.map(([name, type]) => `${name}:${type}`)],
      edges,
      (e: GraphEdge) =>
        [cells.quote(e.from.id), cells.quote(e.to.id), ...columns.map(([name, t]) => cells.cell(e.props[name], t, name))].join(","),
    );
    files.relationships.push({ type, file });
    written(file, cells, (property) => ({ type, property }));
  }
  return files;
}

function typeOf(value: PropertyValue): ColumnType {
  if (value instanceof CypherDate) return "date";
  if (Array.isArray(value)) return "string[]";
  if (typeof value === "bigint") return "long";
  if (typeof value === "number") return "double";
  if (typeof value === "boolean") return "boolean";
  return "string";
}

/** Every property of the group with its one type; a property of two types cannot be one column. */
function columnsOf(rows: Record<string, PropertyValue>[], what: string): [string, ColumnType][] {
  const types = new Map<string, ColumnType>();
  for (const props of rows) {
    for (const [name, value] of Object.entries(props)) {
      const type = typeOf(value);
      const seen = types.get(name);
      if (seen && seen !== type) throw new Error(`bulk import: property '${name}' of ${what} is both ${seen} and ${type}`);
      types.set(name, type);
    }
  }
  return [...types.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Turns values into CSV cells, noting what the import needs to know of the file: a line break, empty lists. */
class CellWriter {
  lineBreak = false;
  readonly emptyLists = new Set<string>();

  cell(value: PropertyValue | undefined, type: ColumnType, name: string): string {
    if (value === undefined) return "";
    if (type === "string[]") {
      const items = value as string[];
      if (items.length === 0) {
        if (!EMPTY_LIST_PROPERTIES.has(name))
          throw new Error(`bulk import: '${name}' holds an empty list, which only ${[...EMPTY_LIST_PROPERTIES].join(", ")} may`);
        this.emptyLists.add(name);
        return this.quote(EMPTY_LIST);
      }
      for (const item of items) {
        if (item.includes(ARRAY_DELIMITER)) throw new Error(`bulk import: a value of '${name}' holds the control character U+001F`);
        if (item === "" && items.length === 1)
          throw new Error(`bulk import: '${name}' is a list of one empty string, which the importer reads as no value`);
      }
      return this.quote(items.join(ARRAY_DELIMITER));
    }
    if (type === "date") return (value as CypherDate).iso;
    if (type === "string") return this.quote(value as string);
    if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
    throw new Error(`bulk import: '${name}' holds a value of no importable type`);
  }

  quote(text: string): string {
    if (!this.lineBreak && LINE_BREAK.test(text)) this.lineBreak = true;
    return `"${text.replace(/"/g, '""')}"`;
  }
}

const LINE_BREAK = /[\r\n]/;
/** Lines are written in chunks of about this many characters: one write per line costs more than the line. */
const CHUNK_CHARS = 1 << 20;

async function writeCsv<T>(file: string, header: string[], rows: T[], line: (row: T) => string): Promise<void> {
  const out = await open(file, "w");
  try {
    let chunk = `${header.join(",")}\n`;
    for (const row of rows) {
      chunk += `${line(row)}\n`;
      if (chunk.length >= CHUNK_CHARS) {
        await out.write(chunk, null, "utf8");
        chunk = "";
      }
    }
    await out.write(chunk, null, "utf8");
  } finally {
    await out.close();
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
