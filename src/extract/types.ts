// The extraction contract: what src/extract produces from one article and src/graph consumes.
// schema/extraction.schema.json describes the same shape for JSON consumers; keep them in step.

/** A character range in the *normalized* article text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = "Person" | "Organization" | "Locality" | "Resolution" | "Event";

/**
 * Relationship types the extractor may emit. REPORTS and MENTIONS are not listed: the graph layer
 * derives them from the article and the entities' mentions.
 */
export type RelationType =
  | "HOLDS_POSITION"
  | "PART_OF"
  | "BASED_IN"
  | "SUCCEEDED_BY"
  | "ISSUED_BY"
  | "IMPLEMENTS"
  | "ORGANIZED"
  | "HELD_IN"
  | "CONCERNS"
  | "PARTICIPATED_IN";

export type PropertyValue = string | number | boolean | null | string[];

export interface Entity {
  /** Canonical id: catalogue/gazetteer id where known, otherwise derived from type + name. */
  id: string;
  type: EntityType;
  /** Canonical display name (NFC, modern tone marks, abbreviations expanded). */
  name: string;
  /** Other surface forms seen in this article. */
  aliases: string[];
  properties: Record<string, PropertyValue>;
  mentions: Span[];
}

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
  evidence: Span[];
}

export interface ArticleMeta {
  /** Stable id: hash of the url when one is known, otherwise of the normalized text. */
  id: string;
  path: string | null;
  url: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm:ss) as printed by the site. */
  publishedAt: string | null;
  source: string | null;
  authors: string[];
  /** sha256 of the normalized text, hex. */
  textHash: string;
}

export interface ExtractionResult {
  article: ArticleMeta;
  entities: Entity[];
  relations: Relation[];
  /** Semantic version of the extractor that produced this result. */
  extractorVersion: string;
}
