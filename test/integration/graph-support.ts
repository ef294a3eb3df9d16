// Reading the graph back in comparable form.
import type { Driver } from "neo4j-driver";
import { testConfig } from "./test-env.js";

function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === "object" && "toString" in v && !("constructor" in v && (v as object).constructor === Object)) {
    return (v as { toString(): string }).toString();
  }
  return v;
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plain(v)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}

export interface Snapshot {
  nodes: Array<{ labels: string[]; props: Record<string, unknown> }>;
  rels: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }>;
}

/** Every node and relationship with its properties, in a stable order. */
export async function snapshot(driver: Driver): Promise<Snapshot> {
  const db = { database: testConfig().neo4j.database };
  const n = await driver.executeQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id", {}, db);
  const r = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY from, type, to, coalesce(r.title, r.role, '')",
    {},
    db,
  );
  return {
    nodes: n.records.map((x) => ({ labels: x.get("labels") as string[], props: plainProps(x.get("props") as Record<string, unknown>) })),
    rels: r.records.map((x) => ({
      type: x.get("type") as string,
      from: x.get("from") as string,
      to: x.get("to") as string,
      props: plainProps(x.get("props") as Record<string, unknown>),
    })),
  };
}

export async function countsByLabel(driver: Driver): Promise<Record<string, number>> {
  const res = await driver.executeQuery("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l", {}, { database: testConfig().neo4j.database });
  return Object.fromEntries(res.records.map((x) => [x.get("l") as string, x.get("c") as number]));
}

export async function countsByType(driver: Driver): Promise<Record<string, number>> {
  const res = await driver.executeQuery("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t", {}, { database: testConfig().neo4j.database });
  return Object.fromEntries(res.records.map((x) => [x.get("t") as string, x.get("c") as number]));
}

export async function rel(driver: Driver, type: string, from: string, to: string): Promise<Record<string, unknown> | null> {
  const s = await snapshot(driver);
  return s.rels.find((r) => r.type === type && r.from === from && r.to === to)?.props ?? null;
}

/** Per article: how many MENTIONS/REPORTS it has (an article written by halves would differ). */
export async function claimsPerArticle(driver: Driver): Promise<Map<string, number>> {
  const res = await driver.executeQuery("MATCH (a:Article) RETURN a.id AS id, COUNT { (a)-[:MENTIONS|REPORTS]->() } AS n");
  return new Map(res.records.map((r) => [r.get("id") as string, r.get("n") as number]));
}

/** Pairs of nodes joined twice by the same relationship (same type and key). */
export async function duplicateEdges(driver: Driver): Promise<number> {
  const res = await driver.executeQuery(`
    MATCH (a)-[r]->(b)
    WITH a, b, type(r) AS t, coalesce(r.title, r.role, '') AS k, count(*) AS c WHERE c > 1
    RETURN count(*) AS dups`);
  return res.records[0]!.get("dups") as number;
}

export interface GraphFacts {
  labels: Record<string, number>;
  types: Record<string, number>;
  /** Supporting articles summed over every edge (sourceCount; the sources list is only a sample). */
  sources: number;
}

/** Counts by label and type, and how many article sources the edges carry: equal for equal graphs. */
export async function graphFacts(driver: Driver): Promise<GraphFacts> {
  const res = await driver.executeQuery("MATCH ()-[r]->() WHERE r.sources IS NOT NULL RETURN sum(coalesce(r.sourceCount, size(r.sources))) AS s");
  return { labels: await countsByLabel(driver), types: await countsByType(driver), sources: res.records[0]!.get("s") as number };
}
