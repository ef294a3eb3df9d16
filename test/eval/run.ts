// CLI: score the extractor against the hand-made gold fixtures.
//   npx tsx test/eval/run.ts [--verbose] [--json] [--set seeds|extra|holdout|dev|blind|fresh]
import { CATEGORIES, type Score } from "../../src/eval/score.js";
import { defaultPipeline, evaluate, TARGETS, type Evaluation } from "./evaluate.js";

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6);
}

function formatTable(title: string, score: Score, articles: number): string {
  // an empty set (the fresh set between two batches) has no scores to show
  if (articles === 0) return `${title}\n(no articles)`;
  const lines = [
    title,
    `${"type".padEnd(16)}${"TP".padStart(5)}${"FP".padStart(5)}${"FN".padStart(5)}${"P%".padStart(8)}${"R%".padStart(8)}${"F1%".padStart(8)}  target`,
  ];
  for (const c of CATEGORIES) {
    const s = score[c];
    const target = TARGETS[c];
    const mark = target === undefined ? "" : `${(target * 100).toFixed(0)}% ${s.f1 >= target ? "ok" : "BELOW"}`;
    lines.push(
      `${c.padEnd(16)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${mark}`,
    );
  }
  return lines.join("\n");
}

function formatDetails(ev: Evaluation, only: string | null): string {
  const out: string[] = [];
  for (const a of ev.articles) {
    // the sets that measure generalisation print details only when asked for by name
    if (only === null ? a.fixture.set === "holdout" || a.fixture.set === "blind" || a.fixture.set === "fresh" : a.fixture.set !== only) continue;
    const parts: string[] = [];
    for (const c of CATEGORIES) {
      const s = a.score[c];
      for (const m of s.misses) parts.push(`  - miss ${c}: ${m}`);
      for (const f of s.falsePositives) parts.push(`  + fp   ${c}: ${f}`);
    }
    out.push(`${a.fixture.basename} (${a.fixture.set}, ${a.ms.toFixed(1)} ms)${parts.length === 0 ? ": perfect" : ""}`);
    out.push(...parts);
  }
  return out.join("\n");
}

function main(argv: string[]): number {
  const verbose = argv.includes("--verbose") || argv.includes("-v");
  const json = argv.includes("--json");
  // --set limits the per-article details to one set (tune on dev without reading holdout misses)
  const setAt = argv.indexOf("--set");
  const only = setAt >= 0 ? (argv[setAt + 1] ?? null) : null;
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log("usage: tsx test/eval/run.ts [--verbose] [--json] [--set NAME]\nScores src/extract against test/fixtures/gold/*.gold.json.");
    return 0;
  }
  let ev: Evaluation;
  try {
    ev = evaluate(defaultPipeline());
  } catch (err) {
    console.error(`evaluation could not run: ${(err as Error).message}`);
    return 2;
  }
  if (json) {
    const strip = (s: Score) =>
      Object.fromEntries(CATEGORIES.map((c) => [c, { ...s[c], misses: undefined, falsePositives: undefined }]));
    const articles = ev.articles.map((a) => ({ article: a.fixture.gold.article, set: a.fixture.set, score: a.score }));
    console.log(JSON.stringify({ seeds: strip(ev.bySet.seeds), extra: strip(ev.bySet.extra), holdout: strip(ev.bySet.holdout), dev: strip(ev.bySet.dev), blind: strip(ev.bySet.blind), fresh: strip(ev.bySet.fresh), all: strip(ev.bySet.all), articles }, null, 2));
    return 0;
  }
  const count = (set: string) => ev.articles.filter((a) => a.fixture.set === set).length;
  if (verbose) console.log(`${formatDetails(ev, only)}\n`);
  console.log(formatTable(`== seeds (${count("seeds")} articles)`, ev.bySet.seeds, count("seeds")));
  console.log();
  console.log(formatTable(`== extra (${count("extra")} articles)`, ev.bySet.extra, count("extra")));
  console.log();
  console.log(formatTable(`== holdout (${count("holdout")} articles, written apart from the extractor; some of its misses were seen while tuning)`, ev.bySet.holdout, count("holdout")));
  console.log();
  console.log(formatTable(`== blind (${count("blind")} articles, written without sight of the extractor; never tuned on)`, ev.bySet.blind, count("blind")));
  console.log();
  console.log(formatTable(`== fresh (${count("fresh")} articles, the newest unseen batch; not tuned on yet)`, ev.bySet.fresh, count("fresh")));
  console.log();
  console.log(formatTable(`== dev (${count("dev")} articles, written to tune general rules on)`, ev.bySet.dev, count("dev")));
  console.log();
  console.log(formatTable(`== overall (${ev.articles.length} articles)`, ev.bySet.all, ev.articles.length));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
