// ExtractionResult → parameter rows for the batched writes. Pure: the same result and identity
// decisions always give the same rows. Anything the graph model does not allow is dropped here and
// reported in `skipped`, so the Cypher never sees an unexpected label or relationship type.
import { foldDiacritics } from "../extract/fold.js";
import type { Entity, EntityType, ExtractionResult, PropertyValue, Relation } from "../extract/types.js";
import { CENTRAL_SCOPE, type IdentityDecision, type PersonContext } from "./identity.js";
import { searchParts, type ProvinceIndex } from "./reference-seed.js";

/** Allowed (type, from label, to label) triples; the only source of labels/types in edge Cypher. */
export const EDGE_PATTERNS = [
  { type: "HOLDS_POSITION", from: "Person", to: "Organization" },
  { type: "PARTICIPATED_IN", from: "Person", to: "Event" },
  { type: "PART_OF", from: "Organization", to: "Organization" },
  { type: "PART_OF", from: "Locality", to: "Locality" },
  { type: "BASED_IN", from: "Organization", to: "Locality" },
  { type: "SUCCEEDED_BY", from: "Locality", to: "Locality" },
  { type: "ISSUED_BY", from: "Resolution", to: "Organization" },
  { type: "IMPLEMENTS", from: "Organization", to: "Resolution" },
  { type: "ORGANIZED", from: "Organization", to: "Event" },
  { type: "HELD_IN", from: "Event", to: "Locality" },
  { type: "CONCERNS", from: "Event", to: "Resolution" },
] as const;

export type EdgePattern = (typeof EDGE_PATTERNS)[number];
export type PatternKey = `${EdgePattern["type"]}:${EdgePattern["from"]}:${EdgePattern["to"]}`;
export const MENTION_LABELS = ["Person", "Organization", "Locality", "Resolution"] as const;
export type MentionLabel = (typeof MENTION_LABELS)[number];

export function patternKey(p: EdgePattern): PatternKey {
  return `${p.type}:${p.from}:${p.to}` as PatternKey;
}

const PATTERN_BY_KEY = new Map<string, EdgePattern>(EDGE_PATTERNS.map((p) => [patternKey(p), p]));

export const MAX_QUOTE = 200;

/**
 * The identity of one relationship as an article's claim: pattern, end ids and key (title or role). The
 * article keeps the full list (relationships keep only a sample of their sources), so replacing the
 * article finds every relationship it supported.
 */
export function claimKey(pattern: PatternKey, from: string, key: string | null, to: string): string {
  return `${pattern}\t${from}\t${key ?? ""}\t${to}`;
}

export interface Claim { pattern: PatternKey; from: string; key: string | null; to: string; dates: string[] }

/** The inverse of claimKey, with the dates the article gave; null for a pattern no longer in the model. */
export function parseClaim(claim: string, dates: string): Claim | null {
  const [pattern, from, key, to] = claim.split("\t");
  if (!pattern || !PATTERN_BY_KEY.has(pattern) || from === undefined || to === undefined) return null;
  return { pattern: pattern as PatternKey, from, key: key ? key : null, to, dates: dates ? dates.split(",") : [] };
}

export interface ArticleRow {
  id: string;
  title: string | null;
  publishedAt: string | null;
  publishedOn: string | null;
  source: string | null;
  url: string | null;
  path: string | null;
  authors: string[];
  textHash: string;
  extractorVersion: string;
  /** The relationships this article supports (claimKey), with the dates it gave for each (claimDates, same index). */
  claims: string[];
  /** Comma-separated ISO dates, "" when the article gave none. */
  claimDates: string[];
}

export interface PersonRow { id: string; name: string; nameAscii: string; aliases: string[]; gender: string | null; search: string[]; resolution: string }
export interface OrganizationRow { id: string; name: string; nameAscii: string; aliases: string[]; kind: string | null; level: string | null; search: string[] }
export interface LocalityRow { id: string; name: string; nameAscii: string; aliases: string[]; level: string | null; validFrom: string | null; validUntil: string | null; search: string[] }
export interface ResolutionRow {
  id: string; title: string; aliases: string[]; docType: string | null; code: string | null; number: string | null;
  plenum: number | null; term: string | null; issuedOn: string | null; catalogued: boolean; search: string[];
}
export interface EventRow { id: string; name: string; eventType: string | null; date: string | null; dateInferred: boolean | null }
/** `aliases`: the names this article used for the node, so that replacing the article can withdraw them. */
export interface MentionRow { article: string; id: string; count: number; spans: number[]; aliases: string[] }
export interface EdgeRow {
  article: string;
  from: string;
  to: string;
  /** HOLDS_POSITION title / PARTICIPATED_IN role: part of the edge's identity. */
  key: string | null;
  quote: string;
  /** asOf (HOLDS_POSITION) or seen dates (IMPLEMENTS), ISO. */
  dates: string[];
  title: string | null;
}
export interface SameAsRow { article: string; from: string; to: string; reason: string }

/**
 * One relationship as the batch write takes it: the rows of every article of the batch that support
 * it, folded together in article order, so each relationship's lists are read and rewritten once per
 * batch rather than once per article.
 */
export interface EdgeWriteRow {
  from: string;
  to: string;
  key: string | null;
  /** Supporting articles, each with its quote (same index). */
  articles: string[];
  quotes: string[];
  /** The distinct dates the articles gave, in order, with how many articles gave each (same index). */
  dates: string[];
  dateCounts: number[];
  /** The earliest and the latest of `dates` (ISO, null without dates). */
  first: string | null;
  last: string | null;
  /** PARTICIPATED_IN: the first title given. */
  title: string | null;
}

export interface WriteRows {
  articles: ArticleRow[];
  persons: PersonRow[];
  organizations: OrganizationRow[];
  localities: LocalityRow[];
  resolutions: ResolutionRow[];
  events: EventRow[];
  mentions: Record<MentionLabel, MentionRow[]>;
  reports: Array<{ article: string; id: string }>;
  edges: Map<PatternKey, EdgeRow[]>;
  sameAs: SameAsRow[];
}

export interface ArticlePlan {
  articleId: string;
  rows: WriteRows;
  /** Relations (or entities) left out, with why. */
  skipped: string[];
}

export function emptyRows(): WriteRows {
  return {
    articles: [], persons: [], organizations: [], localities: [], resolutions: [], events: [],
    mentions: { Person: [], Organization: [], Locality: [], Resolution: [] },
    reports: [], edges: new Map(), sameAs: [],
  };
}

/** Appends `add` into `acc` (for writing several articles with one set of queries). */
export function appendRows(acc: WriteRows, add: WriteRows): WriteRows {
  acc.articles.push(...add.articles);
  acc.persons.push(...add.persons);
  acc.organizations.push(...add.organizations);
  acc.localities.push(...add.localities);
  acc.resolutions.push(...add.resolutions);
  acc.events.push(...add.events);
  for (const l of MENTION_LABELS) acc.mentions[l].push(...add.mentions[l]);
  acc.reports.push(...add.reports);
  for (const [k, rows] of add.edges) {
    const list = acc.edges.get(k);
    if (list) list.push(...rows);
    else acc.edges.set(k, [...rows]);
  }
  acc.sameAs.push(...add.sameAs);
  return acc;
}

// ---- property helpers -------------------------------------------------------------------------

function str(props: Record<string, PropertyValue>, key: string): string | null {
  const v = props[key];
  return typeof v === "string" && v.trim() !== "" ? v : typeof v === "number" ? String(v) : null;
}

function int(props: Record<string, PropertyValue>, key: string): number | null {
  const v = props[key];
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : null;
}

function bool(props: Record<string, PropertyValue>, key: string): boolean | null {
  const v = props[key];
  return typeof v === "boolean" ? v : null;
}

/** "2012-12-14" or the date part of a date-time, only if it is a real calendar date. */
export function isoDateOrNull(v: PropertyValue | undefined): string | null {
  if (typeof v !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d ? m[0].slice(0, 10) : null;
}

export function quoteOf(rel: Relation): string {
  const text = (rel.evidence[0]?.text ?? "").replace(/\s+/g, " ").trim();
  return text.length <= MAX_QUOTE ? text : `${text.slice(0, MAX_QUOTE - 1)}…`;
}

function distinct(values: Iterable<string>, exclude?: string): string[] {
  const out: string[] = [];
  for (const v of values) if (v && v !== exclude && !out.includes(v)) out.push(v);
  return out;
}

function dedupeEntities(entities: readonly Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    const k = `${e.type}\u0000${e.id}`;
    const seen = byKey.get(k);
    if (seen) byKey.set(k, { ...seen, aliases: [...seen.aliases, ...e.aliases], mentions: [...seen.mentions, ...e.mentions] });
    else byKey.set(k, e);
  }
  return [...byKey.values()];
}

// ---- identity context ---------------------------------------------------------------------------

export interface IdentityReference {
  provinces: ProvinceIndex;
  /** Ids of central bodies (bodies.json "central", catalogue issuers). */
  centralOrgIds: ReadonlySet<string>;
}

/** Province key of the article's most-mentioned locality, ties to the earliest mention. */
export function homeProvince(result: ExtractionResult, ref: IdentityReference): string | null {
  const weight = new Map<string, { count: number; first: number }>();
  for (const e of result.entities) {
    if (e.type !== "Locality") continue;
    const p = ref.provinces.provinceOf(e.id);
    if (!p) continue;
    const first = Math.min(...e.mentions.map((m) => m.start), Number.MAX_SAFE_INTEGER);
    const w = weight.get(p) ?? { count: 0, first };
    w.count += Math.max(1, e.mentions.length);
    w.first = Math.min(w.first, first);
    weight.set(p, w);
  }
  let best: string | null = null;
  let bw = { count: -1, first: 0 };
  for (const [p, w] of weight) {
    if (w.count > bw.count || (w.count === bw.count && w.first < bw.first)) {
      best = p;
      bw = w;
    }
  }
  return best;
}

function orgScope(org: Entity, result: ExtractionResult, ref: IdentityReference): string | null {
  if (str(org.properties, "level") === "CENTRAL" || ref.centralOrgIds.has(org.id)) return CENTRAL_SCOPE;
  const loc = str(org.properties, "locality") ?? result.relations.find((r) => r.type === "BASED_IN" && r.from === org.id)?.to;
  if (loc) return ref.provinces.provinceOf(loc);
  const m = /^org:[^:]+:(.+)$/.exec(org.id);
  return m ? ref.provinces.provinceOf(`loc:${m[1]}`) : null;
}

/** The context the identity rules need for each Person of the article. */
export function personContexts(result: ExtractionResult, ref: IdentityReference): PersonContext[] {
  const orgs = new Map(result.entities.filter((e) => e.type === "Organization").map((e) => [e.id, e]));
  const home = homeProvince(result, ref);
  const persons = dedupeEntities(result.entities.filter((e) => e.type === "Person"));
  return persons.map((p) => {
    const scopes: string[] = [];
    for (const r of result.relations) {
      if (r.type !== "HOLDS_POSITION" || r.from !== p.id) continue;
      const org = orgs.get(r.to);
      const scope = org ? orgScope(org, result, ref) : null;
      if (scope) scopes.push(scope);
    }
    return { slug: p.id, positionScopes: scopes, homeProvince: home, articleId: result.article.id };
  });
}

// ---- the plan -----------------------------------------------------------------------------------

/** Rows for one article, with persons already mapped to their graph ids by `identities` (keyed by extractor id). */
export function planArticle(result: ExtractionResult, identities: ReadonlyMap<string, IdentityDecision>): ArticlePlan {
  const a = result.article;
  const rows = emptyRows();
  const skipped: string[] = [];
  const aid = a.id;
  rows.articles.push({
    id: aid,
    title: a.title,
    publishedAt: a.publishedAt,
    publishedOn: isoDateOrNull(a.publishedAt),
    source: a.source,
    url: a.url,
    path: a.path,
    authors: a.authors,
    textHash: a.textHash,
    extractorVersion: result.extractorVersion,
    claims: [],
    claimDates: [],
  });
  const articleDate = isoDateOrNull(a.publishedAt);

  const labelOf = new Map<string, EntityType>();
  const graphId = new Map<string, string>();
  for (const e of dedupeEntities(result.entities)) {
    const p = e.properties;
    const aliases = distinct(e.aliases, e.name);
    let nodeAliases = aliases;
    const nameAscii = str(p, "nameAscii") ?? foldDiacritics(e.name);
    let id = e.id;
    switch (e.type) {
      case "Person": {
        const d = identities.get(e.id);
        if (!d) {
          skipped.push(`person ${e.id}: no identity decision`);
          continue;
        }
        id = d.id;
        const gender = str(p, "gender");
        rows.persons.push({
          id, name: e.name, nameAscii, aliases, gender: gender === "MALE" || gender === "FEMALE" ? gender : null,
          search: searchParts(e.name, aliases), resolution: d.resolution,
        });
        for (const c of d.possiblySameAs) rows.sameAs.push({ article: aid, from: id, to: c.id, reason: c.reason });
        break;
      }
      case "Organization":
        rows.organizations.push({ id, name: e.name, nameAscii, aliases, kind: str(p, "kind"), level: str(p, "level"), search: searchParts(e.name, aliases) });
        break;
      case "Locality":
        rows.localities.push({
          id, name: e.name, nameAscii, aliases, level: str(p, "level"),
          validFrom: isoDateOrNull(p.validFrom), validUntil: isoDateOrNull(p.validUntil), search: searchParts(e.name, aliases),
        });
        break;
      case "Resolution": {
        const code = str(p, "code");
        nodeAliases = distinct([e.name, ...aliases]);
        rows.resolutions.push({
          id, title: e.name, aliases: nodeAliases, docType: str(p, "docType"), code,
          number: str(p, "number"), plenum: int(p, "plenum"), term: str(p, "term"), issuedOn: isoDateOrNull(p.issuedOn),
          catalogued: bool(p, "catalogued") ?? false, search: searchParts(e.name, [...aliases, ...(code ? [code] : [])]),
        });
        break;
      }
      case "Event":
        rows.events.push({ id, name: e.name, eventType: str(p, "eventType"), date: isoDateOrNull(p.date), dateInferred: bool(p, "dateInferred") });
        break;
      default:
        skipped.push(`entity ${String(e.id)}: unknown type ${String((e as Entity).type)}`);
        continue;
    }
    labelOf.set(e.id, e.type);
    graphId.set(e.id, id);
    if (e.type === "Event") {
      rows.reports.push({ article: aid, id });
    } else {
      const spans: number[] = [];
      for (const m of e.mentions) spans.push(m.start, m.end);
      rows.mentions[e.type].push({ article: aid, id, count: e.mentions.length, spans, aliases: nodeAliases });
    }
  }

  const byEdge = new Map<string, { key: PatternKey; row: EdgeRow }>();
  for (const r of result.relations) {
    const fromLabel = labelOf.get(r.from);
    const toLabel = labelOf.get(r.to);
    if (!fromLabel || !toLabel) {
      skipped.push(`${r.type} ${r.from} → ${r.to}: endpoint is not an entity of the article`);
      continue;
    }
    const key = `${r.type}:${fromLabel}:${toLabel}`;
    const pattern = PATTERN_BY_KEY.get(key);
    if (!pattern) {
      skipped.push(`${r.type} ${r.from} → ${r.to}: (${fromLabel})-[:${r.type}]->(${toLabel}) is not in the graph model`);
      continue;
    }
    let edgeKey: string | null = null;
    let title: string | null = null;
    let dates: string[] = [];
    if (pattern.type === "HOLDS_POSITION") {
      edgeKey = str(r.properties, "title");
      if (!edgeKey) {
        skipped.push(`HOLDS_POSITION ${r.from} → ${r.to}: no title`);
        continue;
      }
      const d = isoDateOrNull(r.properties.asOf) ?? isoDateOrNull(r.properties.date) ?? articleDate;
      dates = d ? [d] : [];
    } else if (pattern.type === "PARTICIPATED_IN") {
      edgeKey = str(r.properties, "role") ?? "OTHER";
      title = str(r.properties, "title");
    } else if (pattern.type === "IMPLEMENTS") {
      const d = isoDateOrNull(r.properties.firstSeen) ?? isoDateOrNull(r.properties.date) ?? articleDate;
      dates = d ? [d] : [];
    }
    const from = graphId.get(r.from)!;
    const to = graphId.get(r.to)!;
    const k = `${key}\u0000${from}\u0000${to}\u0000${edgeKey ?? ""}`;
    const seen = byEdge.get(k);
    if (seen) {
      seen.row.dates = distinct([...seen.row.dates, ...dates]);
      if (!seen.row.quote) seen.row.quote = quoteOf(r);
      seen.row.title ??= title;
      continue;
    }
    byEdge.set(k, { key: key as PatternKey, row: { article: aid, from, to, key: edgeKey, quote: quoteOf(r), dates, title } });
  }
  const article = rows.articles[0]!;
  for (const { key, row } of byEdge.values()) {
    article.claims.push(claimKey(key, row.from, row.key, row.to));
    article.claimDates.push(row.dates.join(","));
    const list = rows.edges.get(key);
    if (list) list.push(row);
    else rows.edges.set(key, [row]);
  }
  return { articleId: aid, rows, skipped };
}

type NodeRow = { id: string; aliases?: string[]; search?: string[] } & Record<string, unknown>;

/** One row per node id: articles of a batch share many nodes (a province, a central body). */
function mergeById<T extends NodeRow>(rows: T[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) {
      byId.set(row.id, { ...row });
      continue;
    }
    for (const [k, v] of Object.entries(row)) {
      if (k === "aliases" || k === "search") (seen as Record<string, unknown>)[k] = distinct([...((seen[k] as string[]) ?? []), ...(v as string[])]);
      // `resolution` is overwritten by each write, so the last article's reason wins, as when written one by one
      else if (k === "resolution" || seen[k] === null || seen[k] === undefined) (seen as Record<string, unknown>)[k] = v;
    }
  }
  return [...byId.values()];
}

/** Folds the rows of one relationship from several articles into one (article order kept). */
export function groupEdgeRows(rows: readonly EdgeRow[]): EdgeWriteRow[] {
  const byEdge = new Map<string, EdgeWriteRow>();
  for (const row of rows) {
    const k = `${row.from}\u0000${row.to}\u0000${row.key ?? ""}`;
    let edge = byEdge.get(k);
    if (!edge) {
      edge = { from: row.from, to: row.to, key: row.key, articles: [], quotes: [], dates: [], dateCounts: [], first: null, last: null, title: null };
      byEdge.set(k, edge);
    }
    if (!edge.articles.includes(row.article)) {
      edge.articles.push(row.article);
      edge.quotes.push(row.quote);
    }
    // an article's dates are distinct (planArticle), so each adds one to its date's count
    for (const d of row.dates) {
      const at = edge.dates.indexOf(d);
      if (at >= 0) edge.dateCounts[at]! += 1;
      else {
        edge.dates.push(d);
        edge.dateCounts.push(1);
      }
      if (edge.first === null || d < edge.first) edge.first = d;
      if (edge.last === null || d > edge.last) edge.last = d;
    }
    edge.title ??= row.title;
  }
  return [...byEdge.values()];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows in key order: concurrent batches then lock the nodes they share (a province, a central body) in
 * the same order, so they wait for each other instead of deadlocking and being retried.
 */
function sortRows<T>(rows: T[], key: (row: T) => string): T[] {
  return rows.sort((x, y) => byText(key(x), key(y)));
}

/** The parameters of one batch write. */
export interface BatchRows extends Omit<WriteRows, "edges"> {
  edges: Map<PatternKey, EdgeWriteRow[]>;
}

/**
 * One row per node and per relationship for a batch of articles (node properties and relationship
 * support merged across articles), each list in key order. Mentions and reports stay per article.
 */
export function compactRows(rows: WriteRows): BatchRows {
  const edges = new Map<PatternKey, EdgeWriteRow[]>();
  for (const [key, list] of rows.edges) edges.set(key, sortRows(groupEdgeRows(list), (e) => `${e.from}\u0000${e.to}\u0000${e.key ?? ""}`));
  const byId = (row: { id: string }) => row.id;
  return {
    articles: sortRows(rows.articles, byId),
    persons: sortRows(mergeById(rows.persons as unknown as NodeRow[]) as unknown as PersonRow[], byId),
    organizations: sortRows(mergeById(rows.organizations as unknown as NodeRow[]) as unknown as OrganizationRow[], byId),
    localities: sortRows(mergeById(rows.localities as unknown as NodeRow[]) as unknown as LocalityRow[], byId),
    resolutions: sortRows(mergeById(rows.resolutions as unknown as NodeRow[]) as unknown as ResolutionRow[], byId),
    events: sortRows(mergeById(rows.events as unknown as NodeRow[]) as unknown as EventRow[], byId),
    mentions: {
      Person: sortRows(rows.mentions.Person, byId),
      Organization: sortRows(rows.mentions.Organization, byId),
      Locality: sortRows(rows.mentions.Locality, byId),
      Resolution: sortRows(rows.mentions.Resolution, byId),
    },
    reports: sortRows(rows.reports, byId),
    edges,
    sameAs: sortRows(rows.sameAs, (r) => `${r.from}\u0000${r.to}`),
  };
}
