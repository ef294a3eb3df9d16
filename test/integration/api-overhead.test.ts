import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { int } from "../../src/api/db.js";
import * as Q from "../../src/api/queries.js";
import type { ApiServer } from "../../src/api/server.js";
import { gql, serveFixture } from "./api-fixture.js";
import { testDriver } from "./support.js";
import { testConfig } from "./test-env.js";

// The same analyst questions through GraphQL (HTTP, parsing, validation, limits, resolvers) and as
// hand-written Cypher through the driver, side by side. Prints p50/p95; asserts both give the same rows.

const driver = testDriver();
let server: ApiServer;
const database = testConfig().neo4j.database;

beforeAll(async () => {
  server = await serveFixture(driver);
});
afterAll(async () => {
  await server?.close();
  await driver.close();
});

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function time(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await fn(); // warm the query caches
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const CASES: Array<{ name: string; graphql: string; cypher: string; params: Record<string, unknown>; pick: (d: any) => string[] }> = [ // eslint-disable-line @typescript-eslint/no-explicit-any
  {
    name: "implementations by code",
    graphql: '{ implementations(document: "21-KL/TW", first: 20) { edges { node { body { id } document { code } locality { name } officials { person { name } title } events { name } articles { url } evidence } } } }',
    cypher: `MATCH (d:Resolution {code: $code}) WITH collect(d.id) AS ids ${Q.implementationsCypher({ docs: true, bodies: false, from: false, to: false }).replace("MATCH (o:Organization)", "MATCH (o:Organization)").replace("WHERE r.id IN $docIds", "WHERE r.id IN ids")}`,
    params: { code: "21-KL/TW", skip: int(0), fetch: int(21) },
    pick: (d) => d.implementations?.edges.map((e: any) => e.node.body.id) ?? d.map((r: any) => r.body.id), // eslint-disable-line @typescript-eslint/no-explicit-any
  },
  {
    name: "officials of a body",
    graphql: '{ officials(body: "org-tu-can-tho", first: 20) { edges { node { person { id } title asOf sources { url } } } } }',
    cypher: Q.officialsCypher({ bodies: true, asOf: false }),
    params: { bodyIds: ["org-tu-can-tho", "org-btv-can-tho"], skip: int(0), fetch: int(21) },
    pick: (d) => d.officials?.edges.map((e: any) => e.node.person.id) ?? d.map((r: any) => r.person.id), // eslint-disable-line @typescript-eslint/no-explicit-any
  },
  {
    name: "timeline of a person",
    graphql: '{ timeline(person: "per-hieu-ct", first: 20) { edges { node { kind date title role sources { url } } } } }',
    cypher: Q.timelineCypher(),
    params: { id: "per-hieu-ct", skip: int(0), fetch: int(21) },
    pick: (d) => d.timeline?.edges.map((e: any) => e.node.kind) ?? d.map((r: any) => r.kind), // eslint-disable-line @typescript-eslint/no-explicit-any
  },
  {
    name: "events about a document",
    graphql: '{ documentEvents(document: "doc-21-kl-tw-2021", first: 20) { edges { node { event { id } participants { person { name } role } articles { url } } } } }',
    cypher: Q.documentEventsCypher({ area: false, several: false }),
    params: { docIds: ["doc-21-kl-tw-2021"], skip: int(0), fetch: int(21) },
    pick: (d) => d.documentEvents?.edges.map((e: any) => e.node.event.id) ?? d.map((r: any) => r.event.id), // eslint-disable-line @typescript-eslint/no-explicit-any
  },
];

describe("GraphQL overhead against hand-written Cypher", () => {
  it.each(CASES)("$name: same rows, timings printed", async (c) => {
    const viaGraphql = await gql(server.url, c.graphql);
    expect(viaGraphql.errors).toBeUndefined();
    const rows = (await driver.executeQuery(c.cypher, c.params, { database })).records.map((r) => r.toObject());
    expect(c.pick(viaGraphql.data)).toEqual(c.pick(rows));
    expect(c.pick(rows).length).toBeGreaterThan(0);
    const n = 100;
    const g = await time(n, () => gql(server.url, c.graphql));
    const h = await time(n, () => driver.executeQuery(c.cypher, c.params, { database }));
    console.log(
      `${c.name}: GraphQL p50 ${pct(g, 50).toFixed(1)} ms p95 ${pct(g, 95).toFixed(1)} ms | Cypher p50 ${pct(h, 50).toFixed(1)} ms p95 ${pct(h, 95).toFixed(1)} ms | ratio p50 ${(pct(g, 50) / pct(h, 50)).toFixed(2)}`,
    );
  });
});
