// One input (file or stdin) → decoded article text. Sizes are checked before reading, so a huge
// file costs a stat, not its contents in memory.
import { open } from "node:fs/promises";
import { decodeInput, formatBytes, InputRejected, type DecodedInput } from "./decode.js";

export interface ReadArticle extends DecodedInput {
  /** The file path, or null for stdin. */
  path: string | null;
}

export async function readFileInput(path: string, maxBytes: number): Promise<ReadArticle> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputRejected(code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (err as Error).message);
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new InputRejected("is a directory");
    if (st.size > maxBytes) {
      throw new InputRejected(`too large: ${formatBytes(st.size)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)`);
    }
    const buf = await handle.readFile();
    return { ...decodeInput(buf, { maxBytes, name: path }), path };
  } finally {
    await handle.close();
  }
}

/** Reads a whole stream (stdin) but stops as soon as it passes the limit. */
export async function readStreamInput(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<ReadArticle> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    size += buf.length;
    if (size > maxBytes) throw new InputRejected(`too large: over the ${formatBytes(maxBytes)} limit (--max-bytes)`);
    chunks.push(buf);
  }
  return { ...decodeInput(Buffer.concat(chunks), { maxBytes }), path: null };
}
