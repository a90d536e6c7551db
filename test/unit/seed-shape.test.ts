import "reflect-metadata";
import { plainToInstance } from "class-transformer";
import { validateSync } from "class-validator";
import * as fs from "node:fs";
import * as path from "node:path";
import { FactsDto } from "../../src/seed/seed.dto";
import { validInstanceOf } from "../../src/seed/seed.shape";
import { SEEDS_DIR } from "../../src/seed/seeds-dir";

const OPTIONS = { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true };
const base = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, "tech-planet-2024-12-06", "facts.json"), "utf8"));
const copy = () => JSON.parse(JSON.stringify(base));
const classValidatorErrors = (plain: unknown) => validateSync(plainToInstance(FactsDto, plain), OPTIONS).length;

/** Broken variants of a valid facts.json: each must fail class-validator, and so the fast check. */
const MUTATIONS: [string, (facts: any) => void][] = [
  ["an entity without a name", (f) => delete f.entities[0].name],
  ["an entity name that is a number", (f) => (f.entities[0].name = 42)],
  ["an empty entity name", (f) => (f.entities[0].name = "")],
  ["a slug that is not kebab-case", (f) => (f.entities[0].slug = "Not A Slug")],
  ["an unknown entity type", (f) => (f.entities[0].type = "ALIEN")],
  ["an unknown kind among the kinds", (f) => f.entities[0].kinds.push("WIZARD")],
  ["kinds that are not an array", (f) => (f.entities[0].kinds = "STARTUP")],
  ["an entity without citations", (f) => (f.entities[0].citations = [])],
  ["a citation quote that is too short", (f) => (f.entities[0].citations[0].quote = "ab")],
  ["a citation that is a string", (f) => (f.entities[0].citations[0] = "a quote")],
  ["an unknown field on an entity", (f) => (f.entities[0].colour = "blue")],
  ["an unknown field at the top", (f) => (f.sources = [])],
  ["an unknown field on a citation", (f) => (f.entities[0].citations[0].page = 3)],
  ["an alias without a language", (f) => (f.entities[0].aliases = [{ name: "X" }])],
  ["an event with an invalid date", (f) => (f.events[0].date = "2024-13")],
  ["an event with an unknown participant role", (f) => (f.events[0].participants[0].role = "JUDGE")],
  ["an event whose participants are null", (f) => (f.events[0].participants = null)],
  ["an amount without a currency", (f) => (f.events[0].amount = { value: 1 })],
  ["an amount that is a number", (f) => (f.events[0].amount = 5)],
  ["a relationship of an unknown type", (f) => (f.relationships[0].type = "LOVES")],
  ["a metric whose value is a string", (f) => (f.metrics[0].value = "many")],
  ["a metric name that is not camelCase", (f) => (f.metrics[0].name = "Paying Users")],
  ["entities that are not an array", (f) => (f.entities = {})],
  ["an entity that is a string", (f) => (f.entities[0] = "moonshot-ai")],
];

describe("the fast shape check of facts.json", () => {
  it("accepts the real seeds and builds the same instances as class-transformer", () => {
    expect(classValidatorErrors(base)).toBe(0);
    const fast = validInstanceOf(FactsDto, copy(), { whitelist: true });
    expect(fast).toBeInstanceOf(FactsDto);
    expect(fast).toEqual(plainToInstance(FactsDto, copy()));
  });

  it("keeps class defaults (a file without relationships gets an empty list)", () => {
    const facts = copy();
    delete facts.relationships;
    expect(validInstanceOf(FactsDto, facts, { whitelist: true })?.relationships).toEqual([]);
  });

  it.each(MUTATIONS)("never accepts what class-validator rejects: %s", (_, mutate) => {
    const facts = copy();
    mutate(facts);
    expect(classValidatorErrors(JSON.parse(JSON.stringify(facts)))).toBeGreaterThan(0);
    expect(validInstanceOf(FactsDto, facts, { whitelist: true })).toBeUndefined();
  });
});
