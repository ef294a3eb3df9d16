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
