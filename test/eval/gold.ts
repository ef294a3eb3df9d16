// The hand-made fixture sets: where their gold files are and which set each article belongs to.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Gold } from "../../src/eval/gold.js";

export * from "../../src/eval/gold.js";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const GOLD_DIR = join(REPO_ROOT, "test", "fixtures", "gold");
export const HOLDOUT_GOLD_DIR = join(REPO_ROOT, "test", "fixtures", "holdout", "gold");
export const DEV_GOLD_DIR = join(REPO_ROOT, "test", "fixtures", "dev", "gold");
export const BLIND_GOLD_DIR = join(REPO_ROOT, "test", "fixtures", "blind", "gold");
export const FRESH_GOLD_DIR = join(REPO_ROOT, "test", "fixtures", "fresh", "gold");

export interface GoldFixture {
  /** File name without ".gold.json". */
  basename: string;
  gold: Gold;
  /** Which fixture set the article belongs to. */
  set: FixtureSet;
}

/**
 * seeds: the five sample pages; extra: articles written alongside the extractor; holdout: articles
 * written apart from it and first scored after it was finished, the fairest estimate of unseen text;
 * dev: unseen-style articles written to tune general rules on, so the holdout set stays untouched;
 * blind: articles written by someone who never saw the extractor's code or output, added after the
 * holdout's details had been seen while tuning (see test/fixtures/blind/NOTES.md). Never tuned on.
 * fresh: the newest batch written like the blind set, scored before any rule was aimed at it; it joins dev
 * when a round tunes on it, and is empty until the next batch is written.
 */
export type FixtureSet = "seeds" | "extra" | "holdout" | "dev" | "blind" | "fresh";

function setOf(articlePath: string): FixtureSet {
  if (articlePath.startsWith("seeds/")) return "seeds";
  if (articlePath.startsWith("test/fixtures/holdout/")) return "holdout";
  if (articlePath.startsWith("test/fixtures/dev/")) return "dev";
  if (articlePath.startsWith("test/fixtures/blind/")) return "blind";
  if (articlePath.startsWith("test/fixtures/fresh/")) return "fresh";
  return "extra";
}

/** The fixtures of one gold folder; a missing folder is an empty set (the fresh set between two batches). */
export function loadGoldDir(goldDir: string): GoldFixture[] {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8")) as Gold;
      const set = setOf(gold.article);
      return { basename: f.replace(/\.gold\.json$/, ""), gold, set };
    });
}
