// Hand-written, parameterized Cypher behind the analyst queries. Only fixed fragments chosen in
// code are ever concatenated; every value is a parameter. The benchmarks run these same strings
// through the driver to measure the GraphQL layer's overhead.

// Dates leave Neo4j as ISO strings: the driver decodes a Date value with 64-bit integer arithmetic in
// JavaScript (hundreds of them in a page of officials), and the Date scalar prints a string the same way.
const doc = (v: string) => `${v} {.id, .code, .title, .docType, issuedOn: toString(${v}.issuedOn)}`;
const BODY = "{.id, .name, .kind, .level}";
const LOC = "{.id, .name, .level}";
const event = (v: string) => `${v} {.id, .name, .eventType, date: toString(${v}.date)}`;

/**
 * The fields a client asked for at one level of an answer, or ALL. Every property read and every
 * sub-collection costs database work per row, so the queries leave out what nobody will see.
 */
export type Wanted = ReadonlySet<string> | "all";
export const ALL: Wanted = "all";
const wants = (w: Wanted, field: string): boolean => w === "all" || w.has(field);

const ARTICLE_FIELDS = ["id", "title", "url", "source", "publishedAt"] as const;
const EVENT_FIELDS = ["id", "name", "eventType", "date"] as const;

/** `v {.id, .title}`: `id` and the wanted ones among fixed field names (nothing a client typed reaches the text). */
function mapOf(v: string, known: readonly string[], w: Wanted, dates: readonly string[] = []): string {
  return `${v} {${known
    .filter((k) => k === "id" || wants(w, k))
    .map((k) => (dates.includes(k) ? `${k}: toString(${v}.${k})` : `.${k}`))
    .join(", ")}}`;
}

/** Articles whose ids are in `list` (at most 10), as ArticleRef maps with the wanted fields. */
const articlesOf = (list: string, w: Wanted) =>
  `COLLECT { UNWIND coalesce(${list}, []) AS sid WITH DISTINCT sid LIMIT 10 MATCH (a:Article {id: sid}) RETURN ${mapOf("a", ARTICLE_FIELDS, w)} }`;

export interface ImplementationFilters {
  docs: boolean;
  bodies: boolean;
  from: boolean;
  to: boolean;
}

/** Fields wanted in an implementation row and in its nested lists. */
export interface ImplementationShape {
  row: Wanted;
  officials: Wanted;
  events: Wanted;
  articles: Wanted;
}
export const FULL_IMPLEMENTATION: ImplementationShape = { row: ALL, officials: ALL, events: ALL, articles: ALL };

/**
 * `events` are those the articles behind the claim (its last 20 sources) report, read through the event
 * ids the writer keeps on IMPLEMENTS per article (`eventsIn`), not among everything the body organized: a
 * provincial committee organizes thousands of events on a 100k-article graph.
 */
export function implementationsCypher(f: ImplementationFilters, shape: ImplementationShape = FULL_IMPLEMENTATION): string {
  const where = [
    f.docs ? "r.id IN $docIds" : null,
    f.bodies ? "o.id IN $bodyIds" : null,
    f.from ? "coalesce(im.lastSeen, im.firstSeen) >= $from" : null,
    f.to ? "coalesce(im.firstSeen, im.lastSeen) <= $to" : null,
  ].filter(Boolean);
  const row = shape.row;
  const official = [
    "person: p {.id, .name}",
    "title: h.title",
    wants(shape.officials, "body") ? `body: ob ${BODY}` : null,
    wants(shape.officials, "lastSeen") ? "lastSeen: toString(coalesce(h.lastSeen, h.firstSeen))" : null,
  ].filter(Boolean);
  const officials = `COLLECT {
    MATCH (p:Person)-[h:HOLDS_POSITION]->(ob:Organization)-[:PART_OF*0..1]->(o)
    WITH p, h, ob ORDER BY coalesce(h.lastSeen, h.firstSeen) DESC, p.name LIMIT 10
    RETURN {${official.join(", ")}}
  }`;
  const events = `COLLECT {
    UNWIND coalesce(im.sources, [])[-20..] AS sid
    UNWIND [s IN coalesce(im.eventsIn, []) WHERE s STARTS WITH sid + ' ' | substring(s, size(sid) + 1)] AS eid
    MATCH (e:Event {id: eid})
    WITH DISTINCT e ORDER BY e.date DESC LIMIT 10 RETURN ${mapOf("e", EVENT_FIELDS, shape.events, ["date"])}
  }`;
  return `
MATCH (o:Organization)-[im:IMPLEMENTS]->(r:Resolution)
${where.length ? `WHERE ${where.join(" AND ")}` : ""}
WITH o, im, r ORDER BY coalesce(im.lastSeen, im.firstSeen) DESC, o.name, r.id SKIP $skip LIMIT $fetch
RETURN o ${BODY} AS body, ${doc("r")} AS document,
  toString(im.firstSeen) AS firstSeen, toString(im.lastSeen) AS lastSeen,
  ${wants(row, "evidence") ? "coalesce(im.evidence, [])[..10]" : "[]"} AS evidence,
  ${wants(row, "locality") ? `COLLECT { MATCH (o)-[:BASED_IN]->(l:Locality) RETURN l ${LOC} LIMIT 1 }[0]` : "null"} AS locality,
  ${wants(row, "officials") ? officials : "[]"} AS officials,
  ${wants(row, "events") ? events : "[]"} AS events,
  ${wants(row, "articles") ? articlesOf("im.sources", shape.articles) : "[]"} AS articles`;
}

/** Locality ids of an area (parts and predecessors, transitively) and the bodies based there. */
export const AREA = `
MATCH (l0:Locality) WHERE l0.id IN $ids
MATCH (l0)<-[:PART_OF|SUCCEEDED_BY*0..6]-(x:Locality)
WITH collect(DISTINCT x) AS area
RETURN [x IN area | x.id] AS ids,
  COLLECT { UNWIND area AS x MATCH (o:Organization)-[:BASED_IN]->(x) RETURN DISTINCT o.id } AS bodies`;

/** Fields wanted in an official row and in its sources. */
export interface OfficialShape {
  row: Wanted;
  sources: Wanted;
}
export const FULL_OFFICIAL: OfficialShape = { row: ALL, sources: ALL };

export function officialsCypher(f: { bodies: boolean; asOf: boolean }, shape: OfficialShape = FULL_OFFICIAL): string {
  const dates = f.asOf
    ? "[d IN coalesce(h.asOf, []) + [h.firstSeen, h.lastSeen] WHERE d IS NOT NULL AND d <= $asOf]"
    : "coalesce(h.asOf, []) + [d IN [h.firstSeen, h.lastSeen] WHERE d IS NOT NULL]";
  return `
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization)
${f.bodies ? "WHERE o.id IN $bodyIds" : ""}
WITH p, h, o, ${dates} AS dates
${f.asOf ? "WHERE size(dates) > 0" : ""}
WITH p, h, o, dates, reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS latest
ORDER BY latest DESC, o.name, p.name, h.title SKIP $skip LIMIT $fetch
RETURN p {.id, .name} AS person, h.title AS title, o ${BODY} AS body,
  ${wants(shape.row, "locality") ? `COLLECT { MATCH (o)-[:BASED_IN]->(l:Locality) RETURN l ${LOC} LIMIT 1 }[0]` : "null"} AS locality,
  [d IN coalesce(h.asOf, []) ${f.asOf ? "WHERE d <= $asOf " : ""}| toString(d)] AS asOf,
  toString(h.firstSeen) AS firstSeen, toString(${f.asOf ? "latest" : "coalesce(h.lastSeen, latest)"}) AS lastSeen,
  ${wants(shape.row, "sources") ? articlesOf("h.sources", shape.sources) : "[]"} AS sources`;
}

/** Fields wanted in a timeline entry and in its sources. */
export interface TimelineShape {
  row: Wanted;
  sources: Wanted;
}
export const FULL_TIMELINE: TimelineShape = { row: ALL, sources: ALL };

/** Sorted on what is at hand first; documents and sources are looked up for the page only. */
export function timelineCypher(shape: TimelineShape = FULL_TIMELINE): string {
  const sources = wants(shape.row, "sources");
  return `
MATCH (p:Person {id: $id})
CALL {
  WITH p
  MATCH (p)-[h:HOLDS_POSITION]->(o:Organization)
  RETURN 'POSITION' AS kind, coalesce(h.lastSeen, h.firstSeen, last(h.asOf)) AS date, h.title AS title, h AS rel, o AS node
  UNION ALL
  WITH p
  MATCH (p)-[pa:PARTICIPATED_IN]->(e:Event)
  RETURN 'EVENT' AS kind, e.date AS date, pa.title AS title, pa AS rel, e AS node
}
WITH kind, date, title, rel, node ORDER BY date DESC, kind DESC, title SKIP $skip LIMIT $fetch
${sources ? "WITH kind, date, title, rel, node,\n  coalesce(rel.sources, []) + COLLECT { MATCH (a:Article)-[:REPORTS]->(node) RETURN a.id } AS sourceIds" : ""}
RETURN kind, toString(date) AS date, title,
  CASE kind WHEN 'POSITION' THEN node ${BODY} END AS body,
  CASE kind WHEN 'EVENT' THEN ${event("node")} END AS event,
  CASE kind WHEN 'EVENT' THEN rel.role END AS role,
  CASE kind WHEN 'POSITION' THEN [d IN coalesce(rel.asOf, []) | toString(d)] ELSE [] END AS asOf,
  ${wants(shape.row, "documents") ? `COLLECT { MATCH (node)-[:CONCERNS]->(r:Resolution) RETURN ${doc("r")} }` : "[]"} AS documents,
  ${sources ? articlesOf("sourceIds", shape.sources) : "[]"} AS sources`;
}

/** Distinct nodes first: the map of each document is then built once, not once per event. */
export const PERSON_DOCUMENTS = `
MATCH (p:Person {id: $id})-[:PARTICIPATED_IN]->(:Event)-[:CONCERNS]->(r:Resolution)
WITH DISTINCT r ORDER BY r.code LIMIT 50
RETURN ${doc("r")} AS document`;

/** Fields wanted in a row of events about a document and in its articles. */
export interface DocumentEventShape {
  row: Wanted;
  articles: Wanted;
}
export const FULL_DOCUMENT_EVENT: DocumentEventShape = { row: ALL, articles: ALL };

/**
 * Events about the documents, newest first, ties by element id. A much-implemented directive has thousands
 * of events on a 100k-article graph, so they are not all sorted: CONCERNS carries the document's id and
 * the event's date (undated: a date above all others, first as a null is), and the relationship index on
 * both gives each document's events newest first, so sorting the ties stops at the page's last date
 * (Neo4j reads the index in order only when the ORDER BY names its properties from the first: c.doc).
 * With several documents, the page is in the union of each one's first skip + fetch events.
 */
export function documentEventsCypher(f: { area: boolean; several: boolean }, shape: DocumentEventShape = FULL_DOCUMENT_EVENT): string {
  const row = shape.row;
  return `
UNWIND $docIds AS docId
CALL (docId) {
  MATCH (e)-[c:CONCERNS]->() WHERE c.doc = docId AND c.date IS NOT NULL
  ${f.area ? "AND (EXISTS { (e)-[:HELD_IN]->(l:Locality) WHERE l.id IN $locIds } OR EXISTS { (e)<-[:ORGANIZED]-(o:Organization) WHERE o.id IN $bodyIds })" : ""}
  WITH e, c ORDER BY c.doc DESC, c.date DESC, elementId(e) LIMIT $skip + $fetch
  RETURN e
}
WITH ${f.several ? "DISTINCT " : ""}e
WITH e, e.date AS date ORDER BY date DESC, elementId(e) SKIP $skip LIMIT $fetch
RETURN ${event("e")} AS event,
  ${wants(row, "documents") ? `COLLECT { MATCH (e)-[:CONCERNS]->(d:Resolution) WHERE d.id IN $docIds RETURN ${doc("d")} }` : "[]"} AS documents,
  ${wants(row, "localities") ? `COLLECT { MATCH (e)-[:HELD_IN]->(l:Locality) RETURN l ${LOC} }` : "[]"} AS localities,
  ${wants(row, "organizers") ? `COLLECT { MATCH (o:Organization)-[:ORGANIZED]->(e) RETURN o ${BODY} }` : "[]"} AS organizers,
  ${
    wants(row, "participants")
      ? `COLLECT {
    MATCH (p:Person)-[pa:PARTICIPATED_IN]->(e)
    WITH p, pa ORDER BY pa.role, p.name LIMIT 20
    RETURN {person: p {.id, .name}, role: pa.role, title: pa.title}
  }`
      : "[]"
  } AS participants,
  ${wants(row, "articles") ? `COLLECT { MATCH (a:Article)-[:REPORTS]->(e) RETURN ${mapOf("a", ARTICLE_FIELDS, shape.articles)} LIMIT 10 }` : "[]"} AS articles`;
}

/** Fields wanted in a row of documents a body implemented and in its articles. */
export interface ImplementedDocumentShape {
  row: Wanted;
  articles: Wanted;
}
export const FULL_IMPLEMENTED_DOCUMENT: ImplementedDocumentShape = { row: ALL, articles: ALL };

export function documentsOfBodyCypher(shape: ImplementedDocumentShape = FULL_IMPLEMENTED_DOCUMENT): string {
  return `
MATCH (o:Organization)-[im:IMPLEMENTS]->(r:Resolution) WHERE o.id IN $bodyIds
WITH o, im, r ORDER BY coalesce(im.lastSeen, im.firstSeen) DESC, r.code, r.id, o.id SKIP $skip LIMIT $fetch
RETURN ${doc("r")} AS document, o ${BODY} AS body, toString(im.firstSeen) AS firstSeen, toString(im.lastSeen) AS lastSeen,
  ${wants(shape.row, "evidence") ? "coalesce(im.evidence, [])[..10]" : "[]"} AS evidence,
  ${wants(shape.row, "articles") ? articlesOf("im.sources", shape.articles) : "[]"} AS articles`;
}

/** Relationship types a connection may use; MENTIONS/REPORTS are left out (every article would link everyone). */
const PATH_TYPES = "HOLDS_POSITION|PARTICIPATED_IN|PART_OF|BASED_IN|ORGANIZED|IMPLEMENTS|CONCERNS|HELD_IN|ISSUED_BY|SUCCEEDED_BY";

/** `maxLength` is an integer validated by the caller (1..6); Cypher cannot take a parameter there. */
export function connectionCypher(maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6) throw new RangeError("maxLength must be 1..6");
  return `
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH path = shortestPath((a)-[:${PATH_TYPES}*..${maxLength}]-(b))
RETURN [n IN nodes(path) | {label: head(labels(n)), id: n.id, name: coalesce(n.name, n.title, n.code, n.id)}] AS nodes,
  [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, title: r.title, role: r.role}] AS steps`;
}

export const SEARCH_BRANCH = {
  PERSON: `CALL db.index.fulltext.queryNodes('personSearch', $q, {limit: $n}) YIELD node, score
    RETURN 'PERSON' AS type, node.id AS id, node.name AS name, null AS detail, score`,
  ORGANIZATION: `CALL db.index.fulltext.queryNodes('organizationSearch', $q, {limit: $n}) YIELD node, score
    RETURN 'ORGANIZATION' AS type, node.id AS id, node.name AS name, node.kind AS detail, score`,
  DOCUMENT: `CALL db.index.fulltext.queryNodes('resolutionSearch', $q, {limit: $n}) YIELD node, score
    RETURN 'DOCUMENT' AS type, node.id AS id, node.title AS name, node.code AS detail, score
    UNION ALL
    MATCH (node:Resolution) WHERE node.code IN $codes
    RETURN 'DOCUMENT' AS type, node.id AS id, node.title AS name, node.code AS detail, 1000.0 AS score`,
  LOCALITY: `CALL db.index.fulltext.queryNodes('localitySearch', $q, {limit: $n}) YIELD node, score
    RETURN 'LOCALITY' AS type, node.id AS id, node.name AS name, node.level AS detail, score`,
} as const;

export function searchCypher(types: Array<keyof typeof SEARCH_BRANCH>): string {
  return `CALL {\n${types.map((t) => SEARCH_BRANCH[t]).join("\nUNION ALL\n")}\n}\nRETURN type, id, name, detail, score ORDER BY score DESC, name LIMIT $n`;
}

export const HEALTH = `
CALL dbms.components() YIELD versions, edition
WITH versions[0] AS version, edition
RETURN version, edition, [
  {label: 'Person', count: COUNT { (:Person) }},
  {label: 'Organization', count: COUNT { (:Organization) }},
  {label: 'Locality', count: COUNT { (:Locality) }},
  {label: 'Resolution', count: COUNT { (:Resolution) }},
  {label: 'Event', count: COUNT { (:Event) }},
  {label: 'Article', count: COUNT { (:Article) }}
] AS counts`;
