// Quality targets of design/targets.md, measured against the hand-made gold on both fixture sets.
// Fails while the extractor is below target on either set; do not loosen the numbers to make it pass.
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPipeline, evaluate, TARGETS, type Evaluation } from "../eval/evaluate.js";
import type { Category } from "../../src/eval/score.js";

let ev: Evaluation;

beforeAll(() => {
  ev = evaluate(defaultPipeline());
}, 60_000);

const targets = Object.entries(TARGETS) as [Category, number][];

// the dev set (articles written to tune general rules on) is held to the same targets
describe.each(["seeds", "extra", "dev"] as const)("extraction quality on the %s set", (set) => {
  it("scores every fixture of the set", () => {
    expect(ev.articles.filter((a) => a.fixture.set === set).length).toBeGreaterThanOrEqual(5);
  });

  it.each(targets)("%s F1 ≥ %s", (category, target) => {
    const s = ev.bySet[set][category];
    const summary = `${category} on ${set}: TP ${s.tp} FP ${s.fp} FN ${s.fn}, F1 ${s.f1.toFixed(3)}`;
    expect(s.f1, summary).toBeGreaterThanOrEqual(target);
  });
});

// The holdout set was written apart from the extractor and scored only after it was finished: it is the
// fair estimate on unseen articles, and it is still below the targets (events, participations and
// implementations above all). These floors catch regressions and are raised as the extractor improves — never
// lowered (round 5: events, participations and implementations raised to the measured scores minus about 0.02).
const HOLDOUT_FLOORS: Partial<Record<Category, number>> = {
  persons: 0.94,
  organizations: 0.9,
  localities: 0.88,
  documents: 0.95,
  positions: 0.94,
  events: 0.83,
  participations: 0.75,
  implementations: 0.83,
};

// The blind set was written by someone who never saw the extractor's code or output, after details of the
// holdout's misses had been seen while tuning; it is now the fairest estimate. Floors: the latest measured
// scores minus about 0.02 — raised as the extractor improves, never lowered.
const BLIND_FLOORS: Partial<Record<Category, number>> = {
  persons: 0.97,
  organizations: 0.94,
  localities: 0.94,
  documents: 0.98,
  positions: 0.93,
  events: 0.82,
  participations: 0.82,
  implementations: 0.87,
};

// The fresh set holds the newest batch written like the blind set until a round tunes on it and moves it into
// dev (d73–d84 did so in round 5, with their floors). Between two batches it is empty: it then has no floors, and
// a new batch brings its own, taken from its first scores.
const FRESH_FLOORS: Partial<Record<Category, number>> = {};

/** Regression floors of a set that measures generalisation: every fixture scored, no category below its floor. */
function floors(set: "holdout" | "blind" | "fresh", minArticles: number, table: Partial<Record<Category, number>>): void {
  // a set without floors (the fresh set between two batches) has nothing to hold
  if (Object.keys(table).length === 0) return;
  describe(`extraction quality on the ${set} set (regression floors; below target where noted in the README)`, () => {
    it(`scores every ${set} fixture`, () => {
      expect(ev.articles.filter((a) => a.fixture.set === set).length).toBeGreaterThanOrEqual(minArticles);
    });

    it.each(Object.entries(table) as [Category, number][])("%s F1 ≥ %s", (category, floor) => {
      const s = ev.bySet[set][category];
      expect(s.f1, `${category} on ${set}: TP ${s.tp} FP ${s.fp} FN ${s.fn}, F1 ${s.f1.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
    });
  });
}

floors("holdout", 8, HOLDOUT_FLOORS);
floors("blind", 10, BLIND_FLOORS);
floors("fresh", 0, FRESH_FLOORS);
