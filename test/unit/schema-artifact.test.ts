import "reflect-metadata";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import { buildAppSchema } from "../../src/schema";
import { printSchemaWithBanner, SCHEMA_DIR } from "../../src/schema-sdl";

describe("schema/schema.graphql", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it("matches the schema the code builds (run `npm run schema:emit` after changing the API)", () => {
    const committed = fs.readFileSync(path.join(SCHEMA_DIR, "schema.graphql"), "utf8");
    expect(committed).toBe(printSchemaWithBanner(schema));
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || (isScalarType(type) && ["String", "Int", "Float", "Boolean", "ID"].includes(type.name))) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          const args: readonly GraphQLArgument[] = "args" in field ? field.args : [];
          for (const arg of args) {
            if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      }
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});
