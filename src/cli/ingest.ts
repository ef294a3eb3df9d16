import type { Command } from "commander";
import { InvalidArgumentError, Option } from "commander";
import { loadConfig } from "../config.js";
import { openDriver } from "../graph/driver.js";
import { migrate } from "../graph/migrate.js";
import { DEFAULT_MAX_BYTES } from "../ingest/decode.js";
import { defaultWorkerCount } from "../ingest/extract-pool.js";
import { ingestPaths } from "../ingest/pipeline.js";
import { formatSummary, progressReporter } from "../ingest/progress.js";
import { start } from "../neo4j/server.js";

interface IngestCliOptions {
  concurrency: number;
  batch: number;
  workers: number;
  dryRun?: boolean;
  json?: boolean;
  maxBytes: number;
}

function positiveInt(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive integer");
  return n;
}

function nonNegativeInt(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected 0 or a positive integer");
  return n;
}

/** "5000000", "512k", "5MB", "1g". */
export function parseSize(raw: string): number {
  const m = /^(\d+)\s*([kmg]?)i?b?$/i.exec(raw.trim());
  if (!m) throw new InvalidArgumentError("expected a size such as 5000000, 512k or 5MB");
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  const n = Number(m[1]) * unit;
  if (n <= 0) throw new InvalidArgumentError("must be positive");
  return n;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("read articles (files, folders, globs with * and **, or - for stdin), extract them and write them to Neo4j")
    .argument("<paths...>", "files, folders (*.txt, *.html, *.htm inside, recursively), globs, or - for stdin")
    .option("--concurrency <n>", "write transactions in flight", positiveInt, 2)
    .option("--batch <n>", "articles per transaction (each transaction is all-or-nothing)", positiveInt, 50)
    .addOption(
      new Option("--workers <n>", "worker threads that read, decode and extract the files while the main thread writes; 0 extracts in the main thread")
        .argParser(nonNegativeInt)
        .default(defaultWorkerCount(), `CPUs beyond two, here ${defaultWorkerCount()}`),
    )
    .option("--dry-run", "extract and validate only; write nothing")
    .option("--json", "print the summary as JSON")
    .option("--max-bytes <size>", "refuse files larger than this", parseSize, DEFAULT_MAX_BYTES)
    .addHelpText("after", "\nExit status: 0 when every file landed, 2 when some failed (the others are written), 1 on a fatal error.")
    .action(async (paths: string[], opts: IngestCliOptions) => {
      const cfg = loadConfig().neo4j;
      const log = (m: string) => console.error(m);
      let driver;
      if (!opts.dryRun) {
        await start(cfg, log);
        const ready = loadConfig().neo4j; // the first start generates the password
        driver = openDriver(ready);
        await migrate(driver, ready.database);
      }
      const reporter = progressReporter();
      try {
        const summary = await ingestPaths(paths, {
          driver,
          config: loadConfig(),
          concurrency: opts.concurrency,
          batch: opts.batch,
          workers: opts.workers,
          dryRun: opts.dryRun,
          maxBytes: opts.maxBytes,
          onProgress: (p) => reporter.update(p),
          onFileError: (e) => reporter.fileError(e),
        });
        reporter.stop();
        if (opts.json) console.log(JSON.stringify(summary, null, 2));
        else console.log(formatSummary(summary));
        if (summary.articles.failed > 0) process.exitCode = 2;
      } finally {
        reporter.stop();
        await driver?.close();
      }
    });
}
