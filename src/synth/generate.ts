// Writes a corpus as it is generated (one article in memory at a time) with its truth as JSON Lines.
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync, type WriteStream } from "node:fs";
import { join, resolve } from "node:path";
import { ArticleGenerator } from "./article.js";
import { loadSynthData } from "./data.js";

export const GENERATOR_VERSION = "1.4.0";

export type CorpusFormat = "txt" | "jsonl";

export interface GenerateOptions {
  articles: number;
  seed: number;
  out: string;
  /** Truth file; defaults to <out>/truth.jsonl. */
  truth?: string;
  format?: CorpusFormat;
  referenceDir?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface Manifest {
  generator: string;
  version: string;
  seed: number;
  articles: number;
  format: CorpusFormat;
  bytes: number;
  truth: string;
  /** The JSON Lines corpus file, for format jsonl. */
  corpus: string | null;
  createdAt: string;
}

export const MANIFEST = "manifest.json";
export const CORPUS_JSONL = "corpus.jsonl";
export const ARTICLES_DIR = "articles";

/** Writes a line, waiting for the stream to drain when its buffer is full (constant memory). */
async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await new Promise<void>((r) => stream.once("drain", r));
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((res, rej) => {
    stream.once("error", rej);
    stream.end(() => res());
  });
}

export async function generateCorpus(opts: GenerateOptions): Promise<Manifest & { ms: number }> {
  const t0 = performance.now();
  const out = resolve(opts.out);
  const format = opts.format ?? "txt";
  // Articles in their own folder, so `kg ingest <out>/articles` sees nothing but articles.
  const articlesDir = join(out, ARTICLES_DIR);
  mkdirSync(format === "txt" ? articlesDir : out, { recursive: true });
  const truthPath = resolve(opts.truth ?? join(out, "truth.jsonl"));
  const gen = new ArticleGenerator(loadSynthData(opts.referenceDir), opts.seed);
  const truth = createWriteStream(truthPath, { encoding: "utf8" });
  const corpusPath = format === "jsonl" ? join(out, CORPUS_JSONL) : null;
  const corpus = corpusPath ? createWriteStream(corpusPath, { encoding: "utf8" }) : null;
  let bytes = 0;
  const every = Math.max(1, Math.floor(opts.articles / 100));
  for (let i = 0; i < opts.articles; i++) {
    const a = gen.generate(i);
    bytes += Buffer.byteLength(a.text);
    if (corpus) {
      a.truth.article = a.id;
      await writeLine(corpus, `${JSON.stringify({ id: a.id, text: a.text })}\n`);
    } else {
      a.truth.article = `${ARTICLES_DIR}/${a.id}.txt`;
      writeFileSync(join(out, a.truth.article), a.text);
    }
    await writeLine(truth, `${JSON.stringify(a.truth)}\n`);
    if (opts.onProgress && ((i + 1) % every === 0 || i + 1 === opts.articles)) opts.onProgress(i + 1, opts.articles);
  }
  await close(truth);
  if (corpus) await close(corpus);
  const manifest: Manifest = {
    generator: "kg synth",
    version: GENERATOR_VERSION,
    seed: opts.seed,
    articles: opts.articles,
    format,
    bytes,
    truth: truthPath,
    corpus: corpusPath,
    createdAt: new Date().toISOString(),
  };
  writeFileSync(join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...manifest, ms: performance.now() - t0 };
}

/** The manifest of a finished corpus in `dir`, or null (absent, or interrupted before the end). */
export function readManifest(dir: string): Manifest | null {
  const p = join(resolve(dir), MANIFEST);
  if (!existsSync(p)) return null;
  try {
    return JSON.parse(readFileSync(p, "utf8")) as Manifest;
  } catch {
    return null;
  }
}
