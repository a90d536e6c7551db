import { createWriteStream } from "node:fs";
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

/**
 * Writes the graph as the importer's CSV files: one node file per id space and label set, one relationship
 * file per type and pair of id spaces, each column typed in its header (`amount:double`, `kinds:string[]`,
 * `dateStart:date`). Every string is quoted, so commas, quotes and newlines in seed text survive.
 */
export async function writeImportFiles(graph: BulkGraph, dir: string): Promise<ImportFiles> {
  const files: ImportFiles = { nodes: [], relationships: [] };
  const nodeGroups = groupBy(graph.nodes, (n) => `${n.space}|${n.labels.join(":")}`);
  let index = 0;
  for (const nodes of nodeGroups.values()) {
    const { space, labels } = nodes[0];
    const columns = columnsOf(
      nodes.map((n) => n.props),
      `${labels.join(":")} nodes`,
    );
    const file = path.join(dir, `nodes-${++index}-${labels.join("-")}.csv`);
    await writeCsv(
      file,
      [`:ID(${space})`, ...columns.map(([name, type]) => `${name}:${type}`)],
      nodes.map((n) => [quote(n.id), ...columns.map(([name, type]) => cell(n.props[name], type, name))]),
    );
    files.nodes.push({ labels, file });
  }
  const edgeGroups = groupBy(graph.edges, (e) => `${e.type}|${e.from.space}|${e.to.space}`);
  for (const edges of edgeGroups.values()) {
    const { type, from, to } = edges[0];
    const columns = columnsOf(
      edges.map((e) => e.props),
      `${type} relationships`,
    );
    const file = path.join(dir, `relationships-${++index}-${type}.csv`);
    await writeCsv(
      file,
      [`:START_ID(${from.space})`, `:END_ID(${to.space})`, ...columns.map(([name, type]) => `${name}:${type}`)],
      edges.map((e: GraphEdge) => [quote(e.from.id), quote(e.to.id), ...columns.map(([name, t]) => cell(e.props[name], t, name))]),
    );
    files.relationships.push({ type, file });
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

function cell(value: PropertyValue | undefined, type: ColumnType, name: string): string {
  if (value === undefined) return "";
  if (type === "string[]") {
    const items = value as string[];
    if (items.length === 0) {
      if (!EMPTY_LIST_PROPERTIES.has(name))
        throw new Error(`bulk import: '${name}' holds an empty list, which only ${[...EMPTY_LIST_PROPERTIES].join(", ")} may`);
      return quote(EMPTY_LIST);
    }
    for (const item of items) {
      if (item.includes(ARRAY_DELIMITER)) throw new Error(`bulk import: a value of '${name}' holds the control character U+001F`);
      if (item === "" && items.length === 1)
        throw new Error(`bulk import: '${name}' is a list of one empty string, which the importer reads as no value`);
    }
    return quote(items.join(ARRAY_DELIMITER));
  }
  if (type === "date") return (value as CypherDate).iso;
  if (type === "string") return quote(value as string);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  throw new Error(`bulk import: '${name}' holds a value of no importable type`);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

async function writeCsv(file: string, header: string[], rows: string[][]): Promise<void> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", resolve)));
  await write(`${header.join(",")}\n`);
  for (const row of rows) await write(`${row.join(",")}\n`);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
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
