import "reflect-metadata";
import { GraphQLError } from "graphql";
import { Arg, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { extract, ExtractionInputError } from "../../extract/index.js";
import type { PropertyValue, Span } from "../../extract/types.js";
import { loadReference } from "../../reference/load.js";
import { JSONScalar } from "./types.js";

// The extraction contract (src/extract/types.ts) as GraphQL types. Property bags become typed
// key/value lists so clients can select them without knowing every key in advance.

@ObjectType({ description: "A character range in the article's normalized text." })
export class TextSpan {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String) text!: string;
}

@ObjectType({ description: "One property: a string, number, boolean, null or list of strings (JSON)." })
export class PropertyEntry {
  @Field(() => String) key!: string;
  @Field(() => JSONScalar, { nullable: true }) value!: PropertyValue;
}

@ObjectType({ description: "Article metadata the extractor read." })
export class ExtractedArticle {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) path!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) publishedAt!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => [String]) authors!: string[];
  @Field(() => String) textHash!: string;
}

@ObjectType({ description: "An entity found in the article, with every mention." })
export class ExtractedEntity {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Person, Organization, Locality, Resolution or Event." }) type!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => [PropertyEntry]) properties!: PropertyEntry[];
  @Field(() => [TextSpan]) mentions!: TextSpan[];
}

@ObjectType({ description: "A relation between two extracted entities, with its evidence." })
export class ExtractedRelation {
  @Field(() => String, { description: "HOLDS_POSITION, PART_OF, BASED_IN, IMPLEMENTS, PARTICIPATED_IN…" }) type!: string;
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => [PropertyEntry]) properties!: PropertyEntry[];
  @Field(() => [TextSpan]) evidence!: TextSpan[];
}

@ObjectType({ description: "What the extractor found in one article (nothing is written)." })
export class Extraction {
  @Field(() => ExtractedArticle) article!: ExtractedArticle;
  @Field(() => [ExtractedEntity]) entities!: ExtractedEntity[];
  @Field(() => [ExtractedRelation]) relations!: ExtractedRelation[];
  @Field(() => String) extractorVersion!: string;
}

function entries(props: Record<string, PropertyValue>): PropertyEntry[] {
  return Object.keys(props)
    .sort()
    .map((key) => ({ key, value: props[key] ?? null }));
}

const spans = (list: Span[]): TextSpan[] => list.map(({ start, end, text }) => ({ start, end, text }));

/** Runs the extractor; maps refused input to BAD_USER_INPUT. */
export function extractTyped(text: string, url: string | null): Extraction {
  try {
    const r = extract(text, loadReference(), { url, path: null });
    return {
      article: r.article,
      extractorVersion: r.extractorVersion,
      entities: r.entities.map((e) => ({ ...e, properties: entries(e.properties), mentions: spans(e.mentions) })),
      relations: r.relations.map((rel) => ({ ...rel, properties: entries(rel.properties), evidence: spans(rel.evidence) })),
    };
  } catch (err) {
    if (err instanceof ExtractionInputError) {
      throw new GraphQLError(err.message, { extensions: { code: "BAD_USER_INPUT", reason: err.code } });
    }
    throw err;
  }
}

@Resolver()
export class ExtractResolver {
  @Query(() => Extraction, {
    complexity: 50,
    description: "Extract entities and relations from an article's text without writing anything.",
  })
  extract(
    @Arg("text", () => String) text: string,
    @Arg("url", () => String, { nullable: true }) url?: string | null,
  ): Extraction {
    return extractTyped(text, url ?? null);
  }
}
