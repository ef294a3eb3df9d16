// Compiled reference knowledge: lexicons, gazetteer and document catalogue, plus the one trie
// that finds all their phrases in a single pass. Built once by buildReference(raw); pure.
import { normalizeText } from "./normalize.js";
import { TokenTrie, type Category } from "./matcher.js";
import { phraseKeys } from "./tokens.js";
import { foldDiacritics, foldThenLowerCase } from "./fold.js";

export type LocalityLevel = "COUNTRY" | "PROVINCE" | "MUNICIPALITY" | "CITY" | "DISTRICT" | "TOWN" | "WARD" | "COMMUNE";
export type OrgKind =
  | "PARTY_COMMITTEE"
  | "STANDING_COMMITTEE"
  | "PARTY_BOARD"
  | "PARTY_ORGANIZATION"
  | "GOVERNMENT"
  | "PEOPLES_COUNCIL"
  | "FRONT"
  | "MASS_ORGANIZATION"
  | "STATE_AGENCY"
  | "PRESS"
  | "OTHER";
export type DocType = "RESOLUTION" | "DIRECTIVE" | "CONCLUSION" | "REGULATION" | "GUIDANCE" | "DECISION" | "CHARTER" | "LAW" | "OTHER";

export interface Locality {
  id: string;
  name: string;
  /** lexKey(name) */
  key: string;
  level: LocalityLevel;
  parent: string | null;
  aliases: string[];
  validFrom: string | null;
  validUntil: string | null;
  successor: string | null;
}

export interface CatalogueDoc {
  id: string;
  code: string | null;
  number: string | null;
  docType: DocType;
  issuer: string | null;
  issuedOn: string | null;
  term: string | null;
  plenum: number | null;
  title: string;
  aliases: string[];
}

export interface TitleDef {
  title: string;
  /** "follow" or a fixed org id */
  body: string;
  implicit: "committee" | null;
  /** "Tỉnh ủy viên": a member of the committee of this key, at the level the form names */
  memberOf: string | null;
  requiresBody: boolean;
  bodyKinds: OrgKind[] | null;
}

export interface CentralBody {
  id: string;
  name: string;
  kind: OrgKind;
}

export interface LocalBodyDef {
  key: string;
  name: string;
  kind: OrgKind;
  /** locality levels a committee serves (committees only) */
  levels: LocalityLevel[] | null;
  /** the name carries the locality's level word (Ủy ban nhân dân tỉnh …) */
  levelWord: boolean;
  /** only with a written level word or locality (Đảng bộ tỉnh, Công an huyện) */
  needsLevelWord: boolean;
  needsExplicitLocality: boolean;
  /** boards: their central counterpart's name, e.g. Ban Tuyên giáo Trung ương */
  central: string | null;
  /** another name for the locality's party committee */
  asCommittee: boolean;
  /** a bare name is the province's own (Sở Y tế, with no place written, is the article's province's) */
  provincial: boolean;
  /** key of the institution that is its party committee ("Bí thư Đảng ủy, Giám đốc Công an tỉnh") */
  partyCommittee: string | null;
}

export interface LocPrefixDef {
  form: string;
  levels: LocalityLevel[];
}

export interface DocTypeDef {
  type: DocType;
  name: string;
  code: string | null;
  /** only a document when written with a capital (Luật, Quyết định; "kỷ luật 9 đảng viên" is not) */
  capitalized: boolean;
}

export interface RoleDef {
  role: string;
}

export interface HonorificDef {
  form: string;
  gender: "MALE" | "FEMALE" | null;
}

export interface TermDef {
  term: string;
  from: string;
}

export interface RawLocalities {
  version?: string;
  reformDate?: string;
  localities: Array<{
    id: string;
    name: string;
    level: string;
    parent?: string | null;
    aliases?: string[];
    validFrom?: string | null;
    validUntil?: string | null;
    successor?: string | null;
  }>;
}

export interface RawDocuments {
  version?: string;
  documents: Array<{
    id: string;
    code?: string | null;
    number?: string | number | null;
    docType: string;
    issuer?: string | null;
    issuedOn?: string | null;
    term?: string | null;
    plenum?: number | null;
    title?: string;
    aliases?: string[];
  }>;
}

/** The JSON files of seeds/reference, keyed by file stem. Missing files compile to empty lexicons. */
export type RawReference = Record<string, unknown>;

export interface Reference {
  version: string;
  reformDate: string;
  trie: TokenTrie;
  localities: Locality[];
  localityById: Map<string, Locality>;
  childrenOf: Map<string, Locality[]>;
  docs: CatalogueDoc[];
  docById: Map<string, CatalogueDoc>;
  docByCode: Map<string, CatalogueDoc>;
  /** Every catalogue document per code key: codes repeat across terms (19-NQ/TW of 2012, 2017 and 2022). */
  docsByCode: Map<string, CatalogueDoc[]>;
  docsByTypeNumber: Map<string, CatalogueDoc[]>;
  docsByPlenum: Map<string, CatalogueDoc[]>;
  titles: TitleDef[];
  central: CentralBody[];
  centralById: Map<string, CentralBody>;
  committees: LocalBodyDef[];
  blocs: LocalBodyDef[];
  boards: LocalBodyDef[];
  institutions: LocalBodyDef[];
  locPrefixes: LocPrefixDef[];
  levelWords: Record<string, string>;
  orgLevels: Record<string, string>;
  docTypes: DocTypeDef[];
  codeTypes: Record<string, DocType>;
  charter: { id: string; name: string };
  ordinals: number[];
  terms: TermDef[];
  roles: RoleDef[];
  rolePriority: string[];
  honorifics: HonorificDef[];
  eventTypes: string[];
  surnames: Set<string>;
  requirePrefix: Set<string>;
  sectionLabels: Set<string>;
  localityNameKeys: Set<string>;
  boilerplate: {
    cutAfter: Set<string>;
    lines: string[];
    captionPrefixes: string[];
    /** words of a site's name line (BÁO …, … ĐIỆN TỬ, … TV) */
    mastheadWords: string[];
    sourcePrefixes: string[];
    updatedPrefixes: string[];
    agencies: Record<string, string>;
    creditStop: Set<string>;
  };
  /** locality id -> abbreviation forms like TPCT resolved at build time */
  abbreviations: Array<{ abbr: string; expansion: string }>;
}

function obj(raw: RawReference, key: string): Record<string, unknown> {
  const v = raw[key];
  return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
}

function arr<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

function norm(s: string): string {
  return normalizeText(s).text;
}

/** Lookup key for lexicon comparisons outside the trie: folded, lower-case, single spaces (input already normalized). */
// whitespace that is not a lone space between two other characters
/** The whitespace of JavaScript's \s other than the plain space. */
function isOtherSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What /\s\s|[^\S ]|^ | $/ finds, as one loop over the units: the key needs its spaces rewritten. */
function hasOddSpace(k: string): boolean {
  const n = k.length;
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || k.charCodeAt(i + 1) === 32) return true;
    } else if (c < 0xa0 ? c <= 13 && c >= 9 : isOtherSpace(c)) return true;
  }
  return false;
}

export function lexKey(s: string): string {
  const k = foldThenLowerCase(s);
  // most keys are already clean: skip building a copy
  return hasOddSpace(k) ? k.replace(/\s+/g, " ").trim() : k;
}

function rawKey(s: string): string {
  return lexKey(norm(s));
}

/** Canonical document code key: "05-CT/TW" and "5-CT/TƯ" give "5-CT/TW". */
export function codeKey(code: string): string | null {
  // State codes: 202/2025/QH15 (National Assembly), 15/2019/NĐ-CP (Government), 123/QĐ-TTg (Prime Minister)
  const st = /^\s*(\d+)\s*\/\s*(?:(\d{4})\s*\/\s*)?(\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*)\s*$/u.exec(norm(code));
  if (st && (st[2] || (st[3] as string).includes("-"))) {
    return `${parseInt(st[1] as string, 10)}/${st[2] ? `${st[2]}/` : ""}${foldDiacritics(st[3] as string).toUpperCase()}`;
  }
  const m = /^\s*(\d+)\s*[-/]?\s*([\p{L}]+(?:-[\p{L}]+)?)\s*[/-]\s*([\p{L}.]+(?:-[\p{L}]+)?)\s*$/u.exec(norm(code));
  if (!m) return null;
  const rawIssuer = (m[3] as string).toUpperCase().replace(/\./g, "");
  // TƯ is Trung ương (= TW); folding it would collide with TU (Tỉnh ủy)
  const issuer = rawIssuer === "TƯ" ? "TW" : foldDiacritics(rawIssuer);
  return `${parseInt(m[1] as string, 10)}-${foldDiacritics(m[2] as string).toUpperCase()}/${issuer}`;
}

const ROMAN: Array<[number, string]> = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

export function toRoman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

export function fromRoman(s: string): number | null {
  const u = s.toUpperCase();
  if (!/^[IVXLC]+$/.test(u)) return null;
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const a = val[u[i] as string] as number;
    const b = i + 1 < u.length ? (val[u[i + 1] as string] as number) : 0;
    total += a < b ? -a : a;
  }
  return toRoman(total) === u ? total : null;
}

/** Replace abbreviation expansions inside a phrase's token keys, giving the abbreviated variants. */
function variants(keys: string[], abbrs: Array<{ abbr: string[]; exp: string[] }>, depth = 2): string[][] {
  const out: string[][] = [keys];
  if (depth === 0) return out;
  for (const { abbr, exp } of abbrs) {
    for (let i = 0; i + exp.length <= keys.length; i++) {
      let ok = true;
      for (let k = 0; k < exp.length; k++) {
        if (keys[i + k] !== exp[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const v = [...keys.slice(0, i), ...abbr, ...keys.slice(i + exp.length)];
      for (const vv of variants(v, abbrs, depth - 1)) out.push(vv);
    }
  }
  return out;
}

const LEVELS = new Set(["COUNTRY", "PROVINCE", "MUNICIPALITY", "CITY", "DISTRICT", "TOWN", "WARD", "COMMUNE"]);
const DOC_TYPES = new Set(["RESOLUTION", "DIRECTIVE", "CONCLUSION", "REGULATION", "GUIDANCE", "DECISION", "CHARTER", "LAW", "OTHER"]);

export function buildReference(raw: RawReference): Reference {
  const trie = new TokenTrie();
  const abbreviationsRaw = arr<{ abbr: string; expansion: string }>(obj(raw, "abbreviations").abbreviations).map((a) => ({
    abbr: norm(a.abbr),
    expansion: norm(a.expansion),
  }));
  const abbrKeys = abbreviationsRaw
    .map((a) => ({ abbr: phraseKeys(a.abbr), exp: phraseKeys(a.expansion) }))
    .filter((a) => a.exp.length > 0 && a.abbr.length > 0 && a.abbr.join(" ") !== a.exp.join(" "));
  const add = (phrase: string, cat: Category, ref: number, withVariants = true): void => {
    const keys = phraseKeys(norm(phrase));
    if (keys.length === 0) return;
    const all = withVariants ? variants(keys, abbrKeys) : [keys];
    for (const k of all) trie.add(k, { cat, ref });
  };

  // Gazetteer
  const locRaw = obj(raw, "localities") as unknown as Partial<RawLocalities> & { reformDate?: string };
  const localities: Locality[] = [];
  for (const l of arr<RawLocalities["localities"][number]>(locRaw.localities)) {
    if (!l || typeof l.id !== "string" || typeof l.name !== "string") continue;
    const level = LEVELS.has(l.level) ? (l.level as LocalityLevel) : "DISTRICT";
    localities.push({
      id: l.id,
      name: norm(l.name),
      key: lexKey(norm(l.name)),
      level,
      parent: l.parent ?? null,
      aliases: arr<string>(l.aliases).map(norm),
      validFrom: l.validFrom ?? null,
      validUntil: l.validUntil ?? null,
      successor: l.successor ?? null,
    });
  }
  const localityById = new Map(localities.map((l) => [l.id, l]));
  const childrenOf = new Map<string, Locality[]>();
  localities.forEach((l, i) => {
    if (l.parent) {
      const c = childrenOf.get(l.parent) ?? [];
      c.push(l);
      childrenOf.set(l.parent, c);
    }
    add(l.name, "loc", i, false);
    for (const a of l.aliases) add(a, "loc", i, false);
  });
  // Abbreviations naming a locality (TPCT) point at the locality directly.
  const bodies = obj(raw, "bodies");
  const locPrefixes = arr<LocPrefixDef>(bodies.localityPrefixes).map((p) => ({ form: norm(p.form), levels: p.levels }));
  const prefixKeys = locPrefixes.map((p) => lexKey(p.form));
  for (const a of abbreviationsRaw) {
    let exp = lexKey(a.expansion);
    for (const pk of prefixKeys) if (exp.startsWith(pk + " ")) exp = exp.slice(pk.length + 1);
    localities.forEach((l, i) => {
      if (lexKey(l.name) === exp && l.level !== "COUNTRY" && exp !== lexKey(a.abbr)) {
        const isPrefixed = lexKey(a.expansion) !== exp;
        if (isPrefixed) trie.add(phraseKeys(a.abbr), { cat: "loc", ref: i });
      }
    });
  }
  locPrefixes.forEach((p, i) => add(p.form, "locPrefix", i));

  // Document catalogue
  const docsRaw = obj(raw, "documents") as unknown as Partial<RawDocuments>;
  const docs: CatalogueDoc[] = [];
  for (const d of arr<RawDocuments["documents"][number]>(docsRaw.documents)) {
    if (!d || typeof d.id !== "string") continue;
    docs.push({
      id: d.id,
      code: d.code ?? null,
      number: d.number === null || d.number === undefined ? null : String(d.number),
      docType: DOC_TYPES.has(d.docType) ? (d.docType as DocType) : "OTHER",
      issuer: d.issuer ?? null,
      issuedOn: d.issuedOn ?? null,
      term: d.term ?? null,
      plenum: typeof d.plenum === "number" ? d.plenum : null,
      title: norm(d.title ?? d.code ?? d.id),
      aliases: arr<string>(d.aliases).map(norm),
    });
  }
  const docById = new Map(docs.map((d) => [d.id, d]));
  const docByCode = new Map<string, CatalogueDoc>();
  const docsByCode = new Map<string, CatalogueDoc[]>();
  const docsByTypeNumber = new Map<string, CatalogueDoc[]>();
  const docsByPlenum = new Map<string, CatalogueDoc[]>();
  docs.forEach((d, i) => {
    if (d.code) {
      const k = codeKey(d.code);
      if (k && !docByCode.has(k)) docByCode.set(k, d);
      if (k) docsByCode.set(k, [...(docsByCode.get(k) ?? []), d]);
    }
    if (d.number && /^\d+$/.test(d.number)) {
      const k = `${d.docType}|${parseInt(d.number, 10)}`;
      const l = docsByTypeNumber.get(k) ?? [];
      l.push(d);
      docsByTypeNumber.set(k, l);
    }
    if (d.term && d.plenum !== null) {
      const k = `${d.term}|${d.plenum}`;
      const l = docsByPlenum.get(k) ?? [];
      l.push(d);
      docsByPlenum.set(k, l);
    }
    for (const a of d.aliases) {
      // Aliases that are bare codes are handled by the code pattern; phrase aliases go to the trie.
      if (!codeKey(a)) add(a, "docAlias", i, false);
    }
  });

  // Titles and bodies
  const titles: TitleDef[] = [];
  for (const t of arr<{ title: string; forms: string[]; body?: string; implicit?: string; memberOf?: string; requiresBody?: boolean; bodyKinds?: OrgKind[] }>(
    obj(raw, "titles").titles,
  )) {
    const i = titles.length;
    titles.push({
      title: norm(t.title),
      body: t.body ?? "follow",
      implicit: t.implicit === "committee" ? "committee" : null,
      memberOf: t.memberOf ?? null,
      requiresBody: t.requiresBody === true,
      bodyKinds: t.bodyKinds ?? null,
    });
    // forms are the surface heads; "Trưởng Ban" is written "Trưởng" + the board's own name
    for (const f of arr<string>(t.forms)) add(f, "title", i);
  }
  const central: CentralBody[] = [];
  for (const c of arr<{ id: string; name: string; kind: OrgKind; forms: string[] }>(bodies.central)) {
    const i = central.length;
    central.push({ id: c.id, name: norm(c.name), kind: c.kind });
    for (const f of arr<string>(c.forms)) add(f, "central", i);
  }
  const toDef = (b: Record<string, unknown>, kind: OrgKind): LocalBodyDef => ({
    key: String(b.key),
    name: norm(String(b.name)),
    kind: (b.kind as OrgKind) ?? kind,
    levels: Array.isArray(b.levels) ? (b.levels as LocalityLevel[]) : null,
    levelWord: b.levelWord === true,
    needsLevelWord: b.needsLevelWord === true,
    needsExplicitLocality: b.needsExplicitLocality === true,
    central: typeof b.central === "string" ? norm(b.central) : null,
    asCommittee: b.asCommittee === true,
    provincial: b.provincial === true,
    partyCommittee: typeof b.partyCommittee === "string" ? b.partyCommittee : null,
  });
  const committees = arr<Record<string, unknown>>(bodies.committees).map((b) => toDef(b, "PARTY_COMMITTEE"));
  committees.forEach((b, i) => arr<string>((bodies.committees as Array<Record<string, unknown>>)[i]?.forms).forEach((f) => add(f, "committee", i)));
  const blocs = arr<Record<string, unknown>>(bodies.blocs).map((b) => ({ ...toDef(b, "PARTY_COMMITTEE"), levelWord: true }));
  blocs.forEach((b, i) => arr<string>((bodies.blocs as Array<Record<string, unknown>>)[i]?.forms).forEach((f) => add(f, "bloc", i)));
  const boards = arr<Record<string, unknown>>(bodies.boards).map((b) => toDef(b, "PARTY_BOARD"));
  boards.forEach((b, i) => arr<string>((bodies.boards as Array<Record<string, unknown>>)[i]?.forms).forEach((f) => add(f, "board", i)));
  const institutions = arr<Record<string, unknown>>(bodies.institutions).map((b) => ({ ...toDef(b, "OTHER"), levelWord: true }));
  institutions.forEach((b, i) =>
    arr<string>((bodies.institutions as Array<Record<string, unknown>>)[i]?.forms).forEach((f) => add(f, "institution", i)),
  );

  // Documents vocabulary
  const dt = obj(raw, "doc-types");
  const docTypes: DocTypeDef[] = [];
  for (const d of arr<{ type: DocType; name: string; forms: string[]; code: string | null; capitalized?: boolean }>(dt.docTypes)) {
    const i = docTypes.length;
    docTypes.push({ type: d.type, name: norm(d.name), code: d.code, capitalized: d.capitalized === true });
    for (const f of arr<string>(d.forms)) add(f, "docType", i);
  }
  const charterRaw = (dt.charter ?? { name: "Điều lệ Đảng", forms: ["Điều lệ Đảng"], id: "doc:dieu-le-dang" }) as {
    name: string;
    forms: string[];
    id: string;
  };
  for (const f of arr<string>(charterRaw.forms)) add(f, "charter", 0);
  arr<string>(dt.plenumWords).forEach((w, i) => add(w, "plenumWord", i));
  const ordinals: number[] = [];
  for (const [w, n] of Object.entries((dt.ordinals ?? {}) as Record<string, number>)) {
    ordinals.push(n);
    add(w, "ordinal", ordinals.length - 1, false);
  }
  const terms = arr<TermDef>(dt.terms).sort((a, b) => a.from.localeCompare(b.from));
  const codeTypes = (dt.codeTypes ?? {}) as Record<string, DocType>;
  const codeTypesFolded: Record<string, DocType> = {};
  for (const [k, v] of Object.entries(codeTypes)) codeTypesFolded[foldDiacritics(norm(k)).toUpperCase()] = v;

  // Events and roles
  const ev = obj(raw, "event-types");
  const eventTypes: string[] = [];
  for (const e of arr<{ type: string; heads: string[] }>(ev.eventTypes)) {
    for (const h of arr<string>(e.heads)) {
      eventTypes.push(e.type);
      add(h, "eventHead", eventTypes.length - 1, false);
    }
  }
  arr<string>(ev.triggers).forEach((w, i) => add(w, "trigger", i, false));
  arr<string>(ev.anaphoric).forEach((w, i) => add(w, "anaphoric", i, false));
  arr<string>(ev.anaphoricBefore).forEach((w, i) => add(w, "anaphoricBefore", i, false));
  arr<string>(ev.notEventAfter).forEach((w, i) => add(w, "notEventAfter", i));
  const ro = obj(raw, "roles");
  const roles: RoleDef[] = [];
  for (const r of arr<{ role: string; cues: string[] }>(ro.roles)) {
    for (const c of arr<string>(r.cues)) {
      roles.push({ role: r.role });
      add(c, "role", roles.length - 1, false);
    }
  }
  arr<string>(ro.beforeNameCues).forEach((w, i) => add(w, "beforeCue", i, false));
  const honorifics = arr<HonorificDef>(ro.honorifics).map((h) => ({ form: norm(h.form), gender: h.gender ?? null }));
  honorifics.forEach((h, i) => add(h.form, "honorific", i, false));
  arr<string>(ro.implementationVerbs).forEach((w, i) => add(w, "implVerb", i, false));

  const lr = obj(raw, "locality-rules");
  arr<string>(lr.personCues).forEach((w, i) => add(w, "personCue", i, false));
  const surnames = new Set(arr<string>(obj(raw, "surnames").surnames).map((s) => norm(s).toLowerCase()));

  const bp = obj(raw, "boilerplate");
  return {
    version: [locRaw.version, docsRaw.version].filter(Boolean).join("+") || "0",
    reformDate: typeof locRaw.reformDate === "string" ? locRaw.reformDate : "2025-07-01",
    trie,
    localities,
    localityById,
    childrenOf,
    docs,
    docById,
    docByCode,
    docsByCode,
    docsByTypeNumber,
    docsByPlenum,
    titles,
    central,
    centralById: new Map(central.map((c) => [c.id, c])),
    committees,
    blocs,
    boards,
    institutions,
    locPrefixes,
    levelWords: (bodies.levelWords ?? {}) as Record<string, string>,
    orgLevels: (bodies.orgLevels ?? {}) as Record<string, string>,
    docTypes,
    codeTypes: codeTypesFolded,
    charter: { id: charterRaw.id, name: norm(charterRaw.name) },
    ordinals,
    terms,
    roles,
    rolePriority: arr<string>(ro.priority),
    honorifics,
    eventTypes,
    surnames,
    requirePrefix: new Set(arr<string>(lr.requirePrefix).map(rawKey)),
    sectionLabels: new Set(arr<string>(lr.sectionLabels).map(rawKey)),
    localityNameKeys: new Set(localities.map((l) => lexKey(l.name))),
    boilerplate: {
      cutAfter: new Set(arr<string>(bp.cutAfter).map(rawKey)),
      lines: arr<string>(bp.lines).map(rawKey),
      captionPrefixes: arr<string>(bp.captionPrefixes).map(rawKey),
      mastheadWords: arr<string>(bp.mastheadWords).map((w) => norm(w).toLowerCase()),
      sourcePrefixes: arr<string>(bp.sourcePrefixes).map(norm),
      updatedPrefixes: arr<string>(bp.updatedPrefixes).map(rawKey),
      agencies: (bp.agencies ?? {}) as Record<string, string>,
      creditStop: new Set(arr<string>(bp.creditStopWords).map(rawKey)),
    },
    abbreviations: abbreviationsRaw,
  };
}

