// Extraction off the main thread: a fixed-size pool of worker threads, one task at a time each, so
// the thread that talks to Neo4j never waits for the CPU-bound extractor.
// A small pool of our own rather than piscina: under tsx the worker must register tsx itself before
// loading its TypeScript entry (see startWorker), and one task per worker makes a crash easy to pin
// on the file that caused it — the rest of what piscina offers is not needed here.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { KgError } from "../errors.js";
import { runExtractTask, type ExtractReply, type ExtractTask } from "./extract-task.js";

export interface ExtractRunner {
  /** Resolves with the reply for that task; rejects only when extraction cannot go on at all. */
  run(task: ExtractTask): Promise<ExtractReply>;
  close(): Promise<void>;
}

/** --workers 0: extraction in the calling thread. */
export const inProcessRunner: ExtractRunner = {
  run: runExtractTask,
  close: async () => {},
};

/**
 * CPUs beyond two: the main thread (planning, Bolt) and a local Neo4j keep two cores busy, and on a 2-core
 * machine extraction in worker threads only competes with them (measured: in-process was as fast or faster).
 */
export function defaultWorkerCount(): number {
  return Math.max(0, availableParallelism() - 2);
}

type WorkerMessage = { type: "ready" } | { type: "done"; reply: ExtractReply };

interface Job {
  task: ExtractTask;
  resolve: (reply: ExtractReply) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  ready: boolean;
  error?: Error;
}

/** The tsx flags a parent run under tsx carries; Node 20 does not apply them inside worker threads anyway. */
function withoutTsxFlags(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (/^--(?:import|require|loader|experimental-loader)$/.test(a) && /tsx/.test(argv[i + 1] ?? "")) {
      i++;
      continue;
    }
    if (/^--(?:import|require|loader|experimental-loader)=.*tsx/.test(a)) continue;
    out.push(a);
  }
  return out;
}

/**
 * Compiled (dist/…/extract-pool.js): the worker runs extract-worker.js directly. From TypeScript
 * sources (tsx, vitest) the parent's module hooks do not reach worker threads in Node 20, so the
 * worker first registers tsx through its API, then imports extract-worker.ts.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./extract-worker.js", here));
  const entry = new URL("./extract-worker.ts", here).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, execArgv: withoutTsxFlags(process.execArgv) });
}

function firstLine(err: Error | undefined): string | undefined {
  return err ? (err.message.split("\n")[0] ?? "").trim() || err.name : undefined;
}

export class ExtractPool implements ExtractRunner {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private broken: Error | null = null;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly spawn: () => Worker = startWorker,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`ExtractPool needs at least one worker, got ${size}`);
  }

  /** Starts every worker now (they load the extractor and its reference data while the caller does other work). */
  warm(): void {
    while (!this.broken && !this.closed && this.slots.size < this.size) this.addWorker();
  }

  run(task: ExtractTask): Promise<ExtractReply> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    return new Promise<ExtractReply>((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error("the extraction pool is closed");
    for (const job of this.queue.splice(0)) job.reject(stopped);
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.broken && !this.closed) {
      let slot: Slot | undefined;
      for (const s of this.slots) if (!s.job) slot = s;
      if (!slot) {
        if (this.slots.size >= this.size) return;
        slot = this.addWorker();
        if (!slot) return;
      }
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage(job.task);
    }
  }

  private addWorker(): Slot | undefined {
    let worker: Worker;
    try {
      worker = this.spawn();
    } catch (err) {
      this.breakDown(err instanceof Error ? err : new Error(String(err)));
      return undefined;
    }
    const slot: Slot = { worker, job: null, ready: false };
    this.slots.add(slot);
    worker.unref(); // an idle worker does not keep the process alive; a busy one is ref'd in pump()
    worker.on("message", (msg: WorkerMessage) => {
      if (msg.type === "ready") {
        slot.ready = true;
        return;
      }
      const job = slot.job;
      slot.job = null;
      worker.unref();
      job?.resolve(msg.reply);
      this.pump();
    });
    worker.on("error", (err) => {
      slot.error = err;
    });
    worker.on("exit", (code) => this.onExit(slot, code));
    return slot;
  }

  private onExit(slot: Slot, code: number): void {
    this.slots.delete(slot);
    const job = slot.job;
    slot.job = null;
    if (this.closed) {
      job?.reject(new Error("the extraction pool is closed"));
      return;
    }
    const detail = firstLine(slot.error) ?? `exit code ${code}`;
    if (!slot.ready) {
      // it died loading the extractor: every other worker would too
      this.breakDown(new Error(detail), job);
      return;
    }
    // only the file it was working on is lost; a fresh worker takes the next ones
    job?.resolve({ ok: false, reason: `extraction failed: the worker thread extracting it crashed (${detail})` });
    this.pump();
  }

  private breakDown(cause: Error, job?: Job | null): void {
    if (this.broken) {
      job?.reject(this.broken);
      return;
    }
    this.broken = new KgError(
      `The extraction worker threads could not start: ${firstLine(cause) ?? "unknown error"}`,
      "Rerun with --workers 0 to extract in the main thread.",
    );
    job?.reject(this.broken);
    for (const j of this.queue.splice(0)) j.reject(this.broken);
    for (const s of this.slots) {
      s.job?.reject(this.broken);
      s.job = null;
      void s.worker.terminate();
    }
  }
}
