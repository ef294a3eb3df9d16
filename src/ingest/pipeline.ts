// paths → read, decode, extract (worker threads) → batched, concurrent writes (this thread).
// Streaming: at most (concurrency + 2) × batch results are held at once, whatever the corpus size —
// the batches being written, the one being filled, and the extractions running ahead of it.
import type { Driver } from "neo4j-driver";
import { loadConfig, type Config, type Neo4jConfig } from "../config.js";
import { KgError } from "../errors.js";
import type { ExtractionResult } from "../extract/types.js";
import { openDriver } from "../graph/driver.js";
import { addCounters, emptyCounters, type WriteCounters } from "../graph/counters.js";
import { resolvePersonIdentity } from "../graph/identity.js";
import { personContexts, planArticle } from "../graph/plan.js";
import { identityReference, readGraphReference, seedReference, type GraphReference, type SeedReport } from "../graph/reference-seed.js";
import { isDatabaseUnavailable, writeResults, type ArticleOutcome } from "../graph/write.js";
import { DEFAULT_MAX_BYTES, InputRejected } from "./decode.js";
import { defaultWorkerCount, ExtractPool, inProcessRunner, type ExtractRunner } from "./extract-pool.js";
import { extractText, reasonOf, type ExtractReply } from "./extract-task.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { expandPaths, type InputSource } from "./paths.js";
import { readStreamInput } from "./read.js";

export interface FileError {
  path: string;
  reason: string;
}

export interface IngestProgress {
  files: number;
  articles: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestOptions {
  /** Reuse a driver (not closed here); otherwise one is opened from `config` and closed at the end. */
  driver?: Driver;
  config?: Config | Neo4jConfig;
  concurrency?: number;
  batch?: number;
  /** Worker threads that read, decode and extract (default: the CPUs beyond two); 0 does it in this thread. */
  workers?: number;
  dryRun?: boolean;
  maxBytes?: number;
  stdin?: AsyncIterable<Buffer | string>;
  reference?: GraphReference;
  onProgress?: (p: IngestProgress) => void;
  onFileError?: (e: FileError) => void;
}

export interface IngestSummary {
  dryRun: boolean;
  files: number;
  articles: { new: number; unchanged: number; replaced: number; failed: number; validated: number };
  /** Relations or entities the graph model could not take (extractor output outside the model). */
  skipped: number;
  errors: FileError[];
  counters: WriteCounters;
  elapsedMs: number;
  articlesPerSecond: number;
}

function neo4jConfig(c: Config | Neo4jConfig | undefined): Neo4jConfig {
  if (!c) return loadConfig().neo4j;
  return "neo4j" in c ? c.neo4j : c;
}

// The skeleton is seeded once per driver (per process), before its first article.
const seeded = new WeakMap<Driver, Promise<SeedReport>>();

export function ensureReferenceSeeded(driver: Driver, database: string, ref: GraphReference = graphReference()): Promise<SeedReport> {
  let p = seeded.get(driver);
  if (!p) {
    p = seedReference(driver, database, ref);
    p.catch(() => seeded.delete(driver));
    seeded.set(driver, p);
  }
  return p;
}

let cachedGraphRef: GraphReference | undefined;
function graphReference(): GraphReference {
  cachedGraphRef ??= readGraphReference();
  return cachedGraphRef;
}

/** Plans without writing: what --dry-run validates. Returns the model problems found. */
export function validateResult(result: ExtractionResult, ref: GraphReference = graphReference()): string[] {
  const identity = identityReference(ref);
  const decisions = new Map(personContexts(result, identity).map((c) => [c.slug, resolvePersonIdentity(c, [])]));
  const problems = planArticle(result, decisions).skipped;
  if (!/^[0-9a-f]{64}$/.test(result.article.textHash)) problems.push("article textHash is not a sha256 hex digest");
  if (!result.article.id) problems.push("article has no id");
  return problems;
}

/** One input in corpus order: its extraction reply, or why extraction cannot go on at all. */
type Extracted = { label: string; reply: ExtractReply } | { label: string; fatal: unknown };

/** A lost database says so, with what to do; anything else is passed on as it is. */
function explainFatal(err: unknown, cfg: Neo4jConfig, written: number): unknown {
  if (!isDatabaseUnavailable(err)) return err;
  const e = err as { code?: string; message?: string };
  const msg = e.message ?? String(err);
  // the driver's connection errors end with the socket's own reason, the part worth showing
  const cause = /Caused by: (.+)$/.exec(msg)?.[1] ?? msg.split("\n")[0];
  const why = `${e.code ? `${e.code}: ` : ""}${cause}`;
  return new KgError(
    `Lost Neo4j at ${cfg.uri} during the ingest, and it did not come back while the write was retried (${why}).`,
    `${written} article${written === 1 ? " was" : "s were"} written before that, each whole. Once Neo4j is up again, rerun the same command: ` +
      "articles already in the graph are recognised and skipped.",
  );
}

export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const batchSize = Math.max(1, options.batch ?? 50);
  const workers = Math.max(0, Math.floor(options.workers ?? defaultWorkerCount()));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const dryRun = options.dryRun ?? false;
  const ref = options.reference ?? graphReference();
  const cfg = neo4jConfig(options.config);
  const summary: IngestSummary = {
    dryRun,
    files: 0,
    articles: { new: 0, unchanged: 0, replaced: 0, failed: 0, validated: 0 },
    skipped: 0,
    errors: [],
    counters: emptyCounters(),
    elapsedMs: 0,
    articlesPerSecond: 0,
  };
  const progress = () =>
    options.onProgress?.({
      files: summary.files,
      articles: summary.articles.new + summary.articles.unchanged + summary.articles.replaced + summary.articles.validated,
      failed: summary.articles.failed,
      elapsedMs: Date.now() - t0,
    });
  const fail = (path: string, reason: string) => {
    const e = { path, reason };
    summary.errors.push(e);
    summary.articles.failed++;
    options.onFileError?.(e);
    progress();
  };

  const ownDriver = !dryRun && !options.driver;
  const driver = dryRun ? undefined : (options.driver ?? openDriver(cfg));
  const inflight = new Set<Promise<void>>();
  let fatal: unknown;
  const tally = (outcomes: ArticleOutcome[]) => {
    for (const o of outcomes) {
      summary.skipped += o.skipped.length;
      if (o.status === "failed") fail(o.path ?? o.articleId, `could not be written: ${o.reason ?? "unknown error"}`);
      else summary.articles[o.status]++;
    }
    progress();
  };

  let batch: ExtractionResult[] = [];
  // The first batch is written alone: on a fresh server Neo4j compiles the large batch statement
  // once (seconds of CPU) instead of twice side by side, and batches started while it compiles
  // would only deadlock on the shared nodes and be retried.
  let firstWritten = false;
  const dispatch = async () => {
    if (batch.length === 0 || !driver) return;
    const work = batch;
    batch = [];
    while (inflight.size >= (firstWritten ? concurrency : 1)) await Promise.race(inflight);
    if (fatal) return;
    const p: Promise<void> = writeResults(work, { driver, database: cfg.database, identity: identityReference(ref), txTimeoutMs: cfg.writeTxTimeoutMs })
      .then((res) => {
        firstWritten = true;
        addCounters(summary.counters, res.counters);
        tally(res.articles);
      })
      .catch((err: unknown) => {
        fatal ??= err;
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };

  // Extraction runs ahead of the writes, in corpus order: results are consumed as in a serial run.
  const runner: ExtractRunner = workers > 0 ? new ExtractPool(workers) : inProcessRunner;
  const lookahead = workers > 0 ? Math.max(batchSize, 4 * workers) : 1;
  const ahead: Array<Promise<Extracted>> = [];
  const submit = (src: InputSource): Promise<Extracted> => {
    if (src.kind === "error") return Promise.resolve({ label: src.path, reply: { ok: false, reason: src.reason } });
    const label = src.kind === "stdin" ? "<stdin>" : src.path;
    const reply: Promise<ExtractReply> =
      src.kind === "stdin"
        ? readStreamInput(options.stdin ?? process.stdin, maxBytes).then(
            (input) => runner.run({ kind: "text", text: input.text, path: input.path }),
            (err: unknown) => ({ ok: false, reason: reasonOf(err) }),
          )
        : runner.run({ kind: "file", path: src.path, maxBytes });
    return reply.then(
      (r) => ({ label, reply: r }),
      (err: unknown) => ({ label, fatal: err }),
    );
  };
  const consume = async (item: Extracted) => {
    summary.files++;
    if ("fatal" in item) {
      fatal ??= item.fatal;
      return;
    }
    if (!item.reply.ok) {
      fail(item.label, item.reply.reason);
      return;
    }
    const result = item.reply.result;
    if (dryRun) {
      const problems = validateResult(result, ref);
      summary.skipped += problems.length;
      summary.articles.validated++;
      progress();
      return;
    }
    batch.push(result);
    if (batch.length >= batchSize) await dispatch();
  };

  try {
    if (runner instanceof ExtractPool) runner.warm(); // workers load the extractor while the reference is seeded
    if (driver) await ensureReferenceSeeded(driver, cfg.database, ref);
    for await (const src of expandPaths(paths)) {
      if (fatal) break;
      ahead.push(submit(src));
      if (ahead.length >= lookahead) await consume(await ahead.shift()!);
    }
    while (ahead.length > 0 && !fatal) await consume(await ahead.shift()!);
    await dispatch();
    await Promise.all(inflight);
    if (fatal) throw explainFatal(fatal, cfg, summary.articles.new + summary.articles.unchanged + summary.articles.replaced);
  } finally {
    await Promise.allSettled(inflight);
    await runner.close();
    if (ownDriver) await driver?.close();
  }
  summary.elapsedMs = Date.now() - t0;
  const done = summary.articles.new + summary.articles.unchanged + summary.articles.replaced + summary.articles.validated;
  summary.articlesPerSecond = summary.elapsedMs > 0 ? (done * 1000) / summary.elapsedMs : 0;
  return summary;
}

export interface IngestTextResult extends ArticleOutcome {
  title: string | null;
  counters: WriteCounters;
}

/**
 * One article from a string (the GraphQL `ingestArticle` mutation). HTML is reduced to text; the
 * reference skeleton is seeded on first use. Throws InputRejected for unusable text.
 */
export async function ingestText(
  text: string,
  meta: { url?: string | null; path?: string | null },
  driver: Driver,
  config: Config | Neo4jConfig,
  opts: { maxBytes?: number } = {},
): Promise<IngestTextResult> {
  const cfg = neo4jConfig(config);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw new InputRejected(`too large: over the ${maxBytes} byte limit`);
  const body = looksLikeHtml(text) ? htmlToText(text).text : text;
  if (body.trim() === "") throw new InputRejected("empty text");
  const result = extractText(body, meta.path ?? null, meta.url ?? null);
  const ref = graphReference();
  await ensureReferenceSeeded(driver, cfg.database, ref);
  const out = await writeResults([result], { driver, database: cfg.database, identity: identityReference(ref), txTimeoutMs: cfg.writeTxTimeoutMs });
  const outcome = out.articles[0]!;
  return { ...outcome, title: result.article.title, counters: out.counters };
}
