// A canonical dump of the bench graph, to show that a change to the writer leaves the stored graph as it was:
// every node (labels, properties) and relationship (type, end node ids, properties), one sorted line each,
// list order kept, integers told apart from floats, `ingestedAt` (the clock) left out.
//   npx tsx bench/graph-dump.ts <out.txt>          (the bench Neo4j must be running, e.g. after --keep)
import { writeFileSync } from "node:fs";
import neo4j, { isDate, isDateTime, isInt } from "neo4j-driver";
import { benchConfig } from "./common.js";

const LEFT_OUT = new Set(["ingestedAt"]);

/** A value as text that keeps its type: 3 (integer) and 3.0 (float) differ, dates print as ISO. */
function canonical(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (isInt(v)) return `${v.toString()}i`;
  if (typeof v === "number") return `${v}f`;
  if (isDate(v) || isDateTime(v)) return `@${v.toString()}`;
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  return JSON.stringify(v);
}

function props(p: Record<string, unknown>): string {
  return Object.keys(p)
    .filter((k) => !LEFT_OUT.has(k))
    .sort()
    .map((k) => `${k}=${canonical(p[k])}`)
    .join(" ");
}

const out = process.argv[2];
if (!out) throw new Error("usage: graph-dump.ts <out.txt>");
const cfg = benchConfig().neo4j;
const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password ?? ""));
const session = driver.session({ database: cfg.database, defaultAccessMode: neo4j.session.READ });
try {
  const lines: string[] = [];
  const nodes = await session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p");
  for (const r of nodes.records) {
    const labels = (r.get("labels") as string[]).slice().sort().join(":");
    lines.push(`N :${labels} ${props(r.get("p") as Record<string, unknown>)}`);
  }
  const rels = await session.run("MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p");
  for (const r of rels.records) {
    lines.push(`R ${r.get("a") as string} -[:${r.get("t") as string}]-> ${r.get("b") as string} ${props(r.get("p") as Record<string, unknown>)}`);
  }
  lines.sort();
  writeFileSync(out, `${lines.join("\n")}\n`);
  console.error(`${nodes.records.length} nodes, ${rels.records.length} relationships → ${out}`);
} finally {
  await session.close();
  await driver.close();
}
