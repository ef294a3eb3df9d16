// Hand-written, parameterized Cypher behind the analyst queries. Only fixed fragments chosen in
// code are ever concatenated; every value is a parameter. The benchmarks run these same strings
// through the driver to measure the GraphQL layer's overhead.

const DOC = "{.id, .code, .title, .docType, .issuedOn}";
const BODY = "{.id, .name, .kind, .level}";
const LOC = "{.id, .name, .level}";
const EVENT = "{.id, .name, .eventType, .date}";
const ARTICLE = "{.id, .title, .url, .source, .publishedAt}";

/** Articles whose ids are in `list` (at most 10), as ArticleRef maps. */
const articlesOf = (list: string) => `COLLECT { UNWIND coalesce(${list}, []) AS sid WITH DISTINCT sid LIMIT 10 MATCH (a:Article {id: sid}) RETURN a ${ARTICLE} }`;

export interface ImplementationFilters {
  docs: boolean;
  bodies: boolean;
  from: boolean;
  to: boolean;
}

/**
 * `events` are looked for in the articles behind the claim (its last 20 sources), not among everything the
 * body organized: a provincial committee organizes thousands of events on a 100k-article graph.
 */
export function implementationsCypher(f: ImplementationFilters): string {
  const where = [
    f.docs ? "r.id IN $docIds" : null,
    f.bodies ? "o.id IN $bodyIds" : null,
    f.from ? "coalesce(im.lastSeen, im.firstSeen) >= $from" : null,
    f.to ? "coalesce(im.firstSeen, im.lastSeen) <= $to" : null,
  ].filter(Boolean);
  return `
MATCH (o:Organization)-[im:IMPLEMENTS]->(r:Resolution)
${where.length ? `WHERE ${where.join(" AND ")}` : ""}
WITH o, im, r ORDER BY coalesce(im.lastSeen, im.firstSeen) DESC, o.name, r.id SKIP $skip LIMIT $fetch
RETURN o ${BODY} AS body, r ${DOC} AS document,
  im.firstSeen AS firstSeen, im.lastSeen AS lastSeen,
  coalesce(im.evidence, [])[..10] AS evidence,
  COLLECT { MATCH (o)-[:BASED_IN]->(l:Locality) RETURN l ${LOC} LIMIT 1 }[0] AS locality,
  COLLECT {
    MATCH (p:Person)-[h:HOLDS_POSITION]->(ob:Organization)-[:PART_OF*0..1]->(o)
    WITH p, h, ob ORDER BY coalesce(h.lastSeen, h.firstSeen) DESC, p.name LIMIT 10
    RETURN {person: p {.id, .name}, title: h.title, body: ob ${BODY}, lastSeen: coalesce(h.lastSeen, h.firstSeen)}
  } AS officials,
  COLLECT {
    UNWIND coalesce(im.sources, [])[-20..] AS sid
    MATCH (:Article {id: sid})-[:REPORTS]->(e:Event)-[:CONCERNS]->(r)
    WHERE EXISTS { (e)<-[:ORGANIZED]-(:Organization)-[:PART_OF*0..1]->(o) }
    WITH DISTINCT e ORDER BY e.date DESC LIMIT 10 RETURN e ${EVENT}
  } AS events,
  ${articlesOf("im.sources")} AS articles`;
}

/** Locality ids of an area (parts and predecessors, transitively) and the bodies based there. */
export const AREA = `
MATCH (l0:Locality) WHERE l0.id IN $ids
MATCH (l0)<-[:PART_OF|SUCCEEDED_BY*0..6]-(x:Locality)
WITH collect(DISTINCT x) AS area
RETURN [x IN area | x.id] AS ids,
  COLLECT { UNWIND area AS x MATCH (o:Organization)-[:BASED_IN]->(x) RETURN DISTINCT o.id } AS bodies`;

export function officialsCypher(f: { bodies: boolean; asOf: boolean }): string {
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
  COLLECT { MATCH (o)-[:BASED_IN]->(l:Locality) RETURN l ${LOC} LIMIT 1 }[0] AS locality,
  ${f.asOf ? "[d IN coalesce(h.asOf, []) WHERE d <= $asOf]" : "coalesce(h.asOf, [])"} AS asOf,
  h.firstSeen AS firstSeen, ${f.asOf ? "latest" : "coalesce(h.lastSeen, latest)"} AS lastSeen,
  ${articlesOf("h.sources")} AS sources`;
}

/** Sorted on what is at hand first; documents and sources are looked up for the page only. */
export const TIMELINE = `
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
WITH kind, date, title, rel, node,
  coalesce(rel.sources, []) + COLLECT { MATCH (a:Article)-[:REPORTS]->(node) RETURN a.id } AS sourceIds
RETURN kind, date, title,
  CASE kind WHEN 'POSITION' THEN node ${BODY} END AS body,
  CASE kind WHEN 'EVENT' THEN node ${EVENT} END AS event,
  CASE kind WHEN 'EVENT' THEN rel.role END AS role,
  CASE kind WHEN 'POSITION' THEN coalesce(rel.asOf, []) ELSE [] END AS asOf,
  COLLECT { MATCH (node)-[:CONCERNS]->(r:Resolution) RETURN r ${DOC} } AS documents,
  ${articlesOf("sourceIds")} AS sources`;

export const PERSON_DOCUMENTS = `
MATCH (p:Person {id: $id})-[:PARTICIPATED_IN]->(:Event)-[:CONCERNS]->(r:Resolution)
RETURN DISTINCT r ${DOC} AS document ORDER BY document.code LIMIT 50`;

/**
 * Events about the documents, newest first. Sorted on the date alone (ties by element id, which costs no
 * property read): a much-implemented directive has thousands of events on a 100k-article graph, and every
 * property read per event before the LIMIT shows in the latency. DISTINCT only when an event can come twice.
 */
export function documentEventsCypher(f: { area: boolean; several: boolean }): string {
  return `
MATCH (r:Resolution) WHERE r.id IN $docIds
MATCH (e)-[:CONCERNS]->(r)
${f.area ? "WHERE EXISTS { (e)-[:HELD_IN]->(l:Locality) WHERE l.id IN $locIds } OR EXISTS { (e)<-[:ORGANIZED]-(o:Organization) WHERE o.id IN $bodyIds }" : ""}
WITH ${f.several ? "DISTINCT " : ""}e
WITH e, e.date AS date ORDER BY date DESC, elementId(e) SKIP $skip LIMIT $fetch
RETURN e ${EVENT} AS event,
  COLLECT { MATCH (e)-[:CONCERNS]->(d:Resolution) WHERE d.id IN $docIds RETURN d ${DOC} } AS documents,
  COLLECT { MATCH (e)-[:HELD_IN]->(l:Locality) RETURN l ${LOC} } AS localities,
  COLLECT { MATCH (o:Organization)-[:ORGANIZED]->(e) RETURN o ${BODY} } AS organizers,
  COLLECT {
    MATCH (p:Person)-[pa:PARTICIPATED_IN]->(e)
    WITH p, pa ORDER BY pa.role, p.name LIMIT 20
    RETURN {person: p {.id, .name}, role: pa.role, title: pa.title}
  } AS participants,
  COLLECT { MATCH (a:Article)-[:REPORTS]->(e) RETURN a ${ARTICLE} LIMIT 10 } AS articles`;
}

export const DOCUMENTS_OF_BODY = `
MATCH (o:Organization)-[im:IMPLEMENTS]->(r:Resolution) WHERE o.id IN $bodyIds
WITH o, im, r ORDER BY coalesce(im.lastSeen, im.firstSeen) DESC, r.code, r.id, o.id SKIP $skip LIMIT $fetch
RETURN r ${DOC} AS document, o ${BODY} AS body, im.firstSeen AS firstSeen, im.lastSeen AS lastSeen,
  coalesce(im.evidence, [])[..10] AS evidence, ${articlesOf("im.sources")} AS articles`;

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
