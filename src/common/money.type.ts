import { Field, ObjectType } from "type-graphql";
import { DecimalScalar, toDecimalText } from "./decimal.scalar";
import { CurrencyCode } from "./enums";

@ObjectType({ description: "An amount of money in a currency (the shape of Shopify's `MoneyV2`)." })
export class Money {
  @Field(() => DecimalScalar, { description: "The amount, in whole currency units (not thousands or millions), as exact decimal text." })
  amount: string;
  @Field(() => CurrencyCode, { description: "The currency (ISO 4217)." })
  currencyCode: CurrencyCode;
  @Field({ description: "ISO 4217 currency code: USD, CNY ...", deprecationReason: "Use `currencyCode` (an enum)." })
  currency: string;
}

/** The Money of a stored amount and currency; null when either is missing. */
export function moneyFrom(amount: unknown, currency: unknown): Money | null {
  return typeof amount === "number" && typeof currency === "string"
    ? { amount: toDecimalText(amount), currencyCode: currency as CurrencyCode, currency }
    : null;
}
