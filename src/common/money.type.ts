import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({ description: "An amount of money in a currency." })
export class Money {
  @Field(() => Float, { description: "The amount, in whole currency units (not thousands or millions)." })
  amount: number;
  @Field({ description: "ISO 4217 currency code: USD, CNY ..." })
  currency: string;
}

export function moneyFrom(amount: unknown, currency: unknown): Money | null {
  return typeof amount === "number" && typeof currency === "string" ? { amount, currency } : null;
}
