// API benchmark on the graph bench/ingest.ts built: each analyst question through the GraphQL API
// (HTTP POST on loopback) and the same question as hand-written Cypher through the driver,
// interleaved in one run; then a bounded autocannon load on one question.
//   npx tsx bench/api.ts [--n 200] [--warmup 30] [--connections 50] [--duration 20] [--keep-running]
import { existsSync, readFileSync } from "node:fs";
import autocannon, { type Result as LoadResult } from "autocannon";
import { Kind, parse, type FieldNode } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { createApiServer } from "../src/api/server.js";
import { read } from "../src/api/db.js";
import * as Q from "../src/api/queries.js";
import type { Selection } from "../src/api/selection.js";
import { documentEventShape, implementationShape, officialShape, timelineShape, timelineWantsDocuments } from "../src/api/shapes.js";
import { openDriver } from "../src/graph/driver.js";
import { start, stop } from "../src/neo4j/server.js";
import { argValue, benchConfig, GRAPH_STATE, machine, machineLine, percentile, writeSection } from "./common.js";

const N = Number(argValue("--n") ?? 200);
const WARMUP = Number(argValue("--warmup") ?? 30);
const CONNECTIONS = Number(argValue("--connections") ?? 50);
const DURATION = Number(argValue("--duration") ?? 20);
const P95_TARGET = 25;
const RATIO_TARGET = 1.5;
const log = (m: string) => console.error(m);

interface Question {
  name: string;
  /** What an analyst would type. */
  args: string;
  graphql: { query: string; variables: Record<string, unknown> };
  /** The same question by hand: exact-key lookups and the query, through the driver. */
  cypher: (driver: Driver) => Promise<number>;
}

const cfg = benchConfig();

// The API's own query call (auto-commit, one round trip), so the comparison is of the GraphQL layer alone.
function rows(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  return read(driver, cfg, cypher, params);
}

/** Inputs that exist in the graph and return full pages: the busiest document, body, person. */
async function pickInputs(driver: Driver) {
  const one = async (cypher: string) => (await rows(driver, cypher, {}))[0] ?? {};
  const doc = await one(`MATCH (r:Resolution) WHERE r.code IS NOT NULL
    RETURN r.id AS id, r.code AS code, COUNT { (r)<-[:IMPLEMENTS]-() } AS n ORDER BY n DESC LIMIT 1`);
  const loc = await one(`MATCH (r:Resolution {id: '${String(doc.id).replace(/'/g, "")}'})<-[:IMPLEMENTS]-(:Organization)-[:BASED_IN]->(l:Locality)
    WHERE l.level IN ['PROVINCE', 'MUNICIPALITY']
    RETURN l.id AS id, l.name AS name, count(*) AS n ORDER BY n DESC LIMIT 1`);
  const body = await one(`MATCH (o:Organization)<-[:HOLDS_POSITION]-() WHERE o.level <> 'CENTRAL'
    RETURN o.id AS id, o.name AS name, count(*) AS n ORDER BY n DESC LIMIT 1`);
  const person = await one(`MATCH (p:Person)-[:PARTICIPATED_IN]->() RETURN p.id AS id, p.name AS name, count(*) AS n ORDER BY n DESC LIMIT 1`);
  const evDoc = await one(`MATCH (r:Resolution)<-[:CONCERNS]-() WHERE r.code IS NOT NULL
    RETURN r.id AS id, r.code AS code, count(*) AS n ORDER BY n DESC LIMIT 1`);
  return { doc, loc, body, person, evDoc };
}

const int = (n: number) => neo4j.int(n);
const FIRST = 20;

/** The fields a question's GraphQL text selects: the hand-written Cypher reads what the API reads. */
function selectionOfText(query: string): Selection {
  const op = parse(query).definitions[0];
  if (op?.kind !== Kind.OPERATION_DEFINITION) throw new Error("expected one operation");
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments: {} };
}

const IMPLEMENTATIONS = `query($d: String, $l: String, $n: Int) { implementations(document: $d, locality: $l, first: $n) {
  edges { node { body { id name } locality { id name } document { id code } firstSeen lastSeen
    officials { person { id name } title } events { id date } articles { id title } } } pageInfo { hasNextPage } } }`;
const OFFICIALS = `query($b: String, $n: Int) { officials(body: $b, first: $n) {
  edges { node { person { id name } title body { id name } locality { id name } asOf firstSeen lastSeen sources { id } } } pageInfo { hasNextPage } } }`;
const TIMELINE = `query($p: String!, $n: Int) { timeline(person: $p, first: $n) { person { id name }
  edges { node { kind date title body { id name } event { id name date } role documents { id code } sources { id } } }
  documents { id code } pageInfo { hasNextPage } } }`;
const DOCUMENT_EVENTS = `query($d: String!, $n: Int) { documentEvents(document: $d, first: $n) {
  edges { node { event { id name eventType date } localities { id name } organizers { id name }
    participants { person { id name } role } documents { id code } articles { id } } } pageInfo { hasNextPage } } }`;

function questions(inputs: Awaited<ReturnType<typeof pickInputs>>): Question[] {
  const { doc, loc, body, person, evDoc } = inputs;
  return [
    {
      name: "implementations by resolution + locality",
      args: `document "${doc.code}", locality "${loc.name}"`,
      graphql: {
        query: IMPLEMENTATIONS,
        variables: { d: doc.code, l: loc.name, n: FIRST },
      },
      cypher: async (driver) => {
        const docIds = (await rows(driver, "MATCH (r:Resolution) WHERE r.code = $code RETURN r.id AS id", { code: doc.code })).map((r) => r.id);
        const area = (await rows(driver, Q.AREA, { ids: [loc.id] }))[0] as { bodies: string[] };
        const out = await rows(driver, Q.implementationsCypher({ docs: true, bodies: true, from: false, to: false }, implementationShape(selectionOfText(IMPLEMENTATIONS))), {
          docIds,
          bodyIds: area.bodies,
          from: null,
          to: null,
          skip: int(0),
          fetch: int(FIRST + 1),
        });
        return out.length;
      },
    },
    {
      name: "officials of a body",
      // By id: a name such as "Huyện ủy Châu Thành" matches the committees of several districts.
      args: `body "${body.id}" (${body.name})`,
      graphql: {
        query: OFFICIALS,
        variables: { b: body.id, n: FIRST },
      },
      cypher: async (driver) => {
        const ids = (await rows(driver, "MATCH (o0:Organization {id: $id})<-[:PART_OF*0..3]-(x:Organization) RETURN collect(DISTINCT x.id) AS ids", { id: body.id }))[0]?.ids;
        const out = await rows(driver, Q.officialsCypher({ bodies: true, asOf: false }, officialShape(selectionOfText(OFFICIALS))), { bodyIds: ids, asOf: null, skip: int(0), fetch: int(FIRST + 1) });
        return out.length;
      },
    },
    {
      name: "an official's timeline",
      args: `person "${person.id}" (${person.name})`,
      graphql: {
        query: TIMELINE,
        variables: { p: person.id, n: FIRST },
      },
      cypher: async (driver) => {
        const sel = selectionOfText(TIMELINE);
        const [a, b] = await Promise.all([
          rows(driver, Q.timelineCypher(timelineShape(sel)), { id: person.id, skip: int(0), fetch: int(FIRST + 1) }),
          timelineWantsDocuments(sel) ? rows(driver, Q.PERSON_DOCUMENTS, { id: person.id }) : [],
        ]);
        return a.length + b.length;
      },
    },
    {
      name: "events about a document",
      args: `document "${evDoc.code}"`,
      graphql: {
        query: DOCUMENT_EVENTS,
        variables: { d: evDoc.code, n: FIRST },
      },
      cypher: async (driver) => {
        const docIds = (await rows(driver, "MATCH (r:Resolution) WHERE r.code = $code RETURN r.id AS id", { code: evDoc.code })).map((r) => r.id);
        const out = await rows(driver, Q.documentEventsCypher({ area: false, several: docIds.length > 1 }, documentEventShape(selectionOfText(DOCUMENT_EVENTS))), { docIds, locIds: null, bodyIds: null, skip: int(0), fetch: int(FIRST + 1) });
        return out.length;
      },
    },
  ];
}

async function postGraphql(url: string, body: string): Promise<{ ms: number; edges: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = (await res.json()) as { data?: Record<string, { edges?: unknown[] }>; errors?: Array<{ message: string }> };
  const ms = performance.now() - t0;
  if (json.errors?.length) throw new Error(`GraphQL error: ${json.errors.map((e) => e.message).join("; ")}`);
  const first = json.data ? Object.values(json.data)[0] : undefined;
  return { ms, edges: first?.edges?.length ?? 0 };
}

interface Stats {
  p50: number;
  p95: number;
  p99: number;
}
function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
}
const f1 = (x: number) => x.toFixed(1);

async function main(): Promise<void> {
  const state = existsSync(GRAPH_STATE) ? (JSON.parse(readFileSync(GRAPH_STATE, "utf8")) as { articles: number; nodes: number; relationships: number }) : null;
  if (!state) log("No bench/out/bench-graph.json: run bench/ingest.ts first; measuring whatever graph the bench instance holds.");
  await start(cfg.neo4j, log);
  const driver = openDriver(cfg.neo4j);
  cfg.api.port = 0; // any free port
  cfg.api.host = "127.0.0.1";
  const server = await createApiServer(cfg, { driver });
  // The same API with its look-up cache off (own driver: the cache is per driver) shows the cold path.
  const coldDriver = openDriver(cfg.neo4j);
  const cold = await createApiServer(cfg, { driver: coldDriver, lookupCache: { size: 0 } });
  const results: Array<{ q: Question; gql: Stats; cold: Stats; cy: Stats; edges: number; cyRows: number }> = [];
  let load: LoadResult | null = null;
  let loadQuestion = "";
  try {
    const inputs = await pickInputs(driver);
    log(`Inputs: ${JSON.stringify(inputs)}`);
    for (const q of questions(inputs)) {
      const body = JSON.stringify(q.graphql);
      let edges = 0;
      let cyRows = 0;
      for (let i = 0; i < WARMUP; i++) {
        edges = (await postGraphql(server.url, body)).edges;
        await postGraphql(cold.url, body);
        cyRows = await q.cypher(driver);
      }
      const g: number[] = [];
      const c: number[] = [];
      const k: number[] = [];
      for (let i = 0; i < N; i++) {
        // Alternate which path goes first so neither always benefits from the other's warm caches.
        const runC = async () => {
          const t0 = performance.now();
          await q.cypher(driver);
          c.push(performance.now() - t0);
        };
        const runG = async () => g.push((await postGraphql(server.url, body)).ms);
        const runK = async () => k.push((await postGraphql(cold.url, body)).ms);
        const order = [runG, runK, runC];
        for (let j = 0; j < 3; j++) await order[(i + j) % 3]!();
      }
      const gs = stats(g);
      const cs = stats(c);
      const ks = stats(k);
      results.push({ q, gql: gs, cold: ks, cy: cs, edges, cyRows });
      console.log(
        `${q.name}: GraphQL p50 ${f1(gs.p50)} / p95 ${f1(gs.p95)} / p99 ${f1(gs.p99)} ms; Cypher p50 ${f1(cs.p50)} / p95 ${f1(cs.p95)} / p99 ${f1(cs.p99)} ms; ` +
          `ratio p50 ${(gs.p50 / cs.p50).toFixed(2)}×, p95 ${(gs.p95 / cs.p95).toFixed(2)}× (${edges} edges); ` +
          `uncached look-ups p50 ${f1(ks.p50)} / p95 ${f1(ks.p95)} ms`,
      );
    }

    const lq = results[0]!.q;
    loadQuestion = `${lq.name} (${lq.args})`;
    log(`Load: ${CONNECTIONS} connections, ${DURATION} s on ${loadQuestion}…`);
    load = await autocannon({
      url: server.url,
      method: "POST",
      connections: CONNECTIONS,
      duration: DURATION,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(lq.graphql),
    });
    const total = load.requests.sent ?? load.requests.total ?? 0;
    const errs = load.errors + load.timeouts + load.non2xx;
    console.log(
      `load: ${f1(load.requests.average)} req/s, latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, errors ${errs}/${total} (${total ? ((100 * errs) / total).toFixed(2) : "0"} %)`,
    );
    // autocannon counts HTTP status only; check the answers under load are still data, not errors.
    await postGraphql(server.url, JSON.stringify(lq.graphql));
  } finally {
    await server.close();
    await cold.close();
    await coldDriver.close();
    await driver.close();
    if (!process.argv.includes("--keep-running") && cfg.neo4j.managed) stop(cfg.neo4j, log);
  }

  const m = machine();
  const graph = state ? `the ${state.articles}-article synthetic graph (${state.nodes} nodes, ${state.relationships} relationships)` : "the bench instance's current graph";
  const lines = [
    "## API (bench/api.ts)",
    "",
    machineLine(m),
    `Graph: ${graph}, built by bench/ingest.ts. API: createApiServer on loopback, HTTP POST with keep-alive, one request at a time; ` +
      `Cypher: the same question by hand through the driver (exact-key lookups, then the query strings of src/api/queries.ts, run with the API's read helper). ` +
      `${N} runs per question after ${WARMUP} warm-up runs, the two paths interleaved. The GraphQL side resolves what an analyst typed ` +
      `(a document code, a locality name; body and person by id) with its lookups; the Cypher side is given the ids. ` +
      `The server keeps those look-ups (and area/part expansions) in a short-lived cache (src/api/lookup-cache.ts), warm after the first request; ` +
      `the "look-ups uncached" column is a second server with that cache off, interleaved with the other two. Targets: p95 < ${P95_TARGET} ms, GraphQL/Cypher ≤ ${RATIO_TARGET}×.`,
    "",
    "| Question | Arguments | Rows | GraphQL p50 / p95 / p99 ms | Cypher p50 / p95 / p99 ms | Ratio p50 / p95 | GraphQL p95 ÷ 25 ms | GraphQL, look-ups uncached: p50 / p95 ms, ratio p95 |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.q.name} | ${r.q.args.replace(/\|/g, "/")} | ${r.edges} | ${f1(r.gql.p50)} / ${f1(r.gql.p95)} / ${f1(r.gql.p99)} | ${f1(r.cy.p50)} / ${f1(r.cy.p95)} / ${f1(r.cy.p99)} | ` +
        `${(r.gql.p50 / r.cy.p50).toFixed(2)}× / ${(r.gql.p95 / r.cy.p95).toFixed(2)}× | ${(r.gql.p95 / P95_TARGET).toFixed(2)}× (≤ 1 meets) | ` +
        `${f1(r.cold.p50)} / ${f1(r.cold.p95)}, ${(r.cold.p95 / r.cy.p95).toFixed(2)}× |`,
    ),
    "",
  ];
  if (load) {
    const total = load.requests.sent ?? load.requests.total ?? 0;
    const errs = load.errors + load.timeouts + load.non2xx;
    lines.push(
      `Load (autocannon, loopback, ${CONNECTIONS} connections, ${DURATION} s, ${loadQuestion}): ${f1(load.requests.average)} req/s, ` +
        `latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${total} requests, errors ${errs} (${total ? ((100 * errs) / total).toFixed(2) : "0"} %).`,
    );
  }
  writeSection("bench:api", lines.join("\n"));
  log("Wrote the API section of bench/RESULTS.md.");
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
