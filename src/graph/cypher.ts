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
    a.textHash = row.textHash, a.extractorVersion = row.extractorVersion, a.ingestedAt = datetime(),
    a.claims = row.claims, a.claimDates = row.claimDates`;

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

// Support of a relationship: `sourceCount` articles claim it (each article lists its claims, see
// plan.ts claimKey); `sources` keeps the latest $sampleSize of them, newest last, and `evidence` quotes
// the first $maxEvidence, `evidenceFrom[i]` naming the article of `evidence[i]`. Bounded lists keep the
// write of a relationship that thousands of articles support (a document's issuer, a body's locality)
// as cheap as the first one. A row carries every article of the batch that supports the relationship
// (plan.ts groupEdgeRows), so the lists are rewritten once, in one SET, from the values read just before.
// The write lock is taken (SET r._lock) before the lists are read: a read projected by WITH is not
// locked, and two batches in flight extending one relationship would each lose the other's article.
const READ_SUPPORT = `
SET r._lock = true
WITH r, row, coalesce(r.sources, []) AS src, coalesce(r.evidence, []) AS ev
WITH r, row, src, ev, [i IN range(0, size(row.articles) - 1) WHERE NOT row.articles[i] IN src] AS fresh`;
const SET_SUPPORT = `
SET r.sources = (src + [i IN fresh | row.articles[i]])[-$sampleSize..],
    r.sourceCount = coalesce(r.sourceCount, size(src)) + size(fresh),
    r.evidenceFrom = CASE WHEN size(ev) >= $maxEvidence THEN r.evidenceFrom
      ELSE coalesce(r.evidenceFrom, []) + [i IN fresh | row.articles[i]][0..($maxEvidence - size(ev))] END,
    r.evidence = CASE WHEN size(ev) >= $maxEvidence THEN ev
      ELSE ev + [i IN fresh | row.quotes[i]][0..($maxEvidence - size(ev))] END`;

// Dated relationships (HOLDS_POSITION, IMPLEMENTS) keep each date reported (`asOf`) with how many
// articles reported it (`asOfCounts`), so replacing an article can withdraw dates only it gave.
const READ_DATES = `
WITH r, row, src, ev, fresh, coalesce(r.asOf, []) AS ds0, coalesce(r.asOfCounts, []) AS cs0, [d IN row.dates | date(d)] AS rd
WITH r, row, src, ev, fresh, cs0, rd, ds0 + [d IN rd WHERE NOT d IN ds0] AS ds
WITH r, row, src, ev, fresh, rd, ds, [i IN range(0, size(ds) - 1) |
  coalesce(cs0[i], 0) + reduce(n = 0, j IN range(0, size(rd) - 1) | n + CASE WHEN rd[j] = ds[i] THEN toInteger(row.dateCounts[j]) ELSE 0 END)] AS cs`;
const SET_DATES = `,
    r.asOf = CASE WHEN size(rd) = 0 THEN r.asOf ELSE ds END,
    r.asOfCounts = CASE WHEN size(rd) = 0 THEN r.asOfCounts ELSE cs END,
    r.firstSeen = CASE WHEN row.first IS NULL THEN r.firstSeen WHEN r.firstSeen IS NULL OR date(row.first) < r.firstSeen THEN date(row.first) ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN row.last IS NULL THEN r.lastSeen WHEN r.lastSeen IS NULL OR date(row.last) > r.lastSeen THEN date(row.last) ELSE r.lastSeen END`;
// CONCERNS copies its document's id and its event's date, for the relationship index concern_doc_date
// (READ_SUPPORT keeps only r and row in scope: the event is r's start node).
const SET_CONCERN = `,
    r.doc = row.to, r.date = coalesce(startNode(r).date, date('${UNDATED}'))`;

const DATED = new Set<string>(["HOLDS_POSITION", "IMPLEMENTS"]);

/** The key property (title or role) that is part of a relationship's identity, as a MERGE/MATCH map. */
function keyMap(p: EdgePattern): string {
  return p.type === "HOLDS_POSITION" ? " {title: row.key}" : p.type === "PARTICIPATED_IN" ? " {role: row.key}" : "";
}

function edgeCypher(p: EdgePattern): string {
  let extra = "";
  if (DATED.has(p.type)) extra = SET_DATES;
  else if (p.type === "CONCERNS") extra = SET_CONCERN;
  else if (p.type === "PARTICIPATED_IN") extra = `,
    r.title = coalesce(r.title, row.title)`;
  return `
UNWIND $rows AS row${endNodes(p.from, "fi", p.to, "ti", "a", "b")}
MERGE (a)-[r:${p.type}${keyMap(p)}]->(b)${READ_SUPPORT}${DATED.has(p.type) ? READ_DATES : ""}${SET_SUPPORT}${extra}
REMOVE r._lock`;
}

export const MERGE_EDGES = new Map<PatternKey, string>(EDGE_PATTERNS.map((p) => [patternKey(p), edgeCypher(p)]));

/**
 * "<article id> <event id>" for each event an article of `articles` reports about document `b`,
 * organized by body `a` or one of its parts: the events that back the claim (a)-[:IMPLEMENTS]->(b).
 */
// Written so that the walk starts at the article and its few events: left to itself the planner starts
// at the document (or the body) and goes through every event about it, which grows with the graph
// (127k rows a batch at 100k articles).
export const backingEvents = (articles: string) => `COLLECT {
  UNWIND ${articles} AS sid
  MATCH (x:Article {id: sid})
  CALL (x) { MATCH (x)-[:REPORTS]->(e:Event) RETURN e }
  WITH sid, e WHERE EXISTS { (e)-[:CONCERNS]->(b) }
    AND EXISTS { MATCH (e)<-[:ORGANIZED]-(o:Organization) WHERE o = a OR EXISTS { (o)-[:PART_OF]->(a) } }
  RETURN sid + ' ' + e.id }`;

// Run after every edge of the batch is written (the events' ORGANIZED and CONCERNS come later than
// IMPLEMENTS). Only the articles of the sample (`sources`) keep their events; a relationship without
// eventsIn predates it: its whole sample is looked at.
export const MERGE_IMPLEMENTS_EVENTS = `
UNWIND $rows AS row${endNodes("Organization", "fi", "Resolution", "ti", "a", "b")}
MATCH (a)-[r:IMPLEMENTS]->(b)
WITH r, ${backingEvents("CASE WHEN r.eventsIn IS NULL THEN r.sources ELSE [s IN row.articles WHERE s IN r.sources] END")} AS found
WITH r, [s IN coalesce(r.eventsIn, []) WHERE split(s, ' ')[0] IN r.sources] AS kept, found
WITH r, kept + [s IN found WHERE NOT s IN kept] AS events
WHERE r.eventsIn IS NULL OR events <> r.eventsIn
SET r.eventsIn = events`;

export const MERGE_SAME_AS = `
UNWIND $rows AS row${endNodes("Person", "fi", "Person", "ti", "a", "b")}
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.reason = row.reason,
    r.sources = CASE WHEN row.article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.article END`;

// Retraction of one article's claims (before its new version is written, same transaction).
export const READ_CLAIMS = `
MATCH (a:Article {id: $id})
RETURN a.claims AS claims, a.claimDates AS claimDates`;

// An article that leaves a relationship's sample is replaced there by the latest other articles that
// claim it. They are found among the articles that mention (or report) the end node fewer articles point at.
const REFILL = `
CALL (a, b, row, kept, count) {
  WITH a, b, row, kept, count WHERE size(kept) < count AND size(kept) < $sampleSize
  WITH row, kept, CASE WHEN COUNT { (a)<-[:MENTIONS|REPORTS]-() } <= COUNT { (b)<-[:MENTIONS|REPORTS]-() } THEN a ELSE b END AS n
  MATCH (o:Article)-[:MENTIONS|REPORTS]->(n)
  WHERE o.id <> $id AND NOT o.id IN kept AND row.claim IN o.claims
  WITH DISTINCT o ORDER BY o.ingestedAt DESC, o.id DESC LIMIT $sampleSize
  RETURN collect(o.id) AS older
}
WITH a, b, r, row, count, ef, ev, keepEv, reverse(older[0..($sampleSize - size(kept))]) + kept AS sample`;

// Dates only this article gave are withdrawn; firstSeen/lastSeen follow what is left.
const RETRACT_DATES = `
WITH a, b, r, row, count, sample, ds, [i IN range(0, size(ds) - 1) |
  coalesce(r.asOfCounts[i], 1) - size([d IN row.dates WHERE date(d) = ds[i]])] AS cs
WITH a, b, r, row, count, sample, [i IN range(0, size(ds) - 1) WHERE cs[i] > 0 | [ds[i], cs[i]]] AS left
SET r.asOf = CASE WHEN size(left) = 0 THEN null ELSE [x IN left | x[0]] END,
    r.asOfCounts = CASE WHEN size(left) = 0 THEN null ELSE [x IN left | x[1]] END,
    r.firstSeen = reduce(m = null, x IN left | CASE WHEN m IS NULL OR x[0] < m THEN x[0] ELSE m END),
    r.lastSeen = reduce(m = null, x IN left | CASE WHEN m IS NULL OR x[0] > m THEN x[0] ELSE m END)`;

// The events of the articles that stay in the sample, and of those that came into it.
const RETRACT_EVENTS = `
WITH a, b, r, count, sample
SET r.eventsIn = [s IN coalesce(r.eventsIn, []) WHERE split(s, ' ')[0] IN sample AND NOT s STARTS WITH $id + ' ']
  + ${backingEvents("[s IN sample WHERE NOT any(x IN coalesce(r.eventsIn, []) WHERE x STARTS WITH s + ' ')]")}`;

function retractCypher(p: EdgePattern): string {
  const dated = DATED.has(p.type);
  return `
UNWIND $rows AS row
MATCH (a:${p.from} {id: row.from})-[r:${p.type}${keyMap(p)}]->(b:${p.to} {id: row.to})
SET r._lock = true
WITH a, b, r, row, coalesce(r.evidenceFrom, []) AS ef, coalesce(r.evidence, []) AS ev,
  [s IN coalesce(r.sources, []) WHERE s <> $id] AS kept, coalesce(r.sourceCount, size(coalesce(r.sources, []))) - 1 AS count
WITH a, b, r, row, count, ef, ev, kept, [i IN range(0, size(ef) - 1) WHERE ef[i] <> $id] AS keepEv${REFILL}
SET r.sources = sample, r.sourceCount = count,
    r.evidence = [i IN keepEv | ev[i]], r.evidenceFrom = [i IN keepEv | ef[i]]
WITH a, b, r, row, count, sample${dated ? `, coalesce(r.asOf, []) AS ds${RETRACT_DATES}` : ""}${p.type === "IMPLEMENTS" ? RETRACT_EVENTS : ""}
REMOVE r._lock
WITH r, count WHERE count <= 0 AND coalesce(r.reference, false) = false
DELETE r`;
}

/** Per pattern: withdraws one article ($id) from the relationships it claimed (rows from plan.ts parseClaim). */
export const RETRACT_CLAIMS = new Map<PatternKey, string>(EDGE_PATTERNS.map((p) => [patternKey(p), retractCypher(p)]));

export const RETRACT_SAME_AS = `
MATCH (:Article {id: $id})-[:MENTIONS]->(:Person)-[r:POSSIBLY_SAME_AS]-()
WHERE $id IN coalesce(r.sources, [])
WITH DISTINCT r
SET r.sources = [s IN r.sources WHERE s <> $id]
WITH r WHERE size(r.sources) = 0
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
