// Extraction throughput on one core: builds 5-10 KB articles from the seed paragraphs (shuffled,
// with tone-mark and abbreviation variants), warms up, then times N articles.
//   npx tsx bench/extract.ts [N]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cpus, loadavg } from "node:os";
import { extract } from "../src/extract/index.js";
import { loadReference } from "../src/reference/load.js";
import { repoRoot } from "../src/paths.js";

const TARGET_PER_SEC = 1000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function corpus(n: number): string[] {
  const dir = join(repoRoot(), "seeds", "articles");
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 80);
  const variants: Array<[RegExp, string]> = [
    [/Thành ủy/g, "Thành uỷ"],
    [/khóa/g, "khoá"],
    [/Ban Thường vụ/g, "BTV"],
    [/Nghị quyết Trung ương/g, "NQ TW"],
  ];
  const rand = rng(42);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [paragraphs[Math.floor(rand() * paragraphs.length)] as string];
    const size = 5000 + Math.floor(rand() * 5000);
    let len = 0;
    while (len < size) {
      let p = paragraphs[Math.floor(rand() * paragraphs.length)] as string;
      for (const [re, by] of variants) if (rand() < 0.3) p = p.replace(re, by);
      parts.push(p);
      len += p.length + 2;
    }
    out.push(parts.join("\n\n"));
  }
  return out;
}

function main(): void {
  const n = Number(process.argv[2] ?? 2000);
  const ref = loadReference();
  const articles = corpus(n);
  const bytes = articles.reduce((a, s) => a + Buffer.byteLength(s, "utf8"), 0);
  for (let i = 0; i < Math.min(300, n); i++) extract(articles[i % articles.length] as string, ref);
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let entities = 0;
  for (const a of articles) entities += extract(a, ref).entities.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  // CPU time of this process: the one-core figure even when other work shares the machine
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perSec = (n / cpuMs) * 1000;
  const wallPerSec = (n / ms) * 1000;
  const load = loadavg()[0] ?? 0;
  console.log(`articles        ${n} (avg ${(bytes / n / 1024).toFixed(1)} KB, ${entities} entities)`);
  console.log(`wall time       ${ms.toFixed(0)} ms  (${(ms / n).toFixed(3)} ms/article, ${wallPerSec.toFixed(0)} articles/s, load average ${load.toFixed(1)} on ${cpus().length} cores)`);
  console.log(`cpu time        ${cpuMs.toFixed(0)} ms  (${(cpuMs / n).toFixed(3)} ms/article)`);
  console.log(`throughput      ${perSec.toFixed(0)} articles/s per core  (${((bytes / 1024 / 1024) / (cpuMs / 1000)).toFixed(1)} MB/s)`);
  console.log(`target          ${TARGET_PER_SEC} articles/s  ratio ${(perSec / TARGET_PER_SEC).toFixed(2)}x ${perSec >= TARGET_PER_SEC ? "ok" : "BELOW"}`);
}

main();
