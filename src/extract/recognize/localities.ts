// Localities: gazetteer names with or without an administrative prefix (tỉnh, TP., huyện…),
// bare prefixes that point at the article's own locality ("UBND tỉnh"), and the salience
// ranking that resolves implicit references.
import type { Doc } from "../doc.js";
import { isActive, longest, longestAll } from "../doc.js";
import type { Locality, LocalityLevel, Reference } from "../reference.js";
import { lexKey } from "../reference.js";
import type { Token } from "../tokens.js";

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

/** Parse a locality reference at token i: [prefix] name | prefixed alias | bare prefix (allowBare). */
export function parseLocalityAt(doc: Doc, i: number, date: string | null, allowBare: boolean): LocParse | null {
  const ref = doc.ref;
  const tokens = doc.tokens;
  if (i >= tokens.length) return null;
  const pre = longest(doc, i, "locPrefix");
  const direct = longestAll(doc, i, "loc");
  let best: LocParse | null = null;
  if (pre) {
    const p = ref.locPrefixes[pre.ref];
    const name = longestAll(doc, pre.end, "loc");
    if (p && name && (tokens[pre.end] as Token).cap) {
      let cands = name.refs.map((r) => ref.localities[r] as Locality);
      const byLevel = cands.filter((c) => p.levels.includes(c.level));
      if (byLevel.length > 0) cands = byLevel;
      best = { tokStart: i, tokEnd: name.end, candidates: rank(cands, date), levels: p.levels, prefix: lexKey(p.form) };
    } else if (p && allowBare) {
      best = { tokStart: i, tokEnd: pre.end, candidates: [], levels: p.levels, prefix: lexKey(p.form) };
    }
  }
  if (direct && (!best || direct.end > best.tokEnd)) {
    const first = tokens[i] as Token;
    const cands = direct.refs.map((r) => ref.localities[r] as Locality);
    const written = doc.text.slice(first.start, (tokens[direct.end - 1] as Token).end);
    const wkey = lexKey(written);
    const isBareName = cands.some((c) => lexKey(c.name) === wkey);
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

/** Every explicit locality mention in active text. */
export function recognizeLocalities(doc: Doc, date: string | null): LocMention[] {
  const out: LocMention[] = [];
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!isActive(doc, i)) continue;
    const p = parseLocalityAt(doc, i, date, false);
    if (!p || p.candidates.length === 0) continue;
    const prevTok = doc.tokens[i - 1];
    // inside a capitalised run (a person name) a place name is not a place
    if (prevTok && prevTok.cap && prevTok.end + 1 === (doc.tokens[i] as Token).start && !longest(doc, i, "locPrefix")) {
      const pp = longest(doc, i - 1, "locPrefix");
      if (!pp) {
        const prevIsWordOfBody = ["committee", "institution", "board", "central", "bloc"].some((c) => {
          for (let k = Math.max(0, i - 6); k < i; k++) {
            const m = longest(doc, k, c as "committee");
            if (m && m.end === i) return true;
          }
          return false;
        });
        if (!prevIsWordOfBody) { continue; }
      }
    }
    const start = (doc.tokens[p.tokStart] as Token).start;
    const end = (doc.tokens[p.tokEnd - 1] as Token).end;
    out.push({ ...p, start, end, inTitle: doc.tokZone[i] === "title" });
    i = p.tokEnd - 1;
  }
  return out;
}

/** Ranks localities by how much the article is about them; resolves implicit references. */
export class Salience {
  private score = new Map<string, number>();
  private first = new Map<string, number>();

  constructor(
    private ref: Reference,
    private date: string | null,
  ) {}

  add(l: Locality, weight: number, pos: number): void {
    this.score.set(l.id, (this.score.get(l.id) ?? 0) + weight);
    if (!this.first.has(l.id) || (this.first.get(l.id) as number) > pos) this.first.set(l.id, pos);
  }

  private cmp = (a: string, b: string): number => {
    const d = (this.score.get(b) ?? 0) - (this.score.get(a) ?? 0);
    if (d !== 0) return d;
    return (this.first.get(a) ?? 1e12) - (this.first.get(b) ?? 1e12);
  };

  ids(): string[] {
    return [...this.score.keys()].sort(this.cmp);
  }

  /** The locality at one of `levels` the article is about: mentioned itself, or an ancestor of what is mentioned. */
  resolve(levels: LocalityLevel[] | null): Locality | null {
    const mentioned = this.ids();
    if (mentioned.length === 0) return null;
    if (!levels) return this.ref.localityById.get(mentioned[0] as string) ?? null;
    for (const id of mentioned) {
      const l = this.ref.localityById.get(id);
      if (l && levels.includes(l.level)) return l;
    }
    const up = new Map<string, number>();
    const firstPos = new Map<string, number>();
    for (const id of mentioned) {
      let l = this.ref.localityById.get(id);
      const s = this.score.get(id) ?? 0;
      let guard = 0;
      while (l && l.parent && guard++ < 6) {
        const p = this.ref.localityById.get(l.parent);
        if (!p) break;
        if (levels.includes(p.level)) {
          up.set(p.id, (up.get(p.id) ?? 0) + s);
          if (!firstPos.has(p.id)) firstPos.set(p.id, this.first.get(id) ?? 0);
          break;
        }
        l = p;
      }
    }
    const best = [...up.keys()].sort((a, b) => (up.get(b) as number) - (up.get(a) as number) || (firstPos.get(a) as number) - (firstPos.get(b) as number))[0];
    return best ? (this.ref.localityById.get(best) ?? null) : null;
  }

  get dateUsed(): string | null {
    return this.date;
  }
}
