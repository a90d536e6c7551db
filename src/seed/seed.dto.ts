import { Type } from "class-transformer";
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from "class-validator";
import { isPartialDate } from "../common/partial-date";
import {
  CERTAINTIES,
  CLAIM_STANCES,
  CLAIM_STATUSES,
  DIRECT_RELATIONSHIP_TYPES,
  ENTITY_KINDS,
  ENTITY_TYPES,
  EVENT_TYPES,
  LEGAL_KINDS,
  MARKET_SEGMENTS,
  METRIC_QUALIFIERS,
  PARTICIPANT_ROLES,
  SOURCE_KINDS,
  CURRENCY_CODES,
} from "../common/vocabulary";

// The shape of a seed folder (seeds/README.md). class-validator checks every field before anything
// is written; cross-record rules (quotes found in the text, references resolve) live in seed.validate.ts.

const CURRENCY_CODE_LIST = Object.keys(CURRENCY_CODES);
// The API returns currencies as an enum: a code outside it would fail every query that reads the amount.
const CURRENCY_MESSAGE = `currency must be an ISO 4217 code the API knows (${CURRENCY_CODE_LIST.join(", ")}); add a new one to CURRENCY_CODES in src/common/vocabulary.ts`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@ValidatorConstraint({ name: "partialDate" })
class PartialDateRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === "string" && isPartialDate(value);
  }
  defaultMessage(): string {
    return "$property must be a partial date: 2024-12-05, 2024-10, 2024-Q2, 2024-H2, 2024 or an interval A/B";
  }
}

/**
 * A claim's citation: a verbatim `quote` of a source whose text is stored (checked against it), or,
 * for a reference source, a `note` in the project's own words saying what the source states.
 * seed.validate.ts checks that each citation has the kind its source allows.
 */
export class CitationDto {
  @IsOptional() @IsString() @Length(3, 2000) quote?: string;
  @IsOptional() @IsString() @Length(10, 1000) note?: string;
}

const STANCES = Object.keys(CLAIM_STANCES);
const STATUSES = Object.keys(CLAIM_STATUSES);

abstract class CitedDto {
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => CitationDto)
  citations: CitationDto[];
}

/** A record that is also its source's claim on the fact (stance ASSERTS): its status, and an editorial pin. */
abstract class ClaimedDto extends CitedDto {
  @IsOptional() @IsIn(STATUSES) status?: string;
  @IsOptional() @IsBoolean() pinned?: boolean;
}

export class MoneyDto {
  @IsNumber() value: number;
  @IsIn(CURRENCY_CODE_LIST, { message: CURRENCY_MESSAGE }) currency: string;
}

export class SourceDto {
  @Matches(SLUG, { message: "slug must be lowercase-kebab" }) slug: string;
  @IsString() @Length(1, 500) title: string;
  @IsString() @Length(1, 200) publisher: string;
  @Validate(PartialDateRule) publishedAt: string;
  @IsString() @Length(2, 10) language: string;
  @IsOptional() @IsString() @Length(2, 10) originalLanguage?: string;
  @IsIn(SOURCE_KINDS) kind: string;
  /** The stored text, for a source whose text the project may keep; absent for a reference source. */
  @IsOptional() @IsString() textFile?: string;
  @IsOptional() @IsString() @MaxLength(1000) url?: string | null;
  @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class AliasDto {
  @IsString() @Length(1, 200) name: string;
  @IsString() @Length(2, 10) language: string;
  @IsOptional() @IsString() quote?: string;
}

export class PositioningDto extends CitedDto {
  @IsIn(MARKET_SEGMENTS) segment: string;
  @IsOptional() @IsString() @MaxLength(500) focus?: string;
  @IsIn(CERTAINTIES) certainty: string;
}

export class EntityDto extends CitedDto {
  @Matches(SLUG, { message: "slug must be lowercase-kebab" }) slug: string;
  @IsIn(ENTITY_TYPES) type: string;
  @IsString() @Length(1, 200) name: string;
  @IsArray() @IsIn(ENTITY_KINDS, { each: true }) kinds: string[];
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => AliasDto) aliases?: AliasDto[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => PositioningDto) positioning?: PositioningDto[];
}

export class RelationshipDto extends ClaimedDto {
  @IsIn(DIRECT_RELATIONSHIP_TYPES) type: string;
  @IsString() @Length(1, 200) from: string;
  @IsString() @Length(1, 200) to: string;
  @IsOptional() @Validate(PartialDateRule) date?: string;
  @IsOptional() @Validate(PartialDateRule) endDate?: string | null;
  @IsOptional() @IsString() @MaxLength(200) title?: string;
  @IsIn(CERTAINTIES) certainty: string;
}

export class ParticipantDto {
  @IsString() @Length(1, 200) entity: string;
  @IsIn(PARTICIPANT_ROLES) role: string;
}

export class EventDto extends ClaimedDto {
  @Matches(SLUG, { message: "slug must be lowercase-kebab" }) slug: string;
  @IsIn(EVENT_TYPES) type: string;
  @Validate(PartialDateRule) date: string;
  @IsString() @Length(1, 300) title: string;
  @IsOptional() @IsString() @MaxLength(3000) summary?: string;
  @IsIn(CERTAINTIES) certainty: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ParticipantDto) participants: ParticipantDto[];
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) amount?: MoneyDto;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) valuation?: MoneyDto;
  @IsOptional() @IsNumber() percentage?: number;
  @IsOptional() @IsString() @MaxLength(100) round?: string;
  @IsOptional() @IsInt() @Min(1) roundCount?: number;
  @IsOptional() @IsIn(LEGAL_KINDS) legalKind?: string;
  @IsOptional() @IsString() @MaxLength(200) jobTitle?: string;
  @IsOptional() @IsString() @MaxLength(3000) quote?: string;
  @IsOptional() @IsString() @MaxLength(300) speakerDescription?: string;
}

export class MetricDto extends ClaimedDto {
  @Matches(SLUG, { message: "slug must be lowercase-kebab" }) slug: string;
  @IsString() @Length(1, 200) subject: string;
  @Matches(/^[a-z][A-Za-z0-9]*$/, { message: "name must be camelCase" }) name: string;
  @IsNumber() value: number;
  @IsOptional() @IsIn(METRIC_QUALIFIERS) qualifier?: string;
  @IsString() @Length(1, 50) unit: string;
  @IsOptional() @IsIn(CURRENCY_CODE_LIST, { message: CURRENCY_MESSAGE }) currency?: string | null;
  @Validate(PartialDateRule) date: string;
  @IsOptional() @IsString() reportedBy?: string;
  @IsIn(CERTAINTIES) certainty: string;
}

/** Which relationship a claim is about: the same fields that key it (type, ends, title). */
export class RelationshipRefDto {
  @IsIn(DIRECT_RELATIONSHIP_TYPES) type: string;
  @IsString() @Length(1, 200) from: string;
  @IsString() @Length(1, 200) to: string;
  @IsOptional() @IsString() @MaxLength(200) title?: string;
}

/**
 * A claim of this folder's source on a fact declared anywhere (this folder or another): what the source
 * says about it (stance) and the values it gives. Exactly one of event, metric, relationship.
 */
export class ClaimDto extends ClaimedDto {
  @IsOptional() @Matches(SLUG, { message: "event must be an event slug" }) event?: string;
  @IsOptional() @Matches(SLUG, { message: "metric must be a metric slug" }) metric?: string;
  @IsOptional() @ValidateNested() @Type(() => RelationshipRefDto) relationship?: RelationshipRefDto;
  @IsIn(STANCES) stance: string;
  @IsIn(CERTAINTIES) certainty: string;
  @IsOptional() @Validate(PartialDateRule) date?: string;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) amount?: MoneyDto;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) valuation?: MoneyDto;
  @IsOptional() @IsNumber() value?: number;
  @IsOptional() @IsIn(METRIC_QUALIFIERS) qualifier?: string;
  @IsOptional() @IsNumber() percentage?: number;
  @IsOptional() @IsString() @MaxLength(100) round?: string;
  @IsOptional() @IsString() @MaxLength(200) attributedTo?: string;
  /** Parties this source adds to an event (e.g. its VENUE); participants only accumulate, so order does not matter. */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ParticipantDto) participants?: ParticipantDto[];
}

export class FactsDto {
  @IsArray() @ValidateNested({ each: true }) @Type(() => EntityDto) entities: EntityDto[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => RelationshipDto) relationships: RelationshipDto[] = [];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => EventDto) events: EventDto[] = [];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => MetricDto) metrics: MetricDto[] = [];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ClaimDto) claims: ClaimDto[] = [];
}
