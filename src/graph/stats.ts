// What is in the graph: counts (from Neo4j's count store, so constant time) and the top entities.
import neo4j, { type Driver } from "neo4j-driver";

export const LABELS = ["Person", "Organization", "Locality", "Resolution", "Event", "Article"] as const;
export const REL_TYPES = [
  "HOLDS_POSITION", "PART_OF", "BASED_IN", "SUCCEEDED_BY", "ISSUED_BY", "IMPLEMENTS", "ORGANIZED", "HELD_IN",
  "CONCERNS", "PARTICIPATED_IN", "REPORTS", "MENTIONS", "POSSIBLY_SAME_AS",
] as const;

export interface TopEntry {
  id: string;
  name: string;
  count: number;
}

export interface GraphStats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  /** Documents by the number of bodies implementing them. */
  topDocuments: TopEntry[];
  /** Bodies by the number of articles mentioning them. */
  topBodies: TopEntry[];
  /** Localities by the number of articles mentioning them. */
  topLocalities: TopEntry[];
}

const TOP_DOCUMENTS = `
MATCH (d:Resolution)<-[:IMPLEMENTS]-(o:Organization)
WITH d, count(DISTINCT o) AS c ORDER BY c DESC, d.id LIMIT $limit
RETURN d.id AS id, coalesce(d.code + ' — ' + d.title, d.title) AS name, c AS count`;

const topMentioned = (label: "Organization" | "Locality") => `
MATCH (n:${label})<-[:MENTIONS]-(:Article)
WITH n, count(*) AS c ORDER BY c DESC, n.id LIMIT $limit
RETURN n.id AS id, n.name AS name, c AS count`;

export async function graphStats(driver: Driver, database: string, limit = 10): Promise<GraphStats> {
  const q = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(cypher, params, { database, routing: "READ" });
  const labels: Record<string, number> = {};
  for (const l of LABELS) labels[l] = (await q(`MATCH (n:${l}) RETURN count(n) AS c`)).records[0]!.get("c") as number;
  const relationships: Record<string, number> = {};
  for (const t of REL_TYPES) relationships[t] = (await q(`MATCH ()-[r:${t}]->() RETURN count(r) AS c`)).records[0]!.get("c") as number;
  const top = async (cypher: string): Promise<TopEntry[]> =>
    (await q(cypher, { limit: neo4j.int(limit) })).records.map((r) => ({ id: r.get("id") as string, name: r.get("name") as string, count: r.get("count") as number }));
  return {
    labels,
    relationships,
    topDocuments: await top(TOP_DOCUMENTS),
    topBodies: await top(topMentioned("Organization")),
    topLocalities: await top(topMentioned("Locality")),
  };
}
