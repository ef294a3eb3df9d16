// Every statement the writer runs. Labels and relationship types come only from the constant
// pattern lists in plan.ts; all values travel as parameters.
import { EDGE_PATTERNS, MENTION_LABELS, patternKey, type EdgePattern, type MentionLabel, type PatternKey } from "./plan.js";

const ALIASES = `n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;
const SEARCH = `n.searchText = reduce(s = '', p IN reduce(acc = [], x IN split(coalesce(n.searchText, ''), ' | ') + row.search |
    CASE WHEN x = '' OR x IN acc THEN acc ELSE acc + x END) | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + p)`;
const toDate = (expr: string) => `CASE WHEN ${expr} IS NULL THEN null ELSE date(${expr}) END`;

/** Which articles exist (and their text hashes) and the same-name Person candidates, in one round trip. */
export const PRECHECK = `
CALL { UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN collect([a.id, a.textHash]) AS existing }
CALL { UNWIND $slugs AS slug MATCH (p:Person) WHERE p.id STARTS WITH slug + '@' RETURN collect([slug, p.id]) AS candidates }
RETURN existing, candidates`;

export const SAME_NAME_CANDIDATES = `
UNWIND $slugs AS slug
MATCH (p:Person) WHERE p.id STARTS WITH slug + '@'
RETURN slug, collect(p.id) AS ids`;

// Scalar properties: the first writer wins and later articles fill gaps (reference nodes are
// seeded first, so the gazetteer and catalogue keep their names); aliases and search text grow.
export const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.publishedAt = row.publishedAt, a.publishedOn = ${toDate("row.publishedOn")},
    a.source = row.source, a.url = row.url, a.path = row.path, a.authors = row.authors,
    a.textHash = row.textHash, a.extractorVersion = row.extractorVersion, a.ingestedAt = datetime()`;

export const MERGE_PERSONS = `
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
  ON CREATE SET n.name = row.name, n.nameAscii = row.nameAscii
SET n.gender = coalesce(n.gender, row.gender), n.resolution = row.resolution, ${ALIASES}, ${SEARCH}`;

export const MERGE_ORGANIZATIONS = `
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
  ON CREATE SET n.name = row.name, n.nameAscii = row.nameAscii
SET n.kind = coalesce(n.kind, row.kind), n.level = coalesce(n.level, row.level), ${ALIASES}, ${SEARCH}`;

export const MERGE_LOCALITIES = `
UNWIND $rows AS row
MERGE (n:Locality {id: row.id})
  ON CREATE SET n.name = row.name, n.nameAscii = row.nameAscii
SET n.level = coalesce(n.level, row.level),
    n.validFrom = coalesce(n.validFrom, ${toDate("row.validFrom")}),
    n.validUntil = coalesce(n.validUntil, ${toDate("row.validUntil")}), ${ALIASES}, ${SEARCH}`;

export const MERGE_RESOLUTIONS = `
UNWIND $rows AS row
MERGE (n:Resolution {id: row.id})
  ON CREATE SET n.title = row.title
SET n.docType = coalesce(n.docType, row.docType), n.code = coalesce(n.code, row.code),
    n.number = coalesce(n.number, row.number), n.plenum = coalesce(n.plenum, row.plenum),
    n.term = coalesce(n.term, row.term), n.issuedOn = coalesce(n.issuedOn, ${toDate("row.issuedOn")}),
    n.catalogued = coalesce(n.catalogued, false) OR row.catalogued, ${ALIASES}, ${SEARCH}`;

export const MERGE_EVENTS = `
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
  ON CREATE SET n.name = row.name
SET n.eventType = coalesce(n.eventType, row.eventType), n.date = coalesce(n.date, ${toDate("row.date")}),
    n.dateInferred = coalesce(n.dateInferred, row.dateInferred)`;

export const MERGE_MENTIONS: Record<MentionLabel, string> = Object.fromEntries(
  MENTION_LABELS.map((label) => [
    label,
    `
UNWIND $rows AS row
MATCH (a:Article {id: row.article}) MATCH (n:${label} {id: row.id})
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = row.count, m.spans = row.spans, m.aliases = row.aliases`,
  ]),
) as Record<MentionLabel, string>;

export const MERGE_REPORTS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article}) MATCH (n:Event {id: row.id})
MERGE (a)-[:REPORTS]->(n)`;

// sources is a set; evidence[i] quotes sources[i] for the first $maxEvidence sources, which lets a
// retraction drop exactly the quotes of the article it removes. Values are read inside SET (not
// projected by an earlier WITH) because one UNWIND may carry several articles' rows for one edge.
const SOURCES = `
SET r.evidence = CASE WHEN row.article IN coalesce(r.sources, []) OR size(coalesce(r.evidence, [])) <> size(coalesce(r.sources, []))
      OR size(coalesce(r.evidence, [])) >= $maxEvidence THEN coalesce(r.evidence, []) ELSE coalesce(r.evidence, []) + row.quote END,
    r.sources = CASE WHEN row.article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.article END`;

// seenIn ("<article id> <date>") records which article reported which date, so replacing an
// article can withdraw its dates from asOf/firstSeen/lastSeen.
const SEEN = `
SET r.seenIn = reduce(acc = coalesce(r.seenIn, []), d IN row.dates | CASE WHEN row.article + ' ' + d IN acc THEN acc ELSE acc + (row.article + ' ' + d) END)
WITH r, row, [d IN row.dates | date(d)] AS ds WHERE size(ds) > 0
WITH r, ds, reduce(m = ds[0], d IN ds | CASE WHEN d < m THEN d ELSE m END) AS lo,
     reduce(m = ds[0], d IN ds | CASE WHEN d > m THEN d ELSE m END) AS hi
SET r.firstSeen = CASE WHEN r.firstSeen IS NULL OR lo < r.firstSeen THEN lo ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR hi > r.lastSeen THEN hi ELSE r.lastSeen END`;

function edgeCypher(p: EdgePattern): string {
  const key = p.type === "HOLDS_POSITION" ? " {title: row.key}" : p.type === "PARTICIPATED_IN" ? " {role: row.key}" : "";
  let extra = "";
  if (p.type === "HOLDS_POSITION") {
    extra = `${SEEN}
SET r.asOf = reduce(acc = coalesce(r.asOf, []), d IN ds | CASE WHEN d IN acc THEN acc ELSE acc + d END)`;
  } else if (p.type === "IMPLEMENTS") {
    extra = SEEN;
  } else if (p.type === "PARTICIPATED_IN") {
    extra = `
SET r.title = coalesce(r.title, row.title)`;
  }
  return `
UNWIND $rows AS row
MATCH (a:${p.from} {id: row.from}) MATCH (b:${p.to} {id: row.to})
MERGE (a)-[r:${p.type}${key}]->(b)${SOURCES}${extra}`;
}

export const MERGE_EDGES = new Map<PatternKey, string>(EDGE_PATTERNS.map((p) => [patternKey(p), edgeCypher(p)]));

export const MERGE_SAME_AS = `
UNWIND $rows AS row
MATCH (a:Person {id: row.from}) MATCH (b:Person {id: row.to})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.reason = row.reason,
    r.sources = CASE WHEN row.article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.article END`;

// Retraction of one article's claims (before its new version is written, same transaction).
// Every edge an article supports touches a node it MENTIONS or REPORTS, so those are the start points.
// Dates are recomputed from the remaining seenIn entries (edges written before seenIn existed keep theirs).
export const RETRACT_EDGES = `
MATCH (:Article {id: $id})-[:MENTIONS|REPORTS]->(n)
MATCH (n)-[r]-()
WHERE $id IN coalesce(r.sources, [])
WITH DISTINCT r
WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $id] AS keep, coalesce(r.evidence, []) AS ev
SET r.evidence = [i IN keep WHERE i < size(ev) | ev[i]], r.sources = [i IN keep | r.sources[i]]
WITH r
CALL {
  WITH r
  WITH r WHERE r.seenIn IS NOT NULL
  WITH r, [s IN r.seenIn WHERE NOT s STARTS WITH $id + ' '] AS seen
  WITH r, seen, [s IN seen | date(substring(s, size(s) - 10))] AS ds
  SET r.seenIn = seen,
      r.firstSeen = reduce(m = null, d IN ds | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
      r.lastSeen = reduce(m = null, d IN ds | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
      r.asOf = CASE WHEN r.asOf IS NULL OR size(ds) = 0 THEN null ELSE reduce(acc = [], d IN ds | CASE WHEN d IN acc THEN acc ELSE acc + d END) END
}
WITH r WHERE size(r.sources) = 0 AND coalesce(r.reference, false) = false
DELETE r`;

// The aliases a node keeps once this article's mentions go: its reference names plus what the
// other articles called it. Returned so the writer can rebuild searchText (folding is done in code).
// Nodes mentioned by articles written before MENTIONS carried aliases are left as they are.
export const RETRACT_ALIASES = `
MATCH (:Article {id: $id})-[:MENTIONS]->(n)
WHERE n.aliases IS NOT NULL
  AND ((coalesce(n.reference, false) = false AND coalesce(n.catalogued, false) = false) OR n.referenceAliases IS NOT NULL)
WITH n, [(o:Article)-[m:MENTIONS]->(n) WHERE o.id <> $id | m.aliases] AS lists
WHERE all(l IN lists WHERE l IS NOT NULL)
WITH n, reduce(acc = coalesce(n.referenceAliases, []), l IN lists | reduce(a = acc, x IN l | CASE WHEN x IN a THEN a ELSE a + x END)) AS aliases
WHERE aliases <> n.aliases
SET n.aliases = aliases
RETURN elementId(n) AS node, coalesce(n.name, n.title) AS name, n.code AS code, aliases`;

export const SET_SEARCH_TEXT = `
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.node
SET n.searchText = row.searchText`;

export const RETRACT_NODES = `
MATCH (:Article {id: $id})-[m:MENTIONS|REPORTS]->(n)
DELETE m
WITH DISTINCT n
WHERE NOT EXISTS { (n)--() } AND coalesce(n.reference, false) = false AND coalesce(n.catalogued, false) = false
DELETE n`;

/** Parameter name of each edge pattern's rows in WRITE_ALL. */
export const EDGE_PARAM = new Map<PatternKey, string>(EDGE_PATTERNS.map((p, i) => [patternKey(p), `edges${i}`]));

/** The placeholder row that stands for "no rows" in WRITE_ALL's parameters (see writeRows). */
export const NO_ROW: Record<string, never> = {};

function asSubquery(statement: string, param: string): string {
  return `CALL {${statement.replace("UNWIND $rows AS row", `UNWIND $${param} AS row WITH row WHERE size(keys(row)) > 0`)}\n}`;
}

/**
 * Every write of a batch as ONE statement of unit subqueries, run in order: one round trip per
 * transaction instead of one per label and relationship type. Empty lists make a subquery a no-op.
 * `replan=skip`: planning this statement takes seconds, and a growing graph makes Neo4j discard the
 * cached plan every few batches; every lookup here is a unique-id seek, so a stale plan stays right.
 */
export const WRITE_ALL = "CYPHER replan=skip\n" + [
  asSubquery(MERGE_ARTICLES, "articles"),
  asSubquery(MERGE_PERSONS, "persons"),
  asSubquery(MERGE_ORGANIZATIONS, "organizations"),
  asSubquery(MERGE_LOCALITIES, "localities"),
  asSubquery(MERGE_RESOLUTIONS, "resolutions"),
  asSubquery(MERGE_EVENTS, "events"),
  ...MENTION_LABELS.map((l) => asSubquery(MERGE_MENTIONS[l], `mentions${l}`)),
  asSubquery(MERGE_REPORTS, "reports"),
  ...EDGE_PATTERNS.map((p) => asSubquery(MERGE_EDGES.get(patternKey(p))!, EDGE_PARAM.get(patternKey(p))!)),
  asSubquery(MERGE_SAME_AS, "sameAs"),
].join("\n");
