// Ingest benchmark: synthetic corpora of 1k, 10k and 100k articles into an empty, dedicated local
// Neo4j. Reports articles/s against the 300/s target, the ingest process's peak RSS (VmHWM of a
// child process, sampled over time to show memory stays flat) and the graph size reached.
//   npx tsx bench/ingest.ts [--sizes 1000,10000,100000] [--seed 42] [--keep-running] [--max-seconds N]
// --max-seconds stops an ingest that runs longer and reports the rate reached so far (articles are
// counted in the database: one transaction per batch, so a stopped run leaves whole articles).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { openDriver } from "../src/graph/driver.js";
import { migrate } from "../src/graph/migrate.js";
import { reset, start, stop } from "../src/neo4j/server.js";
import { repoRoot } from "../src/paths.js";
import { ARTICLES_DIR, GENERATOR_VERSION, generateCorpus, readManifest } from "../src/synth/generate.js";
import { argValue, benchConfig, benchEnv, GRAPH_STATE, machine, machineLine, mib, neo4jCpuMs, OUT, vsTarget, writeSection } from "./common.js";

const TARGET = 300;
const sizes = (argValue("--sizes") ?? "1000,10000,100000").split(",").map((s) => Number(s.trim()));
const seed = Number(argValue("--seed") ?? 42);
const keepRunning = process.argv.includes("--keep-running");
const maxSeconds = argValue("--max-seconds") ? Number(argValue("--max-seconds")) : null;
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("--sizes takes positive integers, e.g. --sizes 1000,10000");

const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
const log = (m: string) => console.error(m);

/** Generates the corpus unless a finished one with the same size, seed and generator is there. */
async function corpus(n: number): Promise<string> {
  const dir = join(OUT, `synth-${label(n)}-s${seed}`);
  const m = readManifest(dir);
  if (m && m.articles === n && m.seed === seed && m.version === GENERATOR_VERSION && m.format === "txt") {
    log(`Reusing ${dir} (${n} articles, ${(m.bytes / 1e6).toFixed(0)} MB).`);
  } else {
    log(`Generating ${n} articles into ${dir}…`);
    const g = await generateCorpus({ articles: n, seed, out: dir });
    log(`  ${(g.bytes / 1e6).toFixed(0)} MB in ${(g.ms / 1000).toFixed(1)} s.`);
  }
  return dir;
}

interface MemSample {
  t: number;
  rss: number;
}

function procStatus(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, "m").exec(s)?.[1] ?? 0) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return null;
  }
}

interface IngestRun {
  articles: number;
  wallMs: number;
  peakRss: number;
  samples: MemSample[];
  summary: Record<string, unknown>;
  exitCode: number | null;
  /** True when --max-seconds stopped the run. */
  stopped: boolean;
}

/** Runs the ingest in a child process (Node + tsx) and polls its memory from /proc. */
function runIngest(dir: string): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot(), "bench", "ingest-worker.ts"), join(dir, ARTICLES_DIR)], {
      cwd: repoRoot(),
      env: benchEnv(),
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    const samples: MemSample[] = [];
    let peak = 0;
    const timer = setInterval(() => {
      const st = child.pid ? procStatus(child.pid) : null;
      if (!st) return;
      peak = Math.max(peak, st.hwm, st.rss);
      samples.push({ t: performance.now() - t0, rss: st.rss });
    }, 250);
    let stopped = false;
    const limit =
      maxSeconds !== null
        ? setTimeout(() => {
            stopped = true;
            child.kill("SIGTERM");
          }, maxSeconds * 1000)
        : null;
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (limit) clearTimeout(limit);
      const wallMs = performance.now() - t0;
      const lastLine = out.trim().split("\n").pop() ?? "{}";
      let summary: Record<string, unknown> = {};
      try {
        summary = JSON.parse(lastLine) as Record<string, unknown>;
      } catch {
        summary = { raw: out.slice(-2000) };
      }
      const a = (summary.articles ?? {}) as Record<string, number>;
      const articles = (a.new ?? 0) + (a.replaced ?? 0) + (a.unchanged ?? 0);
      resolve({ articles, wallMs, peakRss: peak, samples, summary, exitCode: code, stopped });
    });
  });
}

/** RSS at 25/50/75/100 % of the run: flat figures mean memory does not grow with the corpus. */
function rssProfile(samples: MemSample[]): string {
  if (samples.length === 0) return "n/a";
  const total = samples[samples.length - 1]!.t;
  return [0.25, 0.5, 0.75, 1]
    .map((q) => {
      const s = samples.find((x) => x.t >= q * total) ?? samples[samples.length - 1]!;
      return `${Math.round(q * 100)}%: ${mib(s.rss)}`;
    })
    .join(", ");
}

async function graphSize(cfg: ReturnType<typeof benchConfig>["neo4j"]): Promise<{ nodes: number; rels: number; byLabel: Record<string, number> }> {
  const driver = openDriver(cfg);
  try {
    const byLabel: Record<string, number> = {};
    let nodes = 0;
    const labels = await driver.executeQuery("CALL db.labels() YIELD label RETURN label", {}, { database: cfg.database });
    for (const r of labels.records) {
      const l = r.get("label") as string;
      const c = await driver.executeQuery(`MATCH (n:\`${l.replace(/`/g, "")}\`) RETURN count(n) AS c`, {}, { database: cfg.database });
      byLabel[l] = Number(c.records[0]?.get("c") ?? 0);
    }
    const n = await driver.executeQuery("MATCH (n) RETURN count(n) AS c", {}, { database: cfg.database });
    nodes = Number(n.records[0]?.get("c") ?? 0);
    const r = await driver.executeQuery("MATCH ()-[r]->() RETURN count(r) AS c", {}, { database: cfg.database });
    return { nodes, rels: Number(r.records[0]?.get("c") ?? 0), byLabel };
  } finally {
    await driver.close();
  }
}

async function neo4jVersion(cfg: ReturnType<typeof benchConfig>["neo4j"]): Promise<string | undefined> {
  const driver = openDriver(cfg);
  try {
    const r = await driver.executeQuery("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e", {}, { database: cfg.database });
    const rec = r.records[0];
    return rec ? `${rec.get("v") as string} ${rec.get("e") as string}` : undefined;
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

interface Row {
  size: number;
  measuredAt: string;
  /** 1-minute load average when the ingest started and when it ended: other work on the machine. */
  loadAverage?: [number, number];
  wallMs: number;
  articles: number;
  failed: number | null;
  exitCode: number | null;
  /** Stopped by --max-seconds before the end of the corpus. */
  timeBoxed?: boolean;
  /** The first per-file errors the ingest reported, to explain the Failed column. */
  firstErrors?: unknown;
  rate: number;
  /** Neo4j's CPU time per ingested article (managed instance only): comparable across loads better than wall time. */
  neo4jCpuMsPerArticle?: number | null;
  peakRss: number;
  rssProfile: string;
  graph: Awaited<ReturnType<typeof graphSize>>;
}

/** Rows of earlier runs are kept, so a run limited with --sizes does not drop the other sizes. */
const STORE = join(OUT, "ingest-results.json");
function loadRows(): Row[] {
  if (!existsSync(STORE)) return [];
  try {
    return JSON.parse(readFileSync(STORE, "utf8")) as Row[];
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  const rows: Row[] = loadRows();
  let version: string | undefined;
  const cfg = benchConfig();
  for (const n of sizes) {
    const dir = await corpus(n);
    // An empty database for every size: the figures do not depend on what ran before.
    if (cfg.neo4j.managed) reset(cfg.neo4j, log);
    await start(cfg.neo4j, log);
    version ??= await neo4jVersion(cfg.neo4j);
    {
      const driver = openDriver(cfg.neo4j);
      try {
        if (!cfg.neo4j.managed) {
          // CALL … IN TRANSACTIONS needs an auto-commit transaction, which executeQuery does not give
          const session = driver.session({ database: cfg.neo4j.database });
          try {
            await session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
          } finally {
            await session.close();
          }
        }
        await migrate(driver, cfg.neo4j.database);
      } finally {
        await driver.close();
      }
    }
    log(`Ingesting ${n} articles…`);
    const cpu0 = neo4jCpuMs(cfg.neo4j);
    const load0 = loadavg()[0]!;
    const run = await runIngest(dir);
    const cpu1 = neo4jCpuMs(cfg.neo4j);
    const load1 = loadavg()[0]!;
    if (run.exitCode !== 0) log(`  the ingest exited with code ${run.exitCode}: ${JSON.stringify(run.summary).slice(0, 500)}`);
    const graph = await graphSize(cfg.neo4j);
    // A stopped child prints no summary: count what it committed.
    if (run.stopped) run.articles = graph.byLabel.Article ?? 0;
    const rate = run.articles / (run.wallMs / 1000);
    const a = (run.summary.articles ?? {}) as Record<string, number>;
    const row: Row = {
      size: n,
      measuredAt: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      loadAverage: [load0, load1],
      wallMs: run.wallMs,
      articles: run.articles,
      failed: a.failed ?? null,
      exitCode: run.exitCode,
      timeBoxed: run.stopped,
      firstErrors: run.summary.firstErrors,
      rate,
      neo4jCpuMsPerArticle: cpu0 !== null && cpu1 !== null && run.articles > 0 ? (cpu1 - cpu0) / run.articles : null,
      peakRss: run.peakRss,
      rssProfile: rssProfile(run.samples),
      graph,
    };
    const i = rows.findIndex((r) => r.size === n);
    if (i >= 0) rows[i] = row;
    else rows.push(row);
    rows.sort((x, y) => x.size - y.size);
    writeFileSync(STORE, `${JSON.stringify(rows, null, 2)}\n`);
    writeFileSync(GRAPH_STATE, `${JSON.stringify({ articles: n, seed, corpus: dir, builtAt: new Date().toISOString(), nodes: graph.nodes, relationships: graph.rels }, null, 2)}\n`);
    console.log(
      `${label(n)}${run.stopped ? ` (stopped after ${maxSeconds} s)` : ""}: ${run.articles} articles in ${(run.wallMs / 1000).toFixed(1)} s = ${vsTarget(rate, TARGET, "articles/s")}; ` +
        `Neo4j CPU ${row.neo4jCpuMsPerArticle?.toFixed(2) ?? "?"} ms/article; load ${load0.toFixed(1)} → ${load1.toFixed(1)}; peak RSS ${mib(run.peakRss)} (RSS ${rssProfile(run.samples)}); graph ${graph.nodes} nodes, ${graph.rels} relationships`,
    );
  }
  if (!keepRunning && cfg.neo4j.managed) stop(cfg.neo4j, log);

  const m = machine(version);
  const lines = [
    "## Ingest (bench/ingest.ts)",
    "",
    machineLine(m),
    `Bench Neo4j: dedicated managed instance, heap ${cfg.neo4j.heap}, page cache ${cfg.neo4j.pageCache}, emptied before each size. ` +
      `Corpus: \`kg synth\` seed ${seed}, generator ${GENERATOR_VERSION}. Ingest: \`ingestPaths\` with its default batch and concurrency, in a child process ` +
      `whose memory is read from /proc (VmHWM). Wall time includes reading, extraction and writing. Target ≥ ${TARGET} articles/s.`,
    "",
    "| Corpus | Ingested | Measured | Load average (1 min) | Wall time | Articles/s (× target) | Neo4j CPU per article | Peak RSS | RSS at 25/50/75/100 % of the run | Nodes | Relationships | Failed |",
    "|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.articles}${r.timeBoxed ? " (time-boxed)" : ""} | ${r.measuredAt} | ${r.loadAverage?.map((l) => l.toFixed(1)).join(" → ") ?? "?"} | ${(r.wallMs / 1000).toFixed(1)} s | ${r.rate.toFixed(1)} (${(r.rate / TARGET).toFixed(3)}×) | ${r.neo4jCpuMsPerArticle ? `${r.neo4jCpuMsPerArticle.toFixed(1)} ms` : "?"} | ${mib(r.peakRss)} | ${r.rssProfile} | ${r.graph.nodes} | ${r.graph.rels} | ${r.failed ?? "?"} |`,
    ),
    "",
    ...rows.slice(-1).map((r) => `Graph after ${r.size} articles, by label: ${Object.entries(r.graph.byLabel).map(([k, v]) => `${k} ${v}`).join(", ")}.`),
  ];
  writeSection("bench:ingest", lines.join("\n"));
  log(`Wrote the ingest section of bench/RESULTS.md.`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
