// Shared by the benchmarks: the dedicated Neo4j instance, machine facts and bench/RESULTS.md sections.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../src/config.js";
import { dirs, pinnedVersion } from "../src/neo4j/provision.js";
import { sideInstanceEnv } from "../src/neo4j/side-instance.js";
import { repoRoot } from "../src/paths.js";

export const OUT = join(repoRoot(), "bench", "out");
export const RESULTS = join(repoRoot(), "bench", "RESULTS.md");
/** Written by bench/ingest.ts after each build: which corpus the bench graph holds. */
export const GRAPH_STATE = join(OUT, "bench-graph.json");

/**
 * Benchmarks get their own managed Neo4j (own folder, ports and memory) so they can wipe it freely;
 * KG_BENCH_BOLT_PORT, KG_BENCH_HOME… move it, KG_BENCH_NEO4J_URI points at an external server (wiped).
 */
export function benchEnv(): NodeJS.ProcessEnv {
  const env = sideInstanceEnv("KG_BENCH", { folder: "bench-instance", boltPort: "27687", httpPort: "27474", heap: "4g", pageCache: "4g" });
  env.LOG_LEVEL = process.env.LOG_LEVEL ?? "warn";
  return env;
}

export function benchConfig(): Config {
  return loadConfig(benchEnv());
}

/** CPU time (user + system, ms) the managed Neo4j has used so far, from /proc; null when it cannot be read. */
export function neo4jCpuMs(cfg: Config["neo4j"]): number | null {
  if (!cfg.managed) return null;
  try {
    const pid = readFileSync(join(dirs(cfg.home).run, "neo4j.pid"), "utf8").trim();
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in 10 ms clock ticks
  } catch {
    return null;
  }
}

export interface Machine {
  date: string;
  nproc: number;
  memoryGiB: number;
  cpu: string;
  node: string;
  java: string;
  neo4j: string;
}

export function machine(neo4jVersion?: string): Machine {
  let cpu = "unknown";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  const javaLine = `${java.stderr ?? ""}${java.stdout ?? ""}`.split("\n")[0]?.trim() || "not found";
  let neo4j = neo4jVersion ?? "";
  if (!neo4j) {
    try {
      neo4j = `${pinnedVersion()} Community (pinned)`;
    } catch {
      neo4j = "unknown";
    }
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    nproc: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpu,
    node: process.version,
    java: javaLine,
    neo4j,
  };
}

export function machineLine(m: Machine): string {
  return `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memoryGiB} GiB RAM; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j}. Date: ${m.date}.`;
}

/** "412 articles/s (1.37× target)": absolute figure with its ratio to the target. */
export function vsTarget(value: number, target: number, unit: string, lowerIsBetter = false): string {
  const ratio = lowerIsBetter ? target / value : value / target;
  return `${value.toFixed(value < 10 ? 2 : 0)} ${unit} (${ratio.toFixed(2)}× target ${lowerIsBetter ? "<" : "≥"} ${target})`;
}

export function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

/** Replaces the section between this benchmark's markers in bench/RESULTS.md, or appends it. */
export function writeSection(name: string, markdown: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmark results\n";
  const i = current.indexOf(start);
  const j = current.indexOf(end);
  const next = i >= 0 && j > i ? `${current.slice(0, i)}${block}${current.slice(j + end.length)}` : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, next);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}
