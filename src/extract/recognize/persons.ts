// Persons: Vietnamese names (a known family name and 2-5 capitalised syllables, or any
// capitalised run after ông/bà/đồng chí), with the title chains written before or after them.
import type { Doc } from "../doc.js";
import { isActive, longest } from "../doc.js";
import type { Chain } from "./bodies.js";
import { capitalizeWords, lowerSameLength } from "../fold.js";
import { lexKey } from "../reference.js";
import type { Token } from "../tokens.js";
import { CATEGORY_BIT, type Category } from "../matcher.js";
import { placeRun } from "./localities.js";

export interface PersonMention {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  name: string;
  /** one syllable after an honorific (ông Hải): a reference to a full name */
  short: boolean;
  gender: "MALE" | "FEMALE" | null;
  /** token where the mention with its honorific begins */
  clauseTok: number;
  chain: Chain | null;
  /** not an official: the person a place is named after (Hồ Chí Minh) */
  role: "OTHER" | null;
  /** "đồng chí Bí thư Tỉnh ủy": a reference by title to an official named before (adds no position) */
  titleOnly?: boolean;
}

const STOP_CATS: Category[] = ["title", "central", "committee", "board", "institution", "bloc", "locPrefix", "docType", "eventHead", "charter"];

// "Anh", "Chị" are honorifics before a name and given names inside one (Võ Anh Quân)
const STOP_MASK = STOP_CATS.reduce((m, c) => m | CATEGORY_BIT[c], 0);

function startsLexeme(doc: Doc, k: number, first = false): boolean {
  const mask = doc.masks[k] ?? 0;
  return (mask & STOP_MASK) !== 0 || (first && (mask & CATEGORY_BIT.honorific) !== 0);
}

function nameEnd(doc: Doc, i: number, honorific: boolean): number {
  const tokens = doc.tokens;
  let k = i;
  let count = 0;
  while (k < tokens.length && count < 5) {
    const t = tokens[k] as Token;
    if (!t.alpha || !t.cap || t.text.length > 8) break;
    if (count > 0) {
      const prev = tokens[k - 1] as Token;
      if (t.start !== prev.end + 1 || t.lineStart) break;
      if (startsLexeme(doc, k)) break;
      // an acronym (UBND, TW) never continues a name written in normal case
      if (t.upper && t.text.length >= 2 && !(tokens[i] as Token).upper) break;
    }
    count++;
    k++;
  }
  if (count === 0) return -1;
  if (!honorific && (count < 2 || count > 4)) return -1;
  return i + count;
}

/** The name at `start` is written as a place ("phường Quan Hoa", "TP Hồ Chí Minh"). */
function afterPrefix(doc: Doc, start: number): boolean {
  // "các xã Thiên Cầm, Thạch Khê và Thạch Lạc": a later name of a list of places opened by a plural prefix
  if (inPlaceList(doc, start)) return true;
  for (let k = Math.max(0, start - 4); k < start; k++) {
    const p = longest(doc, k, "locPrefix");
    if (p && p.end === start) {
      const levels = doc.ref.locPrefixes[p.ref]?.levels ?? [];
      // "Sở Văn hóa và Thể thao thành phố Huỳnh Tấn Phúc": no such place, a person after the prefix
      const prefixed = longest(doc, k, "loc");
      return (prefixed !== null && prefixed.end > start) || longest(doc, start, "loc") !== null || placeRun(doc, start, levels) >= 0;
    }
  }
  return false;
}

/** Walks back over ", Name" and "và Name" to "các|những|hai|ba <prefix>" opening a list of places. */
function inPlaceList(doc: Doc, start: number): boolean {
  const t = doc.tokens;
  let k = start - 1;
  for (let guard = 0; guard < 12; guard++) {
    const sep = t[k];
    if (!sep || (sep.text !== "," && sep.low !== "và")) return false;
    // back over the capitalised name before the separator
    let q = k - 1;
    while (q >= 0 && t[q]?.cap && t[q]?.alpha && k - q <= 4) q--;
    if (q === k - 1) return false;
    for (let p = Math.max(0, q - 3); p <= q; p++) {
      const pre = longest(doc, p, "locPrefix");
      if (pre && pre.end === q + 1) {
        const w = t[p - 1]?.low;
        return w === "các" || w === "những" || w === "hai" || w === "ba";
      }
    }
    k = q;
  }
  return false;
}

/** "phường Phố Hiến Lê Thị Ngọc": the place's name ends where the person's begins. */
function placeEndsAt(doc: Doc, start: number): boolean {
  for (let k = Math.max(0, start - 5); k < start - 1; k++) {
    const p = longest(doc, k, "locPrefix");
    if (!p || p.end >= start || longest(doc, p.end, "loc")) continue;
    const levels = doc.ref.locPrefixes[p.ref]?.levels ?? [];
    if (placeRun(doc, p.end, levels) === start) return true;
  }
  return false;
}

export function recognizePersons(doc: Doc, chains: Chain[]): PersonMention[] {
  const ref = doc.ref;
  const tokens = doc.tokens;
  const out: PersonMention[] = [];
  const chainAt = new Map<number, Chain>();
  const chainEndingAt = new Map<number, Chain>();
  const inChain = new Uint8Array(tokens.length);
  for (const c of chains) {
    chainAt.set(c.tokStart, c);
    chainEndingAt.set(c.tokEnd, c);
    for (let t = c.tokStart; t < c.tokEnd; t++) inChain[t] = 1;
  }
  const locNames = ref.localityNameKeys;
  for (let i = 0; i < tokens.length; i++) {
    if (!isActive(doc, i)) continue;
    let start = i;
    let gender: "MALE" | "FEMALE" | null = null;
    let honorific = false;
    const h = longest(doc, i, "honorific");
    if (h) {
      const first = tokens[h.end];
      if (first && first.cap && first.alpha) {
        honorific = true;
        start = h.end;
        gender = ref.honorifics[h.ref]?.gender ?? null;
      }
    }
    const t0 = tokens[start] as Token;
    if (!honorific) {
      if (!t0.cap || !ref.surnames.has(t0.low) || inChain[start]) continue;
      const prev = tokens[start - 1];
      if (prev && prev.cap && prev.alpha && prev.end + 1 === t0.start && !chainEndingAt.has(start) && !placeEndsAt(doc, start)) continue;
    }
    if (startsLexeme(doc, start, true)) {
      // "đồng chí Bí thư Tỉnh ủy đề nghị …": an official named earlier, referred to by a title only
      const byTitle = honorific ? titleOnlyReference(doc, out, chainAt.get(start), i) : null;
      if (byTitle) {
        out.push(byTitle);
        i = byTitle.tokEnd - 1;
      }
      continue;
    }
    const end = nameEnd(doc, start, honorific);
    if (end < 0) continue;
    const written = doc.text.slice(t0.start, (tokens[end - 1] as Token).end);
    const key = lexKey(written);
    // "phường Quan Hoa", "TP Hồ Chí Minh": a place, whatever its first syllable
    if (!honorific && afterPrefix(doc, start)) {
      i = end - 1;
      continue;
    }
    if (!honorific && locNames.has(key) && !ref.requirePrefix.has(key)) continue;
    const short = end - start === 1;
    let chain: Chain | null = null;
    const after = tokens[end];
    if (after && (after.text === "," || after.text === "-") && chainAt.has(end + 1)) chain = chainAt.get(end + 1) ?? null;
    else if (chainAt.has(end)) chain = chainAt.get(end) ?? null;
    if (!chain) chain = chainEndingAt.get(i) ?? chainEndingAt.get(start) ?? null;
    if (!chain) chain = electedTo(doc, end, chainAt);
    const name = capitalizeWords(t0.upper && end - start > 1 ? lowerSameLength(written) : written);
    out.push({
      tokStart: start,
      tokEnd: end,
      start: t0.start,
      end: (tokens[end - 1] as Token).end,
      name,
      short,
      gender,
      clauseTok: i,
      chain,
      role: ref.requirePrefix.has(key) ? "OTHER" : null,
    });
    i = end - 1;
  }
  // "các đồng chí A và B được bầu giữ chức Phó Bí thư Huyện ủy": the names coordinated before share the office
  for (let k = out.length - 2; k >= 0; k--) {
    const p = out[k] as PersonMention;
    const q = out[k + 1] as PersonMention;
    if (p.chain || !q.chain || q.chain.tokStart < q.tokEnd || tokens[p.tokEnd]?.low !== "và" || q.tokStart - p.tokEnd > 3) continue;
    if (electedTo(doc, q.tokEnd, chainAt) === q.chain) p.chain = q.chain;
  }
  return out;
}

const ELECTION_WORDS = new Set(["được", "bầu", "giữ", "tái", "cử", "chức", "làm"]);

/** "A tái cử chức Bí thư Huyện ủy", "A được bầu giữ chức Phó Bí thư": the chain after the election phrase at token k. */
function electedTo(doc: Doc, k: number, chainAt: Map<number, Chain>): Chain | null {
  let q = k;
  while (q < k + 4 && ELECTION_WORDS.has(doc.tokens[q]?.low ?? "")) q++;
  const last = doc.tokens[q - 1]?.low;
  if (q === k || (last !== "chức" && last !== "làm")) return null;
  return chainAt.get(q) ?? null;
}

/**
 * "đồng chí Bí thư Tỉnh ủy", "đồng chí Phó Bí thư Thường trực" with no name after the title: the one
 * official named before with that title (and that body, when the reference names one).
 */
function titleOnlyReference(doc: Doc, earlier: PersonMention[], chain: Chain | undefined, clauseTok: number): PersonMention | null {
  if (!chain || chain.items.length !== 1) return null;
  const next = doc.tokens[chain.tokEnd];
  // a name follows the title: not a title-only reference
  if (next && next.cap && next.alpha && !next.lineStart && doc.tokens[chain.tokEnd - 1]?.end === next.start - 1) return null;
  const item = chain.items[0] as Chain["items"][number];
  const bodyKey = item.body ? lexKey(doc.text.slice((doc.tokens[item.body.tokStart] as Token).start, (doc.tokens[item.body.tokEnd - 1] as Token).end)) : null;
  const names = new Set<string>();
  let found: PersonMention | null = null;
  for (const p of earlier) {
    if (!p.chain || p.short) continue;
    const same = p.chain.items.some((it) => {
      if (it.title !== item.title) return false;
      if (bodyKey === null) return true;
      if (!it.body) return false;
      // a bare "Tỉnh ủy" refers to the "Tỉnh ủy Bắc Ninh" named before
      const k = lexKey(doc.text.slice((doc.tokens[it.body.tokStart] as Token).start, (doc.tokens[it.body.tokEnd - 1] as Token).end));
      return k === bodyKey || k.startsWith(`${bodyKey} `);
    });
    if (!same) continue;
    names.add(p.name);
    found = p;
  }
  if (!found || names.size !== 1) return null;
  const first = doc.tokens[chain.tokStart] as Token;
  const last = doc.tokens[chain.tokEnd - 1] as Token;
  return { tokStart: chain.tokStart, tokEnd: chain.tokEnd, start: first.start, end: last.end, name: found.name, short: false, gender: found.gender, clauseTok, chain, role: null, titleOnly: true };
}
