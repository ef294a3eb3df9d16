// Runs the extractor over every gold fixture and scores it; shared by run.ts and the targets test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, type Reference } from "../../src/extract/index.js";
import type { ExtractionResult } from "../../src/extract/types.js";
import { loadReference } from "../../src/reference/load.js";
import { BLIND_GOLD_DIR, DEV_GOLD_DIR, FRESH_GOLD_DIR, GOLD_DIR, HOLDOUT_GOLD_DIR, loadGoldDir, REPO_ROOT, type FixtureSet, type GoldFixture } from "./gold.js";
import { scoreArticle, sumScores, type Category, type Score } from "../../src/eval/score.js";

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

export type ExtractFn = (text: string, reference: Reference, options?: { path?: string | null }) => ExtractionResult;

export interface Pipeline {
  extract: ExtractFn;
  reference: Reference;
}

/** The real extractor with the reference data under seeds/reference. */
export function defaultPipeline(): Pipeline {
  return { extract, reference: loadReference() };
}

export interface ArticleEvaluation {
  fixture: GoldFixture;
  result: ExtractionResult;
  score: Score;
  ms: number;
}

export interface Evaluation {
  articles: ArticleEvaluation[];
  bySet: Record<FixtureSet | "all", Score>;
}

export function evaluate(pipeline: Pipeline, goldDirs: string[] = [GOLD_DIR, HOLDOUT_GOLD_DIR, DEV_GOLD_DIR, BLIND_GOLD_DIR, FRESH_GOLD_DIR]): Evaluation {
  const articles = goldDirs.flatMap(loadGoldDir).map((fixture) => {
    const text = readFileSync(join(REPO_ROOT, fixture.gold.article), "utf8");
    const t0 = performance.now();
    const result = pipeline.extract(text, pipeline.reference, { path: fixture.gold.article });
    const ms = performance.now() - t0;
    return { fixture, result, score: scoreArticle(fixture.gold, result), ms };
  });
  const of = (set: FixtureSet | null): Score =>
    sumScores(articles.filter((a) => set === null || a.fixture.set === set).map((a) => a.score));
  return { articles, bySet: { seeds: of("seeds"), extra: of("extra"), holdout: of("holdout"), dev: of("dev"), blind: of("blind"), fresh: of("fresh"), all: of(null) } };
}
