import { InvalidArgumentError, type Command } from "commander";
import { generateCorpus, type CorpusFormat } from "../synth/generate.js";

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive integer");
  return n;
}

function seedInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected an integer ≥ 0");
  return n;
}

function format(value: string): CorpusFormat {
  if (value !== "txt" && value !== "jsonl") throw new InvalidArgumentError('expected "txt" or "jsonl"');
  return value;
}

/** Progress on a terminal only; null ends the line. */
function progress(msg: string | null): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(msg === null ? "\n" : `\r${msg}`);
}

interface SynthOptions {
  articles?: number;
  seed: number;
  out?: string;
  truth?: string;
  format: CorpusFormat;
  evaluate?: string;
  limit?: number;
  json?: boolean;
}

export function registerSynth(program: Command): void {
  program
    .command("synth")
    .description("generate a synthetic corpus of Party-building articles with ground truth, or grade the extractor on one")
    .option("--articles <n>", "number of articles to generate", positiveInt)
    .option("--seed <n>", "PRNG seed: the same seed gives the same bytes", seedInt, 42)
    .option("--out <dir>", "output folder (articles, truth.jsonl, manifest.json)")
    .option("--truth <file>", "ground truth JSON Lines (default: <out>/truth.jsonl)")
    .option("--format <txt|jsonl>", "one .txt file per article, or one corpus.jsonl", format, "txt")
    .option("--evaluate <dir>", "run extract() on a generated corpus and print precision/recall/F1 per type")
    .option("--limit <n>", "with --evaluate: grade only the first n articles", positiveInt)
    .option("--json", "with --evaluate: print the scores as JSON")
    .addHelpText("after", "\nExamples:\n  kg synth --articles 1000 --seed 42 --out bench/out/synth-1k\n  kg synth --evaluate bench/out/synth-1k --limit 500")
    .action(async (opts: SynthOptions) => {
      if (opts.evaluate) {
        // Loaded on demand: generating a corpus needs neither the extractor nor its reference data.
        const { evaluateCorpus, formatScore } = await import("../synth/evaluate.js");
        const r = await evaluateCorpus(opts.evaluate, {
          truth: opts.truth,
          limit: opts.limit,
          onProgress: (n) => progress(`${n} articles graded`),
        });
        progress(null);
        if (opts.json) process.stdout.write(`${JSON.stringify({ articles: r.articles, extractMs: r.extractMs, score: r.score })}\n`);
        else process.stdout.write(`${formatScore(r)}\n`);
        return;
      }
      if (opts.articles === undefined || opts.out === undefined) {
        throw Object.assign(new Error("kg synth needs --articles <n> and --out <dir> (or --evaluate <dir>); see kg synth --help"), { exitCode: 2 });
      }
      const m = await generateCorpus({
        articles: opts.articles,
        seed: opts.seed,
        out: opts.out,
        truth: opts.truth,
        format: opts.format,
        onProgress: (done, total) => progress(`${done}/${total} articles`),
      });
      progress(null);
      const mb = (m.bytes / 1e6).toFixed(1);
      const rate = (m.articles / (m.ms / 1000)).toFixed(0);
      process.stdout.write(`Wrote ${m.articles} articles (${mb} MB, ${rate} articles/s) to ${opts.out}; truth: ${m.truth}\n`);
    });
}
