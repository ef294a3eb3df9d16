// Public surface of the extraction stage: one article's text -> ExtractionResult. Pure and deterministic.
import { createHash } from "node:crypto";
import type { ExtractionResult } from "./types.js";
import type { Reference } from "./reference.js";
import { normalizeText, type NormalizedText } from "./normalize.js";
import { buildDoc } from "./clean.js";
import { assemble } from "./resolve/index.js";
import { ExtractionInputError } from "./errors.js";

export type { Reference, RawReference } from "./reference.js";
export { buildReference } from "./reference.js";
export { foldDiacritics, slugify } from "./fold.js";
export { ExtractionInputError } from "./errors.js";
export { formatSummary } from "./summary.js";
export type * from "./types.js";

export const EXTRACTOR_VERSION = "1.0.0";

/** Articles are 1-50 KB; anything past this is not one article. */
export const MAX_INPUT_CHARS = 2_000_000;

/** The text every span indexes into, with a map back to the raw input. */
export function normalizeArticle(text: string): NormalizedText {
  return normalizeText(text);
}

function sha256(s: string): string {
  return createHash("sha256").update(s, "utf8").digest("hex");
}

function checkInput(text: unknown): asserts text is string {
  if (typeof text !== "string") throw new ExtractionInputError("article text must be a string", "NOT_TEXT");
  if (text.length > MAX_INPUT_CHARS) {
    throw new ExtractionInputError(`article is ${text.length} characters; the limit is ${MAX_INPUT_CHARS}`, "TOO_LARGE");
  }
  // NUL bytes mean a binary file read as text
  if (text.indexOf("\u0000") >= 0) throw new ExtractionInputError("article contains NUL bytes (binary data?)", "NOT_TEXT");
}

export function extract(text: string, reference: Reference, options: { path?: string | null; url?: string | null } = {}): ExtractionResult {
  checkInput(text);
  const { text: norm } = normalizeText(text, false);
  const textHash = sha256(norm);
  const url = options.url ?? null;
  const id = (url === null ? textHash : sha256(url)).slice(0, 32);
  const doc = buildDoc(norm, reference);
  const { entities, relations } = assemble(doc, id.slice(0, 12));
  return {
    article: {
      id,
      path: options.path ?? null,
      url,
      title: doc.meta.title,
      publishedAt: doc.meta.publishedAt,
      source: doc.meta.source,
      authors: doc.meta.authors.filter((a) => a.role === "AUTHOR").map((a) => a.name),
      textHash,
    },
    entities,
    relations,
    extractorVersion: EXTRACTOR_VERSION,
  };
}
