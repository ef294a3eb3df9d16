// Writer-only measurement: extraction results are prepared once (JSON Lines), then written into an empty
// bench Neo4j with writeResults as the pipeline does (batches, concurrency, the first batch alone).
// Reports wall time, Neo4j's CPU time per article (from /proc), transaction attempts (retries) and the
// time spent per statement.
//   npx tsx bench/write-only.ts extract <corpus articles dir> <out.jsonl> [limit]
//   npx tsx bench/write-only.ts write <in.jsonl> [--batch 50] [--concurrency 2] [--limit N] [--keep]
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import type { ExtractionResult } from "../src/extract/types.js";
import { openDriver } from "../src/graph/driver.js";
import { migrate } from "../src/graph/migrate.js";
import { identityReference, readGraphReference } from "../src/graph/reference-seed.js";
import { writeResults } from "../src/graph/write.js";
import { ensureReferenceSeeded } from "../src/ingest/pipeline.js";
import { runExtractTask } from "../src/ingest/extract-task.js";
import { expandPaths } from "../src/ingest/paths.js";
import { reset, start, stop } from "../src/neo4j/server.js";
import { argValue, benchConfig, neo4jCpuMs } from "./common.js";

const log = (m: string) => console.error(m);

async function extractAll(dir: string, out: string, limit: number): Promise<void> {
  const w = createWriteStream(out);
  let n = 0;
  for await (const src of expandPaths([dir])) {
    if (src.kind !== "file") continue;
    const r = await runExtractTask({ kind: "file", path: src.path, maxBytes: 5_000_000 });
    if (r.ok) w.write(`${JSON.stringify(r.result)}\n`);
    if (++n >= limit) break;
    if (n % 1000 === 0) log(`${n}`);
  }
  await new Promise<void>((res) => w.end(res));
}

const timing = new Map<string, { n: number; ms: number }>();
let attempts = 0;
function note(name: string, ms: number) {
  const t = timing.get(name) ?? { n: 0, ms: 0 };
  t.n++;
  t.ms += ms;
  timing.set(name, t);
}

/** A driver whose write transactions count their attempts and time each statement and the commit. */
function instrument(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, prop, recv) {
      if (prop !== "session") return Reflect.get(target, prop, recv) as unknown;
      return (cfg: Parameters<Driver["session"]>[0]) => {
        const s: Session = target.session(cfg);
        return new Proxy(s, {
          get(st, p, r) {
            if (p !== "executeWrite") return Reflect.get(st, p, r) as unknown;
            return async (work: (tx: ManagedTransaction) => Promise<unknown>, c?: unknown) => {
              let lastEnd = 0;
              const res = await st.executeWrite(async (tx) => {
                attempts++;
                const wrapped = new Proxy(tx, {
                  get(t, q, rr) {
                    if (q !== "run") return Reflect.get(t, q, rr) as unknown;
                    return async (cypher: string, params: Record<string, unknown>) => {
                      const t0 = performance.now();
                      const out = await t.run(cypher, params);
                      lastEnd = performance.now();
                      const name = cypher.includes("CYPHER replan") ? "WRITE_ALL" : cypher.includes("$slugs") && cypher.includes("$ids") ? "PRECHECK" : cypher.trim().split("\n")[0]!.slice(0, 40);
                      note(name, lastEnd - t0);
                      return out;
                    };
                  },
                });
                return work(wrapped);
              }, c as never);
              note("commit", performance.now() - lastEnd);
              return res;
            };
          },
        });
      };
    },
  });
}

async function writeAll(file: string): Promise<void> {
  const batchSize = Number(argValue("--batch") ?? 50);
  const concurrency = Number(argValue("--concurrency") ?? 2);
  const limit = Number(argValue("--limit") ?? Infinity);
  const cfg = benchConfig().neo4j;
  if (!process.argv.includes("--no-reset")) reset(cfg, log);
  await start(cfg, log);
  const raw = openDriver(cfg);
  await migrate(raw, cfg.database);
  const ref = readGraphReference();
  await ensureReferenceSeeded(raw, cfg.database, ref);
  const driver = instrument(raw);
  const identity = identityReference(ref);

  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const inflight = new Set<Promise<void>>();
  let batch: ExtractionResult[] = [];
  let first = true;
  let n = 0;
  let failed = 0;
  const cpu0 = neo4jCpuMs(cfg) ?? NaN;
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  const dispatch = async () => {
    const work = batch;
    batch = [];
    while (inflight.size >= (first ? 1 : concurrency)) await Promise.race(inflight);
    const p = writeResults(work, { driver, database: cfg.database, identity })
      .then((res) => {
        first = false;
        failed += res.articles.filter((a) => a.status === "failed").length;
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };
  for await (const line of rl) {
    if (!line) continue;
    batch.push(JSON.parse(line) as ExtractionResult);
    n++;
    if (batch.length >= batchSize) await dispatch();
    if (n >= limit) break;
  }
  if (batch.length) await dispatch();
  await Promise.all(inflight);
  const wall = performance.now() - t0;
  const neoCpu = (neo4jCpuMs(cfg) ?? NaN) - cpu0;
  const own = process.cpuUsage(own0);
  const batches = Math.ceil(n / batchSize);
  const report = JSON.stringify({
      articles: n, failed, batch: batchSize, concurrency, wallS: +(wall / 1000).toFixed(1), rate: +((n * 1000) / wall).toFixed(1),
      neo4jCpuMsPerArticle: +(neoCpu / n).toFixed(2), clientCpuMsPerArticle: +((own.user + own.system) / 1000 / n).toFixed(2),
      batches, attempts, retries: attempts - batches,
      statements: Object.fromEntries([...timing].map(([k, v]) => [k, { n: v.n, s: +(v.ms / 1000).toFixed(1) }])),
  });
  await raw.close();
  if (!process.argv.includes("--keep")) stop(cfg, log);
  console.log(report);
}

const [mode, a, b, c] = process.argv.slice(2);
if (mode === "extract") await extractAll(a!, b!, Number(c ?? Infinity));
else if (mode === "write") await writeAll(a!);
else log("usage: write-only.ts extract <dir> <out.jsonl> [limit] | write <in.jsonl> [--batch N] [--concurrency N]");
