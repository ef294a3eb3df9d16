// Localities: gazetteer names with or without an administrative prefix (tỉnh, TP., huyện…),
// bare prefixes that point at the article's own locality ("UBND tỉnh"), and the salience
// ranking that resolves implicit references.
import type { Doc } from "../doc.js";
import { isActive, longest, longestAll } from "../doc.js";
import type { Locality, LocalityLevel, Reference } from "../reference.js";
import { lexKey } from "../reference.js";
import { slugify } from "../fold.js";
import type { Token } from "../tokens.js";
import { CATEGORY_BIT } from "../matcher.js";

export interface LocParse {
  tokStart: number;
  tokEnd: number;
  /** candidate gazetteer entries, best first; empty for a bare prefix */
  candidates: Locality[];
  /** levels allowed by the written prefix */
  levels: LocalityLevel[] | null;
  /** the prefix as written, lower-case (tỉnh, thành phố, huyện…) */
  prefix: string | null;
}

export function validAt(l: Locality, date: string | null): boolean {
  if (!date) return true;
  if (l.validUntil && date > l.validUntil) return false;
  if (l.validFrom && date < l.validFrom) return false;
  return true;
}

const LEVEL_RANK: Record<LocalityLevel, number> = { COUNTRY: 0, MUNICIPALITY: 1, PROVINCE: 1, CITY: 2, TOWN: 3, DISTRICT: 3, WARD: 4, COMMUNE: 4 };

function rank(cands: Locality[], date: string | null): Locality[] {
  return [...cands].sort((a, b) => {
    const va = validAt(a, date) ? 0 : 1;
    const vb = validAt(b, date) ? 0 : 1;
    if (va !== vb) return va - vb;
    return LEVEL_RANK[a.level] - LEVEL_RANK[b.level];
  });
}

const SYN_STOP = ["title", "central", "committee", "board", "institution", "bloc", "locPrefix", "docType", "eventHead", "honorific"] as const;
const SYN_STOP_MASK = SYN_STOP.reduce((m, c) => m | CATEGORY_BIT[c], 0);
const LOC_START_MASK = CATEGORY_BIT.locPrefix | CATEGORY_BIT.loc;

/** A capitalised run (Kiến An, Xuân Hương - Đà Lạt) that names a place the gazetteer lacks. */
export function capitalRun(doc: Doc, i: number): number {
  const t = doc.tokens;
  let k = i;
  let words = 0;
  while (k < t.length && words < 5) {
    const tok = t[k] as Token;
    if (words > 0) {
      const prev = t[k - 1] as Token;
      if (tok.text === "-" && t[k + 1]?.cap && t[k + 1]?.alpha && words < 4) {
        k++;
        continue;
      }
      if (tok.start - prev.end > 1 || tok.lineStart) break;
    }
    if (!tok.alpha || !tok.cap || tok.upper) break;
    if (words > 0 && ((doc.masks[k] ?? 0) & SYN_STOP_MASK) !== 0) break;
    words++;
    k++;
  }
  if (t[k - 1]?.text === "-") k--;
  return words > 0 ? k : -1;
}

const GAZETTEER_LEVELS = new Set<LocalityLevel>(["COUNTRY", "PROVINCE", "MUNICIPALITY", "CITY", "DISTRICT", "TOWN"]);

/** A family name followed by one to three more capitalised syllables: the shape of a person's name. */
function personShaped(doc: Doc, a: number, b: number): boolean {
  const n = b - a;
  return n >= 2 && n <= 4 && doc.ref.surnames.has((doc.tokens[a] as Token).low);
}

/**
 * The name after a locality prefix that the gazetteer lacks: a capitalised run, cut where a
 * person's name begins ("phường Phố Hiến Lê Thị Ngọc" → Phố Hiến), with the number of a numbered
 * ward or commune ("phường Hà Giang 1"). Units above the ward level are all in the gazetteer, so
 * a person-shaped run after "thành phố", "tỉnh", "huyện" is a name ("Sở … thành phố Huỳnh Tấn
 * Phúc"), not a place. Returns the end token, or -1.
 */
export function placeRun(doc: Doc, i: number, levels: LocalityLevel[]): number {
  const t = doc.tokens;
  let e = capitalRun(doc, i);
  if (e <= i) return -1;
  const words: number[] = [];
  for (let k = i; k < e; k++) if ((t[k] as Token).alpha) words.push(k);
  if (levels.every((l) => GAZETTEER_LEVELS.has(l)) && words.length >= 3 && personShaped(doc, i, e)) return -1;
  for (let j = 2; j < words.length; j++) {
    const k = words[j] as number;
    if (t[k - 1]?.text === "-") continue;
    if (personShaped(doc, k, e) && e - k >= 2) {
      e = k;
      break;
    }
  }
  const num = t[e];
  const after = t[e + 1];
  if (
    levels.some((l) => l === "WARD" || l === "COMMUNE") &&
    num && /^\d{1,2}$/.test(num.text) && num.start - (t[e - 1] as Token).end === 1 &&
    (!after || !after.alpha || after.cap || after.low === "và" || after.low === "được" || after.low === "đã")
  ) e++;
  return e;
}

export function syntheticLocality(doc: Doc, a: number, b: number, level: LocalityLevel, written: string | null = null): Locality {
  const name = written ?? doc.text.slice((doc.tokens[a] as Token).start, (doc.tokens[b - 1] as Token).end).replace(/\s+/g, " ");
  const key = `${level}|${lexKey(name)}`;
  let l = doc.synthetic.get(key);
  if (!l) {
    l = { id: `loc:~${slugify(name)}`, name, key: lexKey(name), level, parent: null, aliases: [], validFrom: null, validUntil: null, successor: null };
    doc.synthetic.set(key, l);
  }
  return l;
}

/** Parse a locality reference at token i: [prefix] name | prefixed alias | bare prefix (allowBare). */
export function parseLocalityAt(doc: Doc, i: number, date: string | null, allowBare: boolean): LocParse | null {
  // called for nearly every token; the parse below allocates a closure context on entry, so the
  // one-test rejection of all but about 1 % of tokens stays out of it
  if (i >= doc.tokens.length || ((doc.masks[i] ?? 0) & LOC_START_MASK) === 0) return null;
  return parseLocalityFrom(doc, i, date, allowBare);
}

function parseLocalityFrom(doc: Doc, i: number, date: string | null, allowBare: boolean): LocParse | null {
  const ref = doc.ref;
  const tokens = doc.tokens;
  const pre = longest(doc, i, "locPrefix");
  // a bare name only counts when capitalised: lower-case words that happen to be place names
  // (common syllables) stop here instead of collecting and folding their candidates
  const direct = (tokens[i] as Token).cap ? longestAll(doc, i, "loc") : null;
  let best: LocParse | null = null;
  if (pre) {
    const p = ref.locPrefixes[pre.ref];
    const name = longestAll(doc, pre.end, "loc");
    const nameTok = tokens[pre.end];
    let cands: Locality[] = [];
    let end = pre.end;
    if (p && name && nameTok?.cap) {
      cands = name.refs.map((r) => ref.localities[r] as Locality).filter((c) => p.levels.includes(c.level));
      end = name.end;
    }
    const preEnd = tokens[pre.end - 1] as Token;
    // "phường 6", "Phường 10": a numbered ward, named with its word as numbered districts are ("Quận 1")
    if (p && cands.length === 0 && p.levels.length === 1 && p.levels[0] === "WARD" && nameTok?.digit && nameTok.text.length <= 2 && nameTok.start - preEnd.end <= 1) {
      cands = [syntheticLocality(doc, i, pre.end + 1, "WARD", `Phường ${nameTok.text}`)];
      end = pre.end + 1;
    }
    if (p && cands.length === 0 && nameTok?.cap && nameTok.alpha && !nameTok.lineStart && nameTok.start - preEnd.end <= 1) {
      // written as a place (xã Kiến An) but unknown at this level: a place of its own
      const e = placeRun(doc, pre.end, p.levels);
      if (e > pre.end) {
        cands = [syntheticLocality(doc, pre.end, e, p.levels[0] as LocalityLevel)];
        end = e;
      }
    }
    if (p && cands.length > 0) {
      best = { tokStart: i, tokEnd: end, candidates: rank(cands, date), levels: p.levels, prefix: p.form.toLowerCase() };
    } else if (p && allowBare) {
      best = { tokStart: i, tokEnd: pre.end, candidates: [], levels: p.levels, prefix: p.form.toLowerCase() };
    }
  }
  const bestSynthetic = best !== null && best.candidates.length === 1 && (best.candidates[0] as Locality).id.startsWith("loc:~");
  if (direct && (!best || direct.end > best.tokEnd || (bestSynthetic && direct.end >= best.tokEnd))) {
    const first = tokens[i] as Token;
    const cands = direct.refs.map((r) => ref.localities[r] as Locality);
    const written = doc.text.slice(first.start, (tokens[direct.end - 1] as Token).end);
    const wkey = lexKey(written);
    const isBareName = cands.some((c) => c.key === wkey);
    // bare names must be capitalised; some bare names are people (Hồ Chí Minh)
    if (first.cap && !(isBareName && ref.requirePrefix.has(wkey))) {
      best = { tokStart: i, tokEnd: direct.end, candidates: rank(cands, date), levels: null, prefix: null };
    }
  }
  return best;
}

export interface LocMention extends LocParse {
  start: number;
  end: number;
  inTitle: boolean;
}

/**
 * "các phường Dịch Vọng, Nghĩa Đô, Quan Hoa": one prefix, several places. Adds the places listed
 * after the prefixed one `p` and returns the last token they use. (Its own function: closures over
 * the loop's variables made every token of the scan below allocate a context.)
 */
function listedPlaces(doc: Doc, p: LocParse, levels: LocalityLevel[], date: string | null, out: LocMention[]): number {
  let last = p.tokEnd - 1;
  const plural = [doc.tokens[p.tokStart - 1]?.low, doc.tokens[p.tokStart - 2]?.low].some((w) => w === "các" || w === "những" || w === "hai" || w === "ba");
  let j = p.tokEnd;
  for (let guard = 0; guard < 12; guard++) {
    const sep = doc.tokens[j];
    if (!sep || (sep.text !== "," && sep.low !== "và")) break;
    const k = j + 1;
    const first = doc.tokens[k];
    if (!first || !first.cap || !first.alpha || SYN_STOP.some((c) => longest(doc, k, c))) break;
    const named = longestAll(doc, k, "loc");
    const fit = named ? named.refs.map((r) => doc.ref.localities[r] as Locality).filter((l) => levels.includes(l.level)) : [];
    let e = -1;
    let cands: Locality[] = [];
    if (named && fit.length > 0) {
      e = named.end;
      cands = rank(fit, date);
    } else if (plural) {
      e = capitalRun(doc, k);
      if (e > k) cands = [syntheticLocality(doc, k, e, levels[0] as LocalityLevel)];
    }
    if (cands.length === 0 || e <= k) break;
    const s2 = (doc.tokens[k] as Token).start;
    const e2 = (doc.tokens[e - 1] as Token).end;
    out.push({ tokStart: k, tokEnd: e, candidates: cands, levels, prefix: p.prefix, start: s2, end: e2, inTitle: false });
    j = e;
    last = e - 1;
  }
  return last;
}

/** Every explicit locality mention in active text. */
export function recognizeLocalities(doc: Doc, date: string | null): LocMention[] {
  const out: LocMention[] = [];
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!isActive(doc, i)) continue;
    const p = parseLocalityAt(doc, i, date, false);
    if (!p || p.candidates.length === 0) continue;
    const prevTok = doc.tokens[i - 1];
    // "Lê Cần Thơ"-like runs: a place name glued to a family name belongs to a person
    if (!p.prefix && prevTok && prevTok.cap && doc.ref.surnames.has(prevTok.low) && prevTok.end + 1 === (doc.tokens[i] as Token).start) continue;
    const start = (doc.tokens[p.tokStart] as Token).start;
    const end = (doc.tokens[p.tokEnd - 1] as Token).end;
    out.push({ tokStart: p.tokStart, tokEnd: p.tokEnd, candidates: p.candidates, levels: p.levels, prefix: p.prefix, start, end, inTitle: doc.tokZone[i] === "title" });
    i = p.tokEnd - 1;
    if (p.prefix && p.levels) i = listedPlaces(doc, p, p.levels, date, out);
  }
  return out;
}

/** Ranks localities by how much the article is about them; resolves implicit references. */
export class Salience {
  private score = new Map<Locality, number>();
  private first = new Map<Locality, number>();
  private extra = new Map<string, Locality>();

  constructor(
    private ref: Reference,
    private date: string | null,
  ) {}

  private byId(id: string): Locality | undefined {
    return this.ref.localityById.get(id) ?? this.extra.get(id);
  }

  private seen: Array<{ l: Locality; pos: number }> = [];

  add(l: Locality, weight: number, pos: number): void {
    if (!this.ref.localityById.has(l.id)) this.extra.set(l.id, l);
    this.seen.push({ l, pos });
    this.score.set(l, (this.score.get(l) ?? 0) + weight);
    if (!this.first.has(l) || (this.first.get(l) as number) > pos) this.first.set(l, pos);
  }

  ranked(): Locality[] {
    return [...this.score.keys()].sort((a, b) => {
      const d = (this.score.get(b) ?? 0) - (this.score.get(a) ?? 0);
      if (d !== 0) return d;
      return (this.first.get(a) ?? 1e12) - (this.first.get(b) ?? 1e12);
    });
  }

  /** Gives unknown places a parent (the salient unit above them) and a final id. */
  settleSynthetic(): void {
    const upper: Record<string, LocalityLevel[]> = {
      WARD: ["DISTRICT", "TOWN", "CITY", "PROVINCE", "MUNICIPALITY"],
      COMMUNE: ["DISTRICT", "TOWN", "CITY", "PROVINCE", "MUNICIPALITY"],
      DISTRICT: ["PROVINCE", "MUNICIPALITY"],
      TOWN: ["PROVINCE", "MUNICIPALITY"],
      CITY: ["PROVINCE", "MUNICIPALITY"],
    };
    const syn = [...this.score.keys()].filter((l) => l.id.startsWith("loc:~"));
    // higher units first so a commune can hang under a synthetic district
    syn.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
    for (const l of syn) {
      const levels = upper[l.level];
      let parent: Locality | null = null;
      if (levels) {
        for (const lv of [levels.slice(0, 3), levels.slice(3)]) {
          if (lv.length === 0) continue;
          parent = this.resolve(lv, l);
          if (parent) break;
        }
      }
      this.extra.delete(l.id);
      l.parent = parent ? parent.id : null;
      l.id = `${parent ? parent.id : "loc"}:${slugify(l.name)}`;
      this.extra.set(l.id, l);
    }
  }

  /**
   * The unit at one of `levels` named last before `pos`: "đoàn kiểm tra tại Đảng ủy xã Ân Nghĩa. … Bí thư
   * Đảng ủy xã" is Ân Nghĩa's even when the article lists other communes more often.
   */
  lastBefore(levels: LocalityLevel[], pos: number): Locality | null {
    let best: { l: Locality; pos: number } | null = null;
    for (const x of this.seen) if (x.pos < pos && levels.includes(x.l.level) && (!best || x.pos > best.pos)) best = x;
    return best ? best.l : null;
  }

  /** `l` itself or the nearest unit enclosing it at one of `levels` (Hà Nội for Long Biên at MUNICIPALITY). */
  enclosing(l: Locality, levels: LocalityLevel[]): Locality | null {
    let x: Locality | undefined = l;
    for (let guard = 0; x && guard < 6; guard++) {
      if (levels.includes(x.level)) return x;
      x = x.parent ? this.byId(x.parent) : undefined;
    }
    return null;
  }

  /** The locality at one of `levels` the article is about: mentioned itself, or an ancestor of what is mentioned. */
  resolve(levels: LocalityLevel[] | null, exclude: Locality | null = null): Locality | null {
    const mentioned = this.ranked().filter((l) => l !== exclude);
    if (mentioned.length === 0) return null;
    if (!levels) return mentioned[0] ?? null;
    for (const l of mentioned) if (levels.includes(l.level)) return l;
    const up = new Map<Locality, number>();
    const firstPos = new Map<Locality, number>();
    for (const m of mentioned) {
      let l: Locality | undefined = m;
      const s = this.score.get(m) ?? 0;
      let guard = 0;
      while (l && l.parent && guard++ < 6) {
        const p = this.byId(l.parent);
        if (!p) break;
        if (levels.includes(p.level)) {
          up.set(p, (up.get(p) ?? 0) + s);
          if (!firstPos.has(p)) firstPos.set(p, this.first.get(m) ?? 0);
          break;
        }
        l = p;
      }
    }
    return [...up.keys()].sort((a, b) => (up.get(b) as number) - (up.get(a) as number) || (firstPos.get(a) as number) - (firstPos.get(b) as number))[0] ?? null;
  }
}
