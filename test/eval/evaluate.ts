// Runs the extractor over every gold fixture and scores it; shared by run.ts and the targets test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractionResult } from "../../src/extract/types.js";
import { loadGoldDir, type GoldFixture } from "./gold.js";
import { scoreArticle, sumScores, type Category, type Score } from "./score.js";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const GOLD_DIR = join(REPO_ROOT, "test", "fixtures", "gold");

/** Minimum F1 per category (design/targets.md); categories not listed are reported only. */
export const TARGETS: Partial<Record<Category, number>> = {
  persons: 0.95,
  documents: 0.95,
  localities: 0.95,
  positions: 0.9,
  organizations: 0.9,
  events: 0.85,
  implementations: 0.85,
};

export type ExtractFn = (text: string, reference: unknown, options?: { path?: string | null }) => ExtractionResult;

export interface Pipeline {
  extract: ExtractFn;
  reference: unknown;
}

/**
 * Loads the extractor and the reference data. The specifiers are variables so that this harness
 * typechecks on its own, whatever state the extractor is in.
 */
export async function loadPipeline(): Promise<Pipeline> {
  const extractSpec = "../../src/extract/index.js";
  const referenceSpec = "../../src/reference/load.js";
  const ext = (await import(extractSpec)) as { extract?: unknown };
  const ref = (await import(referenceSpec)) as { loadReference?: unknown };
  if (typeof ext.extract !== "function") throw new Error("src/extract/index.ts does not export extract()");
  if (typeof ref.loadReference !== "function") throw new Error("src/reference/load.ts does not export loadReference()");
  return { extract: ext.extract as ExtractFn, reference: (ref.loadReference as () => unknown)() };
}

export interface ArticleEvaluation {
  fixture: GoldFixture;
  result: ExtractionResult;
  score: Score;
  ms: number;
}

export interface Evaluation {
  articles: ArticleEvaluation[];
  bySet: Record<"seeds" | "extra" | "all", Score>;
}

export function evaluate(pipeline: Pipeline, goldDir: string = GOLD_DIR): Evaluation {
  const articles = loadGoldDir(goldDir).map((fixture) => {
    const text = readFileSync(join(REPO_ROOT, fixture.gold.article), "utf8");
    const t0 = performance.now();
    const result = pipeline.extract(text, pipeline.reference, { path: fixture.gold.article });
    const ms = performance.now() - t0;
    return { fixture, result, score: scoreArticle(fixture.gold, result), ms };
  });
  const of = (set: "seeds" | "extra" | null): Score =>
    sumScores(articles.filter((a) => set === null || a.fixture.set === set).map((a) => a.score));
  return { articles, bySet: { seeds: of("seeds"), extra: of("extra"), all: of(null) } };
}
