import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { ExtractPool } from "../../src/ingest/extract-pool.js";
import { runExtractTask, type ExtractTask } from "../../src/ingest/extract-task.js";
import { repoRoot } from "../../src/paths.js";

const tmp = mkdtempSync(join(tmpdir(), "kg-pool-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A stand-in worker speaking the pool's protocol: "crash" and "throw" tasks kill it, others get a reply. */
const FAKE_WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (task) => {
  if (task.path.endsWith("crash")) process.exit(7);
  if (task.path.endsWith("throw")) setImmediate(() => { throw new Error("kaboom"); });
  else parentPort.postMessage({ type: "done", reply: { ok: false, reason: "seen " + task.path } });
});
parentPort.postMessage({ type: "ready" });
`;

const task = (path: string): ExtractTask => ({ kind: "file", path, maxBytes: 5_000_000 });

describe("extraction worker pool", () => {
  it("gives the same replies as extraction in the calling thread, in any order of completion", async () => {
    const seeds = join(repoRoot(), "seeds", "articles");
    writeFileSync(join(tmp, "empty.txt"), "");
    writeFileSync(join(tmp, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const tasks: ExtractTask[] = [
      ...readdirSync(seeds)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => task(join(seeds, f))),
      task(join(tmp, "empty.txt")),
      task(join(tmp, "binary.txt")),
      task(join(tmp, "missing.txt")),
      { kind: "text", text: "Chiều 14/12, Thành ủy Cần Thơ tổ chức hội nghị.", path: null },
    ];
    const pool = new ExtractPool(2);
    try {
      const viaPool = await Promise.all(tasks.map((t) => pool.run(t)));
      const inProcess = await Promise.all(tasks.map((t) => runExtractTask(t)));
      expect(viaPool).toEqual(inProcess);
      expect(viaPool.filter((r) => r.ok)).toHaveLength(tasks.length - 3);
      expect(viaPool.slice(-4, -1)).toEqual([
        { ok: false, reason: "empty file" },
        { ok: false, reason: "binary file (a PNG image), not text" },
        { ok: false, reason: "no such file" },
      ]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("a worker that dies fails only the file it was on; a fresh worker takes the rest", async () => {
    let spawned = 0;
    const pool = new ExtractPool(1, () => {
      spawned++;
      return new Worker(FAKE_WORKER, { eval: true });
    });
    try {
      const replies = await Promise.all(["a", "b.crash", "c", "d.throw", "e"].map((p) => pool.run(task(p))));
      expect(replies).toEqual([
        { ok: false, reason: "seen a" },
        { ok: false, reason: "extraction failed: the worker thread extracting it crashed (exit code 7)" },
        { ok: false, reason: "seen c" },
        { ok: false, reason: "extraction failed: the worker thread extracting it crashed (kaboom)" },
        { ok: false, reason: "seen e" },
      ]);
      expect(spawned).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it("workers that cannot start stop the run with a clear error instead of failing every file", async () => {
    const pool = new ExtractPool(2, () => new Worker(`throw new Error("cannot load the extractor");`, { eval: true }));
    try {
      const runs = ["a", "b", "c"].map((p) => pool.run(task(p)));
      for (const r of runs) await expect(r).rejects.toThrow("The extraction worker threads could not start: cannot load the extractor");
      await expect(pool.run(task("d"))).rejects.toThrow("could not start");
    } finally {
      await pool.close();
    }
  });
});
