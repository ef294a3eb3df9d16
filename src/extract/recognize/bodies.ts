// Bodies and titles, as a grammar: title head × body head × locality.
//   body   := central | board ("Trung ương" | committee | ε) | committee [locality] | bloc [locality]
//           | institution [prefix [name]]
//   chain  := title [body] (SEP title [body])*      SEP := "," | "-" | "kiêm"
// Implicit parts (no locality written, a bare board) are resolved later against the article's locality.
import type { Doc } from "../doc.js";
import { isActive, longest } from "../doc.js";
import { CATEGORY_BIT } from "../matcher.js";
import type { Locality, LocalityLevel, OrgKind, Reference, TitleDef } from "../reference.js";
import { capitalRun, parseLocalityAt, syntheticLocality, type LocParse, type Salience } from "./localities.js";
import type { Token } from "../tokens.js";
import { lexKey } from "../reference.js";

export type BodyType = "central" | "committee" | "bloc" | "board" | "institution";

export interface BodyRef {
  tokStart: number;
  tokEnd: number;
  type: BodyType;
  def: number;
  /** a board written with "Trung ương": the central board */
  centralBoard: boolean;
  /** the committee a board belongs to, when written */
  parent: BodyRef | null;
  loc: LocParse | null;
  inChain: boolean;
}

const BODY_CATS = ["central", "board", "bloc", "committee", "institution"] as const;
const BODY_MASK = BODY_CATS.reduce((m, c) => m | CATEGORY_BIT[c], 0);

function isCentralWord(doc: Doc, j: number): number {
  const t = doc.tokens[j];
  if (!t) return 0;
  if (t.low === "tw" || t.low === "tư") return 1;
  if (t.low === "trung" && doc.tokens[j + 1]?.low === "ương") return 2;
  if (t.low === "t" && doc.tokens[j + 1]?.text === "." && doc.tokens[j + 2]?.low === "ư") return 3;
  return 0;
}

function parseCommitteeAt(doc: Doc, i: number, date: string | null, inChain: boolean): BodyRef | null {
  const ref = doc.ref;
  const bloc = longest(doc, i, "bloc");
  if (bloc) {
    const loc = parseLocalityAt(doc, bloc.end, date, true);
    return { tokStart: i, tokEnd: loc ? loc.tokEnd : bloc.end, type: "bloc", def: bloc.ref, centralBoard: false, parent: null, loc, inChain };
  }
  const c = longest(doc, i, "committee");
  if (!c) return null;
  const def = ref.committees[c.ref];
  if (!def) return null;
  // "Đảng ủy xã" names its level; the place is the article's commune
  let loc = parseLocalityAt(doc, c.end, date, def.needsExplicitLocality);
  if (!loc && def.levels && !def.needsExplicitLocality) {
    // "Huyện ủy Núi Thành": a committee names its place even when the gazetteer does not
    const first = doc.tokens[c.end];
    const e = first && first.cap && !first.lineStart && !doc.ref.surnames.has(first.low) ? capitalRun(doc, c.end) : -1;
    if (e > c.end) {
      const level = def.levels.includes("CITY") ? "CITY" : (def.levels[0] as LocalityLevel);
      loc = { tokStart: c.end, tokEnd: e, candidates: [syntheticLocality(doc, c.end, e, level)], levels: def.levels, prefix: null };
    }
  }
  if (loc && def.levels) {
    const fit = loc.candidates.filter((l) => (def.levels as LocalityLevel[]).includes(l.level));
    if (fit.length > 0) loc = { ...loc, candidates: fit };
    else if (!loc.prefix) loc = null;
  }
  if (def.needsExplicitLocality && !(loc && loc.prefix && loc.levels?.some((lv) => (def.levels as LocalityLevel[]).includes(lv)))) return null;
  return { tokStart: i, tokEnd: loc ? loc.tokEnd : c.end, type: "committee", def: c.ref, centralBoard: false, parent: null, loc, inChain };
}

export function parseBodyAt(doc: Doc, i: number, date: string | null, inChain: boolean): BodyRef | null {
  // most tokens start no body name: one mask test instead of five lookups
  if (((doc.masks[i] ?? 0) & BODY_MASK) === 0) return null;
  const ref = doc.ref;
  let bestCat: (typeof BODY_CATS)[number] | null = null;
  let bestEnd = -1;
  let bestRef = -1;
  for (const cat of BODY_CATS) {
    const m = longest(doc, i, cat);
    if (m && m.end > bestEnd) {
      bestCat = cat;
      bestEnd = m.end;
      bestRef = m.ref;
    }
  }
  if (!bestCat) return null;
  if (bestCat === "central") {
    let end = bestEnd;
    if (doc.tokens[end]?.low === "đảng" && !ref.central[bestRef]?.name.endsWith("Đảng")) end++;
    return { tokStart: i, tokEnd: end, type: "central", def: bestRef, centralBoard: false, parent: null, loc: null, inChain };
  }
  if (bestCat === "board") {
    const def = ref.boards[bestRef];
    if (!def) return null;
    const cw = isCentralWord(doc, bestEnd);
    if (cw > 0) {
      if (!def.central) return null;
      let end = bestEnd + cw;
      if (doc.tokens[end]?.low === "đảng") end++;
      return { tokStart: i, tokEnd: end, type: "board", def: bestRef, centralBoard: true, parent: null, loc: null, inChain };
    }
    const parent = parseCommitteeAt(doc, bestEnd, date, inChain);
    if (parent) return { tokStart: i, tokEnd: parent.tokEnd, type: "board", def: bestRef, centralBoard: false, parent, loc: null, inChain };
    const first = doc.tokens[i] as Token;
    const after = doc.tokens[bestEnd];
    // "Ban thường vụ các quận ủy": a kind of body, not one body
    if (after && (after.low === "các" || after.low === "những" || after.low === "cấp")) return null;
    // a bare board is the article's own only when written as a name (Ban Thường vụ, BTV)
    if (!first.cap || def.key === "thuong-truc" || def.key === "van-phong") return null;
    return { tokStart: i, tokEnd: bestEnd, type: "board", def: bestRef, centralBoard: false, parent: null, loc: null, inChain };
  }
  if (bestCat === "bloc" || bestCat === "committee") return parseCommitteeAt(doc, i, date, inChain);
  const def = ref.institutions[bestRef];
  if (!def) return null;
  const loc = parseLocalityAt(doc, bestEnd, date, true);
  if (!loc) {
    if (!(inChain || (def.provincial && (doc.tokens[i] as Token).cap)) || def.needsLevelWord) return null;
  }
  return { tokStart: i, tokEnd: loc ? loc.tokEnd : bestEnd, type: "institution", def: bestRef, centralBoard: false, parent: null, loc, inChain };
}

export interface ChainItem {
  tokStart: number;
  tokEnd: number;
  title: TitleDef;
  body: BodyRef | null;
}

export interface Chain {
  tokStart: number;
  tokEnd: number;
  items: ChainItem[];
}

function kindOf(ref: Reference, b: BodyRef): OrgKind {
  switch (b.type) {
    case "central":
      return ref.central[b.def]?.kind ?? "OTHER";
    case "board":
      return ref.boards[b.def]?.kind ?? "PARTY_BOARD";
    case "committee":
    case "bloc":
      return "PARTY_COMMITTEE";
    case "institution":
      return ref.institutions[b.def]?.kind ?? "OTHER";
  }
}

function parseTitleItem(doc: Doc, i: number, date: string | null): ChainItem | null {
  const t = longest(doc, i, "title");
  if (!t) return null;
  const def = doc.ref.titles[t.ref];
  if (!def) return null;
  let body: BodyRef | null = null;
  if (def.body === "follow") {
    body = parseBodyAt(doc, t.end, date, true);
    if (body && def.bodyKinds && !def.bodyKinds.includes(kindOf(doc.ref, body))) body = null;
    // "Phó Bí thư Đảng ủy, Chủ tịch UBND phường X": a bare "Đảng ủy" is the committee of the place
    // the chain names next (or the article's), so the chain goes on past it
    if (!body && def.implicit === "committee") {
      const c = longest(doc, t.end, "committee");
      if (c && doc.ref.committees[c.ref]?.needsExplicitLocality) return { tokStart: i, tokEnd: c.end, title: def, body: null };
    }
    if (!body && def.requiresBody) return null;
  }
  return { tokStart: i, tokEnd: body ? body.tokEnd : t.end, title: def, body };
}

function isSep(doc: Doc, j: number): number {
  const t = doc.tokens[j];
  if (!t) return 0;
  if (t.text === "," || t.text === "-") return 1;
  if (t.low === "kiêm") return 1;
  return 0;
}

/** A chain of titles starting at token i. */
export function parseChainAt(doc: Doc, i: number, date: string | null): Chain | null {
  const first = parseTitleItem(doc, i, date);
  if (!first) return null;
  const items = [first];
  let j = first.tokEnd;
  for (;;) {
    const s = isSep(doc, j);
    if (!s) break;
    let k = j + s;
    if (doc.tokens[k]?.low === "kiêm") k++;
    const next = parseTitleItem(doc, k, date);
    if (!next) break;
    items.push(next);
    j = next.tokEnd;
  }
  return { tokStart: i, tokEnd: j, items };
}

export function recognizeChains(doc: Doc, date: string | null): Chain[] {
  const out: Chain[] = [];
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!isActive(doc, i)) continue;
    if (!longest(doc, i, "title")) continue;
    // "Ban Bí thư": the title word inside a body name is not a title
    const prev = doc.tokens[i - 1];
    if (prev && (prev.low === "ban" || prev.low === "đảng")) continue;
    const c = parseChainAt(doc, i, date);
    if (!c) continue;
    out.push(c);
    i = c.tokEnd - 1;
  }
  return out;
}

/** "các quận ủy, huyện ủy": a kind of body named in passing, not one body of this article. */
function isGeneric(doc: Doc, b: BodyRef): boolean {
  const explicit = (x: BodyRef | null): boolean => !!x && !!x.loc && x.loc.candidates.length > 0;
  if (b.type === "central" || b.centralBoard || explicit(b) || explicit(b.parent)) return false;
  if ((doc.tokens[b.tokStart] as Token).cap) return false;
  const p1 = doc.tokens[b.tokStart - 1];
  if (p1 && ["các", "những", "từng", "mỗi", "cấp"].includes(p1.low)) return true;
  if (p1 && (p1.text === "," || p1.low === "và")) {
    for (const cat of ["committee", "institution", "board"] as const) {
      for (let k = Math.max(0, b.tokStart - 5); k < b.tokStart - 1; k++) {
        const m = longest(doc, k, cat);
        if (m && m.end === b.tokStart - 1) return true;
      }
    }
  }
  const n1 = doc.tokens[b.tokEnd];
  if (n1 && n1.text === ",") {
    const m = longest(doc, b.tokEnd + 1, "committee");
    if (m && !(doc.tokens[b.tokEnd + 1] as Token).cap) return true;
  }
  return false;
}

export function recognizeBodies(doc: Doc, date: string | null, skip: (tok: number) => boolean): BodyRef[] {
  const out: BodyRef[] = [];
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!isActive(doc, i) || skip(i)) continue;
    const b = parseBodyAt(doc, i, date, false);
    if (!b) continue;
    if (isGeneric(doc, b)) {
      i = b.tokEnd - 1;
      continue;
    }
    out.push(b);
    i = b.tokEnd - 1;
  }
  return out;
}

export interface OrgInfo {
  id: string;
  name: string;
  kind: OrgKind;
  level: string | null;
  locality: Locality | null;
  /** the committee this body is part of */
  parent: OrgInfo | null;
}

function locSlug(l: Locality): string {
  return l.id.replace(/^loc:/, "");
}

function levelWord(ref: Reference, l: Locality, written: string | null): string {
  const w = written ?? ref.levelWords[l.level] ?? "";
  const nameKey = lexKey(l.name);
  // gazetteer names that already carry their level word (Thành phố Hồ Chí Minh)
  for (const p of ref.locPrefixes) if (nameKey.startsWith(lexKey(p.form) + " ")) return "";
  return w;
}

function withWord(word: string, name: string): string {
  return word ? `${word} ${name}` : name;
}

export interface BodyContext {
  ref: Reference;
  salience: Salience;
  /** character offset of a token */
  offsetOf?: (tok: number) => number;
}

const BELOW_DISTRICT: LocalityLevel[] = ["WARD", "COMMUNE"];

function pickLocality(ctx: BodyContext, loc: LocParse | null, levels: LocalityLevel[] | null, at = -1): Locality | null {
  if (loc && loc.candidates.length > 0) {
    if (levels) {
      const fit = loc.candidates.find((c) => levels.includes(c.level));
      if (fit) return fit;
    }
    return loc.candidates[0] ?? null;
  }
  const want = loc?.levels ?? levels;
  // an article visiting several communes means the one it is at
  if (at >= 0 && ctx.offsetOf && want && want.every((l) => BELOW_DISTRICT.includes(l))) {
    const near = ctx.salience.lastBefore(want, ctx.offsetOf(at));
    if (near) return near;
  }
  return ctx.salience.resolve(want);
}

export function resolveCommittee(ctx: BodyContext, b: BodyRef): OrgInfo | null {
  const ref = ctx.ref;
  if (b.type === "bloc") {
    const def = ref.blocs[b.def];
    if (!def) return null;
    const l = pickLocality(ctx, b.loc, ["PROVINCE", "MUNICIPALITY"]);
    if (!l) return null;
    return {
      id: `org:${def.key}:${locSlug(l)}`,
      name: `${def.name} ${withWord(levelWord(ref, l, b.loc?.prefix ?? null), l.name)}`,
      kind: "PARTY_COMMITTEE",
      level: ref.orgLevels[l.level] ?? null,
      locality: l,
      parent: null,
    };
  }
  const def = ref.committees[b.def];
  if (!def) return null;
  const l = pickLocality(ctx, b.loc, def.levels, b.tokStart);
  if (!l) return null;
  // a prefix that admits the place's level ("Đảng ủy đặc khu" at Cồn Cỏ, once a district) settles it too
  if (def.levels && !def.levels.includes(l.level) && !(b.loc && (b.loc.candidates.length > 0 || (b.loc.prefix && b.loc.levels?.includes(l.level))))) return null;
  const name = def.levelWord ? `${def.name} ${withWord(levelWord(ref, l, b.loc?.prefix ?? null), l.name)}` : `${def.name} ${l.name}`;
  return { id: `org:${def.key}:${locSlug(l)}`, name, kind: def.kind, level: ref.orgLevels[l.level] ?? null, locality: l, parent: null };
}

/** The party committee of a locality: Tỉnh ủy for a province, Thành ủy for a city… */
export function committeeFor(ctx: BodyContext, l: Locality, key: string | null = null): OrgInfo | null {
  const ref = ctx.ref;
  // a committee named by its kind ("Quận ủy viên": the Quận ủy, not the Huyện ủy of the same level)
  const idx = ref.committees.findIndex((c) => c.levels?.includes(l.level) && (key === null || c.key === key));
  if (idx < 0) return null;
  const def = ref.committees[idx];
  if (!def) return null;
  const name = def.levelWord ? `${def.name} ${withWord(levelWord(ref, l, null), l.name)}` : `${def.name} ${l.name}`;
  return { id: `org:${def.key}:${locSlug(l)}`, name, kind: def.kind, level: ref.orgLevels[l.level] ?? null, locality: l, parent: null };
}

export function resolveBody(ctx: BodyContext, b: BodyRef): OrgInfo | null {
  const ref = ctx.ref;
  switch (b.type) {
    case "central": {
      const c = ref.central[b.def];
      return c ? { id: c.id, name: c.name, kind: c.kind, level: "CENTRAL", locality: null, parent: null } : null;
    }
    case "committee":
    case "bloc":
      return resolveCommittee(ctx, b);
    case "board": {
      const def = ref.boards[b.def];
      if (!def) return null;
      if (b.centralBoard) {
        return { id: `org:${def.key}-trung-uong`, name: def.central ?? `${def.name} Trung ương`, kind: def.kind, level: "CENTRAL", locality: null, parent: null };
      }
      let parent: OrgInfo | null = null;
      if (b.parent) parent = resolveCommittee(ctx, b.parent);
      else {
        const home = ctx.salience.resolve(null);
        parent = home ? committeeFor(ctx, home) : null;
      }
      if (!parent) return null;
      const pkey = parent.id.slice(4, parent.id.indexOf(":", 4));
      const loc = parent.id.slice(parent.id.indexOf(":", 4) + 1);
      return { id: `org:${def.key}-${pkey}:${loc}`, name: `${def.name} ${parent.name}`, kind: def.kind, level: parent.level, locality: parent.locality, parent };
    }
    case "institution": {
      const def = ref.institutions[b.def];
      if (!def) return null;
      const l = pickLocality(ctx, b.loc, def.provincial ? ["PROVINCE", "MUNICIPALITY"] : null);
      if (!l) return null;
      if (def.asCommittee) return committeeFor(ctx, l);
      return {
        id: `org:${def.key}:${locSlug(l)}`,
        name: `${def.name} ${withWord(levelWord(ref, l, b.loc?.prefix ?? null), l.name)}`,
        kind: def.kind,
        level: ref.orgLevels[l.level] ?? null,
        locality: l,
        parent: null,
      };
    }
  }
}
