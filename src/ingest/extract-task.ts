// One unit of extraction work: a file (read, decode, extract) or an already decoded text (stdin).
// The same function runs in the calling thread (--workers 0) and in the extraction worker threads,
// so both paths produce the same results and the same per-file reasons.
import { extract } from "../extract/index.js";
import type { ExtractionResult } from "../extract/types.js";
import { loadReference } from "../reference/load.js";
import { InputRejected } from "./decode.js";
import { readFileInput } from "./read.js";

export type ExtractTask = { kind: "file"; path: string; maxBytes: number } | { kind: "text"; text: string; path: string | null };

/** Never an exception: a file that cannot become an article is a reply with the reason shown to the user. */
export type ExtractReply = { ok: true; result: ExtractionResult } | { ok: false; reason: string };

/** The user-facing reason for a file that failed before it could be written. */
export function reasonOf(err: unknown): string {
  if (err instanceof InputRejected) return err.reason;
  const msg = err instanceof Error ? err.message : String(err);
  return `extraction failed: ${msg.split("\n")[0]}`;
}

export function extractText(text: string, path: string | null, url: string | null = null): ExtractionResult {
  return extract(text, loadReference(), { path, url });
}

export async function runExtractTask(task: ExtractTask): Promise<ExtractReply> {
  try {
    const input = task.kind === "file" ? await readFileInput(task.path, task.maxBytes) : task;
    return { ok: true, result: extractText(input.text, input.path) };
  } catch (err) {
    return { ok: false, reason: reasonOf(err) };
  }
}
