import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./date.scalar";
import { DatePrecision } from "./enums";

@ObjectType({ description: "A date as precise as the source states it, with the first and last day it covers." })
export class PartialDate {
  @Field({ description: "The date as stated: 2024-12-05, 2024-10, 2024-Q2, 2024-H2, 2024 or an interval A/B." })
  text: string;
  @Field(() => DatePrecision, { description: "How precise the date is." })
  precision: DatePrecision;
  @Field(() => DateScalar, { description: "First day covered." })
  start: string;
  @Field(() => DateScalar, { description: "Last day covered." })
  end: string;
}

/** Reads the `<prefix>Text/Precision/Start/End` properties the loader stores; null when absent. */
export function partialDateFrom(row: Record<string, unknown>, prefix = "date"): PartialDate | null {
  const text = row[`${prefix}Text`];
  if (typeof text !== "string") return null;
  return {
    text,
    precision: row[`${prefix}Precision`] as DatePrecision,
    start: String(row[`${prefix}Start`]),
    end: String(row[`${prefix}End`]),
  };
}
