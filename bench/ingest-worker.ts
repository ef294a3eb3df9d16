// Child process of bench/ingest.ts: ingests one folder, so its peak RSS is the ingest's alone.
// Prints the summary as JSON on the last line of stdout.
import { ingestPaths } from "../src/ingest/index.js";
import { benchConfig } from "./common.js";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: tsx bench/ingest-worker.ts <folder>");
  process.exit(2);
}
const concurrency = process.env.KG_BENCH_CONCURRENCY ? Number(process.env.KG_BENCH_CONCURRENCY) : undefined;
const batch = process.env.KG_BENCH_BATCH ? Number(process.env.KG_BENCH_BATCH) : undefined;
const workers = process.env.KG_BENCH_WORKERS ? Number(process.env.KG_BENCH_WORKERS) : undefined;
let last = 0;
const summary = await ingestPaths([dir], {
  config: benchConfig(),
  dryRun: process.env.KG_BENCH_DRY_RUN === "1",
  ...(concurrency ? { concurrency } : {}),
  ...(batch ? { batch } : {}),
  ...(workers !== undefined ? { workers } : {}),
  onProgress: (p) => {
    if (p.articles - last >= 1000) {
      last = p.articles;
      process.stderr.write(`  ${p.articles} articles, ${(p.articles / (p.elapsedMs / 1000)).toFixed(0)}/s\n`);
    }
  },
});
const { errors, ...rest } = summary;
process.stdout.write(`${JSON.stringify({ ...rest, errorCount: errors.length, firstErrors: errors.slice(0, 5) })}\n`);
