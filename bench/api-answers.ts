// Dumps the API's answers to the implementation and document-event questions for many argument sets
// on the bench graph, one JSON line per request, so two versions of the read or write path can be
// compared on the same graph (`diff` of two dumps). The arguments are picked from the graph in a
// fixed order, so every version given the same graph asks the same questions.
//   npx tsx bench/api-answers.ts --out answers.jsonl [--keep-running]
import { writeFileSync } from "node:fs";
import { read } from "../src/api/db.js";
import { createApiServer } from "../src/api/server.js";
import { openDriver } from "../src/graph/driver.js";
import { start, stop } from "../src/neo4j/server.js";
import { argValue, benchConfig } from "./common.js";

const out = argValue("--out");
if (!out) throw new Error("--out <file> is required");
const log = (m: string) => console.error(m);

const IMPLEMENTATIONS = `query($d: String, $l: String, $b: String, $n: Int, $after: String) {
  implementations(document: $d, locality: $l, body: $b, first: $n, after: $after) {
    documents { id } edges { cursor node { body { id name } locality { id } document { id code } firstSeen lastSeen evidence
      officials { person { id } title body { id } lastSeen } events { id name eventType date } articles { id title } } }
    pageInfo { hasNextPage endCursor } } }`;
const DOCUMENT_EVENTS = `query($d: String!, $l: String, $n: Int, $after: String) {
  documentEvents(document: $d, locality: $l, first: $n, after: $after) {
    documents { id } edges { cursor node { event { id name eventType date } localities { id } organizers { id }
      participants { person { id } role title } documents { id } articles { id } } }
    pageInfo { hasNextPage endCursor } } }`;

type Vars = Record<string, unknown>;

async function main(): Promise<void> {
  const cfg = benchConfig();
  await start(cfg.neo4j, log);
  const driver = openDriver(cfg.neo4j);
  cfg.api.port = 0;
  cfg.api.host = "127.0.0.1";
  const server = await createApiServer(cfg, { driver });
  const lines: string[] = [];
  try {
    const pick = async (cypher: string) => (await read<{ v: string }>(driver, cfg, cypher, {})).map((r) => r.v);
    const implDocs = await pick(`MATCH (r:Resolution) WHERE r.code IS NOT NULL
      RETURN r.code AS v, COUNT { (r)<-[:IMPLEMENTS]-() } AS n ORDER BY n DESC, v LIMIT 8`);
    const eventDocs = await pick(`MATCH (r:Resolution) WHERE r.code IS NOT NULL
      RETURN r.code AS v, COUNT { (r)<-[:CONCERNS]-() } AS n ORDER BY n DESC, v LIMIT 8`);
    // spellings that may match several documents (a title, an alias), for the several-documents path
    const spellings = await pick(`MATCH (r:Resolution) WHERE size(coalesce(r.aliases, [])) > 1
      RETURN r.aliases[1] AS v, COUNT { (r)<-[:CONCERNS]-() } AS n ORDER BY n DESC, v LIMIT 4`);
    const places = await pick(`MATCH (l:Locality) WHERE l.level IN ['PROVINCE', 'MUNICIPALITY']
      RETURN l.name AS v, COUNT { (l)<-[:HELD_IN]-() } AS n ORDER BY n DESC, v LIMIT 6`);
    const bodies = await pick(`MATCH (o:Organization) RETURN o.id AS v, COUNT { (o)-[:IMPLEMENTS]->() } AS n ORDER BY n DESC, v LIMIT 6`);

    const ask = async (name: string, query: string, variables: Vars, pages: number) => {
      let after: string | null = null;
      for (let i = 0; i < pages; i++) {
        const res = await fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables: { ...variables, after } }),
        });
        const json = (await res.json()) as { data?: Record<string, { pageInfo?: { hasNextPage: boolean; endCursor: string | null } }>; errors?: unknown };
        // stack traces name the checkout's paths; the message and code are the answer
        const errors = (json.errors as Array<{ message: string; extensions?: { code?: string } }> | undefined)?.map((e) => ({ message: e.message, code: e.extensions?.code }));
        lines.push(JSON.stringify({ name, variables, page: i, data: json.data, errors }));
        const info = json.data?.[name]?.pageInfo;
        if (!info?.hasNextPage || !info.endCursor) break;
        after = info.endCursor;
      }
    };
    for (const d of implDocs) {
      await ask("implementations", IMPLEMENTATIONS, { d, n: 20 }, 3);
      for (const l of places) await ask("implementations", IMPLEMENTATIONS, { d, l, n: 20 }, 2);
    }
    for (const b of bodies) await ask("implementations", IMPLEMENTATIONS, { b, n: 10 }, 3);
    for (const d of [...eventDocs, ...spellings]) {
      for (const n of [1, 7, 20, 60]) await ask("documentEvents", DOCUMENT_EVENTS, { d, n }, 3);
      for (const l of places) await ask("documentEvents", DOCUMENT_EVENTS, { d, l, n: 20 }, 2);
    }
  } finally {
    await server.close();
    await driver.close();
    if (!process.argv.includes("--keep-running") && cfg.neo4j.managed) stop(cfg.neo4j, log);
  }
  writeFileSync(out!, `${lines.join("\n")}\n`);
  log(`${lines.length} answers written to ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
