// Every statement the writer runs. Labels and relationship types come only from the constant
// pattern lists in plan.ts; all values travel as parameters.
import { NODE_LABELS, type NodeLabel } from "./node-refs.js";
import { EDGE_PATTERNS, MENTION_LABELS, patternKey, type EdgePattern, type MentionLabel, type PatternKey } from "./plan.js";

const ALIASES = `n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;
const SEARCH = `n.searchText = reduce(s = '', p IN reduce(acc = [], x IN split(coalesce(n.searchText, ''), ' | ') + row.search |
    CASE WHEN x = '' OR x IN acc THEN acc ELSE acc + x END) | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + p)`;
const toDate = (expr: string) => `CASE WHEN ${expr} IS NULL THEN null ELSE date(${expr}) END`;

/** CONCERNS.date of an undated event: above every real date, so newest-first puts it first as a null would. */
export const UNDATED = "9999-12-31";

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

/**
 * Lets through only the rows that would change their node: a name or search part it lacks, or a gap
 * one of `fills` would fill. Most rows of a batch are nodes seen many times before (a province, a
 * central body) whose SET would write the same values, yet lock the node until the commit and so
 * hold up the other batch in flight.
 */
function whenChanged(fills: string[], extra = ""): string {
  const gaps = fills.map((f) => ` OR (n.${f} IS NULL AND row.${f} IS NOT NULL)`).join("");
  return `
WITH n, row WHERE n.aliases IS NULL OR n.searchText IS NULL${gaps}${extra}
  OR any(x IN row.aliases WHERE NOT x IN n.aliases)
  OR any(x IN row.search WHERE x <> '' AND NOT x IN split(n.searchText, ' | '))`;
}

export const MERGE_PERSONS = `
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
  ON CREATE SET n.name = row.name, n.nameAscii = row.nameAscii${whenChanged(["gender"], " OR n.resolution IS NULL OR n.resolution <> row.resolution")}
SET n.gender = coalesce(n.gender, row.gender), n.resolution = row.resolution, ${ALIASES}, ${SEARCH}`;

export const MERGE_ORGANIZATIONS = `
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
  ON CREATE SET n.name = row.name, n.nameAscii = row.nameAscii${whenChanged(["kind", "level"])}
SET n.kind = coalesce(n.kind, row.kind), n.level = coalesce(n.level, row.level), ${ALIASES}, ${SEARCH}`;

export const MERGE_LOCALITIES = `
UNWIND $rows AS row
MERGE (n:Locality {id: row.id})
  ON CREATE SET n.name = row.name, n.nameAscii = row.nameAscii${whenChanged(["level", "validFrom", "validUntil"])}
SET n.level = coalesce(n.level, row.level),
    n.validFrom = coalesce(n.validFrom, ${toDate("row.validFrom")}),
    n.validUntil = coalesce(n.validUntil, ${toDate("row.validUntil")}), ${ALIASES}, ${SEARCH}`;

export const MERGE_RESOLUTIONS = `
UNWIND $rows AS row
MERGE (n:Resolution {id: row.id})
  ON CREATE SET n.title = row.title${whenChanged(["docType", "code", "number", "plenum", "term", "issuedOn"], " OR n.catalogued IS NULL OR (row.catalogued AND NOT n.catalogued)")}
SET n.docType = coalesce(n.docType, row.docType), n.code = coalesce(n.code, row.code),
    n.number = coalesce(n.number, row.number), n.plenum = coalesce(n.plenum, row.plenum),
    n.term = coalesce(n.term, row.term), n.issuedOn = coalesce(n.issuedOn, ${toDate("row.issuedOn")}),
    n.catalogued = coalesce(n.catalogued, false) OR row.catalogued, ${ALIASES}, ${SEARCH}`;

export const MERGE_EVENTS = `
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
  ON CREATE SET n.name = row.name
SET n.eventType = coalesce(n.eventType, row.eventType), n.date = coalesce(n.date, ${toDate("row.date")}),
    n.dateInferred = coalesce(n.dateInferred, row.dateInferred)
WITH n WHERE n.date IS NOT NULL
MATCH (n)-[c:CONCERNS]->() WHERE c.date <> n.date
SET c.date = n.date`;

// An article's MENTIONS and REPORTS are created, not merged: only new articles are written (an unchanged
// one is skipped, a changed one has lost all of them to RETRACT_NODES earlier in the same transaction),
// and a batch holds each article once. CREATE spares a look through the relationships of the node at
// the other end, which for a province or a central body means thousands. Counts and offsets are
// stored as integers.
// The relationship statements below run inside WRITE_ALL only: their end nodes come from the lists
// LOOK_UP fills (node-refs.ts), by the positions each row carries. A row whose node is missing is
// dropped, as a MATCH by id would drop it.
const nodeList = (label: NodeLabel) => `nodes${label}`;
const endNodes = (fromLabel: NodeLabel, fromPos: string, toLabel: NodeLabel, toPos: string, a: string, b: string) => `
WITH row, ${nodeList(fromLabel)}[row.${fromPos}][0] AS ${a}, ${nodeList(toLabel)}[row.${toPos}][0] AS ${b}
WHERE ${a} IS NOT NULL AND ${b} IS NOT NULL`;

export const MERGE_MENTIONS: Record<MentionLabel, string> = Object.fromEntries(
  MENTION_LABELS.map((label) => [
    label,
    `
UNWIND $rows AS row${endNodes("Article", "ai", label, "ni", "a", "n")}
CREATE (a)-[:MENTIONS {count: toInteger(row.count), spans: [x IN row.spans | toInteger(x)], aliases: row.aliases}]->(n)`,
  ]),
) as Record<MentionLabel, string>;

export const MERGE_REPORTS = `
UNWIND $rows AS row${endNodes("Article", "ai", "Event", "ni", "a", "n")}
CREATE (a)-[:REPORTS]->(n)`;

// sources is a set; evidence[i] quotes sources[i] for the first $maxEvidence sources, which lets a
// retraction drop exactly the quotes of the article it removes. A row carries every article of the
// batch that supports the relationship (plan.ts groupEdgeRows), so the lists are rewritten once, in
// one SET, from the values read just before it.
// The write lock is taken (SET r._lock) before the lists are read: a read projected by WITH is not
// locked, and two batches in flight extending one relationship's lists would each lose the other's article.
const READ_SUPPORT = `
SET r._lock = true
WITH r, row, coalesce(r.sources, []) AS src, coalesce(r.evidence, []) AS ev
WITH r, row, src, ev, [i IN range(0, size(row.articles) - 1) WHERE NOT row.articles[i] IN src] AS fresh`;
const SET_SUPPORT = `
SET r.sources = src + [i IN fresh | row.articles[i]],
    r.evidence = CASE WHEN size(ev) <> size(src) OR size(ev) >= $maxEvidence THEN ev
      ELSE ev + [i IN fresh | row.quotes[i]][0..($maxEvidence - size(ev))] END`;

// seenIn ("<article id> <date>") records which article reported which date, so replacing an
// article can withdraw its dates from asOf/firstSeen/lastSeen. Without dates only seenIn is touched.
const SET_SEEN = `,
    r.seenIn = coalesce(r.seenIn, []) + [s IN row.seen WHERE NOT s IN coalesce(r.seenIn, [])],
    r.firstSeen = CASE WHEN row.first IS NULL THEN r.firstSeen WHEN r.firstSeen IS NULL OR date(row.first) < r.firstSeen THEN date(row.first) ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN row.last IS NULL THEN r.lastSeen WHEN r.lastSeen IS NULL OR date(row.last) > r.lastSeen THEN date(row.last) ELSE r.lastSeen END`;
// CONCERNS copies its document's id and its event's date, for the relationship index concern_doc_date
// (READ_SUPPORT keeps only r and row in scope: the event is r's start node).
const SET_CONCERN = `,
    r.doc = row.to, r.date = coalesce(startNode(r).date, date('${UNDATED}'))`;
const SET_AS_OF = `,
    r.asOf = CASE WHEN size(row.dates) = 0 THEN r.asOf
      ELSE reduce(acc = coalesce(r.asOf, []), d IN [x IN row.dates | date(x)] | CASE WHEN d IN acc THEN acc ELSE acc + d END) END`;

function edgeCypher(p: EdgePattern): string {
  const key = p.type === "HOLDS_POSITION" ? " {title: row.key}" : p.type === "PARTICIPATED_IN" ? " {role: row.key}" : "";
  let extra = "";
  if (p.type === "HOLDS_POSITION") extra = SET_SEEN + SET_AS_OF;
  else if (p.type === "IMPLEMENTS") extra = SET_SEEN;
  else if (p.type === "CONCERNS") extra = SET_CONCERN;
  else if (p.type === "PARTICIPATED_IN") extra = `,
    r.title = coalesce(r.title, row.title)`;
  return `
UNWIND $rows AS row${endNodes(p.from, "fi", p.to, "ti", "a", "b")}
MERGE (a)-[r:${p.type}${key}]->(b)${READ_SUPPORT}${SET_SUPPORT}${extra}
REMOVE r._lock`;
}

export const MERGE_EDGES = new Map<PatternKey, string>(EDGE_PATTERNS.map((p) => [patternKey(p), edgeCypher(p)]));

/**
 * "<article id> <event id>" for each event an article of `articles` reports about document `b`,
 * organized by body `a` or one of its parts: the events that back the claim (a)-[:IMPLEMENTS]->(b).
 */
export const backingEvents = (articles: string) => `COLLECT {
  UNWIND ${articles} AS sid
  MATCH (:Article {id: sid})-[:REPORTS]->(e:Event)-[:CONCERNS]->(b)
  WHERE EXISTS { (e)<-[:ORGANIZED]-(:Organization)-[:PART_OF*0..1]->(a) }
  RETURN sid + ' ' + e.id }`;

// Run after every edge of the batch is written (the events' ORGANIZED and CONCERNS come later than
// IMPLEMENTS). A relationship without eventsIn predates it: all its sources are looked at.
export const MERGE_IMPLEMENTS_EVENTS = `
UNWIND $rows AS row${endNodes("Organization", "fi", "Resolution", "ti", "a", "b")}
MATCH (a)-[r:IMPLEMENTS]->(b)
WITH r, ${backingEvents("CASE WHEN r.eventsIn IS NULL THEN r.sources ELSE row.articles END")} AS found
WITH r, [s IN found WHERE NOT s IN coalesce(r.eventsIn, [])] AS fresh
WHERE r.eventsIn IS NULL OR size(fresh) > 0
SET r.eventsIn = coalesce(r.eventsIn, []) + fresh`;

export const MERGE_SAME_AS = `
UNWIND $rows AS row${endNodes("Person", "fi", "Person", "ti", "a", "b")}
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
FOREACH (_ IN CASE WHEN r.eventsIn IS NULL THEN [] ELSE [1] END | SET r.eventsIn = [s IN r.eventsIn WHERE NOT s STARTS WITH $id + ' '])
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

/** Parameter name of each label's id list (node-refs.ts) in WRITE_ALL. */
export const idsParam = (label: NodeLabel) => `ids${label}`;

/**
 * Resolves a label's id list to its nodes, once per batch, after the nodes are merged: a list of
 * one-element lists (collect would drop a missing node and shift the positions after it).
 */
const lookUp = (label: NodeLabel) => `CALL {
UNWIND range(0, size($${idsParam(label)}) - 1) AS i
OPTIONAL MATCH (n:${label} {id: $${idsParam(label)}[i]})
WITH i, n ORDER BY i
RETURN collect([n]) AS ${nodeList(label)}
}`;

function asSubquery(statement: string, param: string, labels: NodeLabel[] = []): string {
  const scope = labels.length ? ` (${[...new Set(labels)].map(nodeList).join(", ")})` : "";
  return `CALL${scope} {${statement.replace("UNWIND $rows AS row", `UNWIND $${param} AS row WITH * WHERE size(keys(row)) > 0`)}\n}`;
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
  ...NODE_LABELS.map(lookUp),
  ...MENTION_LABELS.map((l) => asSubquery(MERGE_MENTIONS[l], `mentions${l}`, ["Article", l])),
  asSubquery(MERGE_REPORTS, "reports", ["Article", "Event"]),
  ...EDGE_PATTERNS.map((p) => asSubquery(MERGE_EDGES.get(patternKey(p))!, EDGE_PARAM.get(patternKey(p))!, [p.from, p.to])),
  asSubquery(MERGE_SAME_AS, "sameAs", ["Person"]),
  asSubquery(MERGE_IMPLEMENTS_EVENTS, EDGE_PARAM.get("IMPLEMENTS:Organization:Resolution")!, ["Organization", "Resolution"]),
].join("\n");
