// paths → read → extract → batched, concurrent writes. Streaming: at most
// (concurrency + 1) × batch results are held at once, whatever the corpus size.
import type { Driver } from "neo4j-driver";
import { loadConfig, type Config, type Neo4jConfig } from "../config.js";
import { extract } from "../extract/index.js";
import type { ExtractionResult } from "../extract/types.js";
import { openDriver } from "../graph/driver.js";
import { addCounters, emptyCounters, type WriteCounters } from "../graph/counters.js";
import { resolvePersonIdentity } from "../graph/identity.js";
import { personContexts, planArticle } from "../graph/plan.js";
import { identityReference, readGraphReference, seedReference, type GraphReference, type SeedReport } from "../graph/reference-seed.js";
import { writeResults, type ArticleOutcome } from "../graph/write.js";
import { loadReference } from "../reference/load.js";
import { DEFAULT_MAX_BYTES, InputRejected } from "./decode.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { expandPaths } from "./paths.js";
import { readFileInput, readStreamInput, type ReadArticle } from "./read.js";

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

function extractArticle(input: ReadArticle, url: string | null = null): ExtractionResult {
  return extract(input.text, loadReference(), { path: input.path, url });
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

function reasonOf(err: unknown): string {
  if (err instanceof InputRejected) return err.reason;
  const msg = err instanceof Error ? err.message : String(err);
  return `extraction failed: ${msg.split("\n")[0]}`;
}

export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const batchSize = Math.max(1, options.batch ?? 50);
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
  const dispatch = async () => {
    if (batch.length === 0 || !driver) return;
    const work = batch;
    batch = [];
    while (inflight.size >= concurrency) await Promise.race(inflight);
    if (fatal) return;
    const p: Promise<void> = writeResults(work, { driver, database: cfg.database, identity: identityReference(ref), txTimeoutMs: cfg.writeTxTimeoutMs })
      .then((res) => {
        addCounters(summary.counters, res.counters);
        tally(res.articles);
      })
      .catch((err: unknown) => {
        fatal ??= err;
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };

  try {
    if (driver) await ensureReferenceSeeded(driver, cfg.database, ref);
    for await (const src of expandPaths(paths)) {
      if (fatal) break;
      summary.files++;
      if (src.kind === "error") {
        fail(src.path, src.reason);
        continue;
      }
      const label = src.kind === "stdin" ? "<stdin>" : src.path;
      let result: ExtractionResult;
      try {
        const input = src.kind === "stdin" ? await readStreamInput(options.stdin ?? process.stdin, maxBytes) : await readFileInput(src.path, maxBytes);
        result = extractArticle(input);
      } catch (err) {
        fail(label, reasonOf(err));
        continue;
      }
      if (dryRun) {
        const problems = validateResult(result, ref);
        summary.skipped += problems.length;
        summary.articles.validated++;
        progress();
        continue;
      }
      batch.push(result);
      if (batch.length >= batchSize) await dispatch();
    }
    await dispatch();
    await Promise.all(inflight);
    if (fatal) throw fatal;
  } finally {
    await Promise.allSettled(inflight);
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
  const result = extract(body, loadReference(), { path: meta.path ?? null, url: meta.url ?? null });
  const ref = graphReference();
  await ensureReferenceSeeded(driver, cfg.database, ref);
  const out = await writeResults([result], { driver, database: cfg.database, identity: identityReference(ref), txTimeoutMs: cfg.writeTxTimeoutMs });
  const outcome = out.articles[0]!;
  return { ...outcome, title: result.article.title, counters: out.counters };
}
