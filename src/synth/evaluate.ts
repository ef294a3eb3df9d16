// Extraction quality at scale: runs extract() over a synthetic corpus and grades it against the
// generator's truth with the same scorer as the hand-written gold.
import { createReadStream, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { extract } from "../extract/index.js";
import { loadReference } from "../reference/load.js";
import { CATEGORIES, scoreArticle, sumScores, type Score } from "../eval/score.js";
import type { Gold } from "../eval/gold.js";
import { CORPUS_JSONL, readManifest } from "./generate.js";
import type { Truth } from "./truth.js";

export interface EvaluateOptions {
  truth?: string;
  limit?: number;
  onProgress?: (done: number) => void;
}

export interface EvaluateResult {
  articles: number;
  /** Time spent inside extract(), ms. */
  extractMs: number;
  score: Score;
}

function lines(path: string): AsyncIterableIterator<string> {
  return createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity })[Symbol.asyncIterator]();
}

/** Truth in the gold shape: documents keep their gold key; extra fields are ignored by the scorer. */
function asGold(t: Truth): Gold {
  return t as unknown as Gold;
}

export async function evaluateCorpus(dir: string, opts: EvaluateOptions = {}): Promise<EvaluateResult> {
  const root = resolve(dir);
  const manifest = readManifest(root);
  const truthPath = resolve(opts.truth ?? manifest?.truth ?? join(root, "truth.jsonl"));
  const corpusPath = manifest?.format === "jsonl" ? (manifest.corpus ?? join(root, CORPUS_JSONL)) : null;
  const reference = loadReference();
  const truthLines = lines(truthPath);
  const corpusLines = corpusPath ? lines(corpusPath) : null;
  const scores: Score[] = [];
  let extractMs = 0;
  const limit = opts.limit ?? Infinity;
  while (scores.length < limit) {
    const next = await truthLines.next();
    if (next.done) break;
    if (next.value.trim() === "") continue;
    const truth = JSON.parse(next.value) as Truth;
    let text: string;
    let path: string;
    if (corpusLines) {
      const c = await corpusLines.next();
      if (c.done) throw new Error(`${corpusPath} has fewer records than ${truthPath}`);
      const rec = JSON.parse(c.value) as { id: string; text: string };
      if (rec.id !== truth.id) throw new Error(`corpus and truth out of step: ${rec.id} vs ${truth.id}`);
      text = rec.text;
      path = rec.id;
    } else {
      path = join(root, truth.article);
      text = readFileSync(path, "utf8");
    }
    const t0 = performance.now();
    const result = extract(text, reference, { path, url: null });
    extractMs += performance.now() - t0;
    scores.push(scoreArticle(asGold(truth), result));
    // Keep counts only: scores of 100k articles would hold every miss label otherwise.
    const last = scores[scores.length - 1] as Score;
    for (const c of CATEGORIES) {
      last[c].misses = [];
      last[c].falsePositives = [];
    }
    if (opts.onProgress && scores.length % 1000 === 0) opts.onProgress(scores.length);
  }
  return { articles: scores.length, extractMs, score: sumScores(scores) };
}

export function formatScore(r: EvaluateResult): string {
  const rows = [`${"type".padEnd(16)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)} ${"TP".padStart(8)} ${"FP".padStart(8)} ${"FN".padStart(8)}`];
  for (const c of CATEGORIES) {
    const s = r.score[c];
    rows.push(
      `${c.padEnd(16)} ${s.precision.toFixed(3).padStart(6)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${String(s.tp).padStart(8)} ${String(s.fp).padStart(8)} ${String(s.fn).padStart(8)}`,
    );
  }
  const rate = r.extractMs > 0 ? (r.articles / (r.extractMs / 1000)).toFixed(0) : "n/a";
  rows.push(`${r.articles} articles, extract() ${(r.extractMs / 1000).toFixed(1)} s (${rate} articles/s)`);
  return rows.join("\n");
}
