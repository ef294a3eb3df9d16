// Runs every recognizer once over the document, in the order their outputs depend on each other,
// and works out what the article is about (its reference year and the salience of its places).
import type { Doc } from "../doc.js";
import { spanOf } from "../doc.js";
import type { Span } from "../types.js";
import type { Locality } from "../reference.js";
import type { Token } from "../tokens.js";
import { recognizeDates, referenceYear, type DateMention, type YearMention } from "../recognize/dates.js";
import { recognizeDocuments, type DocMention } from "../recognize/documents.js";
import { recognizeLocalities, Salience, type LocMention } from "../recognize/localities.js";
import { recognizeBodies, recognizeChains, type BodyRef, type Chain } from "../recognize/bodies.js";
import { recognizePersons, type PersonMention } from "../recognize/persons.js";

export interface Mentions {
  dates: DateMention[];
  years: YearMention[];
  refYear: { year: number; fromPub: boolean } | null;
  /** the date relative references resolve against: publication day, else mid-year of the reference year */
  anchor: string | null;
  docMentions: DocMention[];
  chains: Chain[];
  bodies: BodyRef[];
  persons: PersonMention[];
  locs: LocMention[];
  /** places named only inside a body's name (Huyện ủy Nam Đàn), with the span of that name */
  bodyLocs: Array<{ l: Locality; span: Span }>;
  salience: Salience;
  /** per token: 1 inside a document reference, title chain, person name, body name */
  inDoc: Uint8Array;
  inChain: Uint8Array;
  inPerson: Uint8Array;
  inBody: Uint8Array;
}

function marks(n: number, items: Array<{ tokStart: number; tokEnd: number }>): Uint8Array {
  const m = new Uint8Array(n);
  for (const it of items) for (let t = it.tokStart; t < it.tokEnd; t++) m[t] = 1;
  return m;
}

/**
 * "Bà X, Phó Bí thư Thường trực Huyện ủy Tiểu Cần chủ trì; ông Y, Trưởng Ban Tuyên giáo Huyện ủy …": a
 * committee written without its place is the one of that type just named in the same sentence, not the
 * article's most salient one.
 */
function inheritLocality(doc: Doc, bodies: BodyRef[], chains: Chain[]): void {
  const refs: BodyRef[] = [];
  const collect = (b: BodyRef | null): void => {
    if (!b) return;
    refs.push(b);
    collect(b.parent);
  };
  bodies.forEach(collect);
  for (const c of chains) for (const it of c.items) collect(it.body);
  refs.sort((x, y) => x.tokStart - y.tokStart);
  const last = new Map<number, BodyRef>();
  for (const b of refs) {
    if (b.type !== "committee") continue;
    const s = doc.tokSentence[b.tokStart] as number;
    if (b.loc && b.loc.candidates.length > 0) last.set(b.def, b);
    else if (!b.loc) {
      const prev = last.get(b.def);
      if (prev && prev.tokEnd <= b.tokStart && doc.tokSentence[prev.tokStart] === s) b.loc = prev.loc;
    }
  }
}

export function recognizeMentions(doc: Doc): Mentions {
  const ref = doc.ref;
  const tokens = doc.tokens;
  const pub = doc.meta.publishedAt;
  const { dates, years } = recognizeDates(doc);
  // a page without a date: the full dates the text writes out ("Nghị quyết số 79-NQ/TW ngày 6/1/2026") tell
  // its year too, and the text cannot be older than the latest of them
  const written = pub ? [] : dates.filter((d) => d.year !== null && !d.deadline).map((d) => ({ year: d.year as number, start: d.start, ahead: false, target: false, termEnd: false, since: false }));
  const refYear = referenceYear(written.length > 0 ? [...years, ...written] : years, pub);
  const anchor: string | null = refYear ? (refYear.fromPub && pub ? pub.slice(0, 10) : `${refYear.year}-07-01`) : null;

  const docMentions = recognizeDocuments(doc, anchor);
  const inDoc = marks(tokens.length, docMentions);
  const chains = recognizeChains(doc, anchor);
  const inChain = marks(tokens.length, chains);
  const bodies = recognizeBodies(doc, anchor, (t) => inChain[t] === 1);
  inheritLocality(doc, bodies, chains);
  const persons = recognizePersons(doc, chains);
  const inPerson = marks(tokens.length, persons);
  const inBody = marks(tokens.length, bodies);
  // "Đảng Cộng sản Việt Nam", "Hội Nông dân Việt Nam": a capitalised word before it makes it part of a name
  const cap = (k: number): boolean => k >= 0 && doc.tokSentence[k] === doc.tokSentence[k + 1] && /^\p{Lu}\p{Ll}*$/u.test((tokens[k] as Token).text);
  const inName = (i: number): boolean => {
    const s = doc.sentences[doc.tokSentence[i] as number];
    if (!s || i - 1 <= s.tokStart) return false;
    return cap(i - 1) || (/^\p{Ll}+$/u.test((tokens[i - 1] as Token).text) && cap(i - 2) && cap(i - 3) && i - 3 >= s.tokStart);
  };
  // the country only counts when named as a place, not inside a body's or document's name
  const locs = recognizeLocalities(doc, anchor).filter(
    (l) => !inPerson[l.tokStart] && !(l.candidates[0]?.level === "COUNTRY" && (inBody[l.tokStart] || inChain[l.tokStart] || inDoc[l.tokStart] || inName(l.tokStart))),
  );

  // Salience of localities: what the article is about.
  const salience = new Salience(ref, anchor);
  for (const l of locs) {
    const c = l.candidates[0];
    if (c && c.level !== "COUNTRY") salience.add(c, doc.tokZone[l.tokStart] === "title" ? 3 : 1, l.start);
  }
  const seenLoc = new Set(locs.map((l) => l.tokStart));
  const locAt = new Map(locs.map((l) => [l.tokStart, l.candidates[0]]));
  const bodyLocs: Array<{ l: Locality; span: Span }> = [];
  const visitBody = (b: BodyRef | null): void => {
    if (!b) return;
    const c = b.loc?.candidates[0];
    // "Thành ủy Cao Bằng": the city, where the place mention first counted the province of the same
    // name; a later bare "Thành ủy" must find the city among the article's places
    if (b.loc && c && seenLoc.has(b.loc.tokStart) && locAt.get(b.loc.tokStart) !== c) {
      locAt.set(b.loc.tokStart, c);
      salience.add(c, 1, (tokens[b.loc.tokStart] as Token).start);
    }
    if (b.loc && c && !seenLoc.has(b.loc.tokStart)) {
      seenLoc.add(b.loc.tokStart);
      salience.add(c, 1, (tokens[b.loc.tokStart] as Token).start);
      bodyLocs.push({ l: c, span: spanOf(doc, b.loc.tokStart, b.loc.tokEnd) });
    }
    visitBody(b.parent);
  };
  bodies.forEach(visitBody);
  for (const c of chains) for (const it of c.items) visitBody(it.body);
  salience.settleSynthetic();

  return { dates, years, refYear, anchor, docMentions, chains, bodies, persons, locs, bodyLocs, salience, inDoc, inChain, inPerson, inBody };
}
