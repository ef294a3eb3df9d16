// The shared document every recognizer reads: normalized text, tokens, lexicon matches, zones
// (what clean.ts decided each line is) and sentences.
import type { Locality, Reference } from "./reference.js";
import { categoryBit, type LexMatch, type Category } from "./matcher.js";
import type { Token } from "./tokens.js";

export type ZoneKind = "body" | "title" | "label" | "caption" | "credit" | "byline" | "source" | "dateline" | "chrome";

export interface Line {
  start: number;
  end: number;
  kind: ZoneKind;
  tokStart: number;
  tokEnd: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  kind: ZoneKind;
}

export interface AuthorMention {
  name: string;
  role: "AUTHOR" | "PHOTOGRAPHER";
  start: number;
  end: number;
}

export interface DocMeta {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  authors: AuthorMention[];
}

export interface Doc {
  text: string;
  ref: Reference;
  tokens: Token[];
  matches: LexMatch[][];
  /** per token: bit set of the categories matching from it (CATEGORY_BIT) */
  masks: Uint32Array;
  lines: Line[];
  sentences: Sentence[];
  /** sentence index of each token */
  tokSentence: Int32Array;
  /** zone kind of each token; "chrome" and "dateline" tokens take part in nothing */
  tokZone: ZoneKind[];
  /** 1 where isActive holds, filled once the zones are final */
  active: Uint8Array;
  /** lowerSameLength(text), shared by the stages that scan the whole text */
  lower: string;
  meta: DocMeta;
  /** places written with a prefix but missing from the gazetteer (xã Kiến An), one object per name */
  synthetic: Map<string, Locality>;
}

export function zoneActive(z: ZoneKind | undefined): boolean {
  return z !== undefined && z !== "chrome" && z !== "dateline" && z !== "credit" && z !== "byline" && z !== "source";
}

export function isActive(doc: Doc, tok: number): boolean {
  return doc.active[tok] === 1;
}

/** Longest match of a category starting at token i. */
export function longest(doc: Doc, i: number, cat: Category): { end: number; ref: number } | null {
  // small enough to be inlined where cat is a constant; most tokens stop at this test
  const bit = categoryBit(cat);
  return ((doc.masks[i] ?? 0) & bit) === 0 ? null : longestAt(doc, i, cat, bit);
}

function longestAt(doc: Doc, i: number, cat: Category, bit: number): { end: number; ref: number } | null {
  const ms = doc.matches[i];
  if (!ms) return null;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k] as LexMatch;
    if ((m.mask & bit) === 0) continue;
    for (const e of m.entries) if (e.cat === cat) return { end: m.end, ref: e.ref };
  }
  return null;
}

/** All entries of a category on the longest match starting at token i. */
export function longestAll(doc: Doc, i: number, cat: Category): { end: number; refs: number[] } | null {
  if (((doc.masks[i] ?? 0) & categoryBit(cat)) === 0) return null;
  const ms = doc.matches[i];
  if (!ms) return null;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k] as LexMatch;
    const refs = m.entries.filter((e) => e.cat === cat).map((e) => e.ref);
    if (refs.length > 0) return { end: m.end, refs };
  }
  return null;
}

/** Index of the last item starting at or before `pos` (items sorted by start; 0 when none does). */
export function lastStartingAt(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((items[mid] as { start: number }).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function tokText(doc: Doc, a: number, b: number): string {
  if (b <= a) return "";
  return doc.text.slice((doc.tokens[a] as Token).start, (doc.tokens[b - 1] as Token).end);
}

export function spanOf(doc: Doc, a: number, b: number): { start: number; end: number; text: string } {
  const start = (doc.tokens[a] as Token).start;
  const end = (doc.tokens[b - 1] as Token).end;
  return { start, end, text: doc.text.slice(start, end) };
}

export function sentenceSpan(doc: Doc, tok: number): { start: number; end: number; text: string } {
  const s = doc.sentences[doc.tokSentence[tok] ?? 0];
  if (!s) return { start: 0, end: 0, text: "" };
  return { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
}
