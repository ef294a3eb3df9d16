// Progress on stderr: a live line on a terminal, a log line every few seconds otherwise.
import cliProgress from "cli-progress";
import type { FileError, IngestProgress, IngestSummary } from "./pipeline.js";

export interface ProgressReporter {
  update(p: IngestProgress): void;
  fileError(e: FileError): void;
  stop(): void;
}

function rate(p: IngestProgress): string {
  return p.elapsedMs > 0 ? ((p.articles * 1000) / p.elapsedMs).toFixed(0) : "0";
}

export function progressReporter(stream: NodeJS.WriteStream = process.stderr, intervalMs = 5_000): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: " {spinner} {files} files · {articles} articles · {rate} articles/s · {failed} failed",
        hideCursor: true,
        clearOnComplete: true,
        stream,
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    );
    const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
    let tick = 0;
    let started = false;
    const payload = (p: IngestProgress) => ({ ...p, rate: rate(p), spinner: frames[tick++ % frames.length] });
    return {
      update(p) {
        if (!started) {
          bar.start(Number.MAX_SAFE_INTEGER, 0, payload(p));
          started = true;
        }
        bar.update(p.files, payload(p));
      },
      fileError(e) {
        stream.write(`\r\x1b[K✗ ${e.path}: ${e.reason}\n`);
      },
      stop() {
        if (started) bar.stop();
        started = false;
      },
    };
  }
  let last = 0;
  return {
    update(p) {
      if (p.elapsedMs - last < intervalMs) return;
      last = p.elapsedMs;
      stream.write(`ingest: ${p.files} files, ${p.articles} articles (${rate(p)}/s), ${p.failed} failed\n`);
    },
    fileError(e) {
      stream.write(`error: ${e.path}: ${e.reason}\n`);
    },
    stop() {},
  };
}

export function formatSummary(s: IngestSummary): string {
  const secs = (s.elapsedMs / 1000).toFixed(1);
  const lines: string[] = [];
  if (s.dryRun) {
    lines.push(`Dry run: ${s.files} files, ${s.articles.validated} articles extracted and validated in ${secs} s (${s.articlesPerSecond.toFixed(0)}/s); nothing written.`);
  } else {
    lines.push(`Ingested ${s.files} files in ${secs} s (${s.articlesPerSecond.toFixed(s.articlesPerSecond < 10 ? 1 : 0)} articles/s).`);
    lines.push(`  articles: ${s.articles.new} new, ${s.articles.unchanged} unchanged, ${s.articles.replaced} replaced, ${s.articles.failed} failed`);
    const c = s.counters;
    lines.push(`  graph: +${c.nodesCreated} nodes, +${c.relationshipsCreated} relationships, -${c.nodesDeleted} nodes, -${c.relationshipsDeleted} relationships, ${c.propertiesSet} properties set`);
  }
  if (s.dryRun && s.articles.failed > 0) lines.push(`  ${s.articles.failed} failed`);
  if (s.skipped > 0) lines.push(`  ${s.skipped} extracted relations/entities did not fit the graph model and were left out`);
  if (s.errors.length > 0) {
    lines.push(`  ${s.errors.length} file${s.errors.length === 1 ? "" : "s"} failed:`);
    for (const e of s.errors.slice(0, 50)) lines.push(`    ${e.path}: ${e.reason}`);
    if (s.errors.length > 50) lines.push(`    … and ${s.errors.length - 50} more (use --json for the full list)`);
  }
  return lines.join("\n");
}
