// Entry of an extraction worker thread (started by extract-pool.ts): one task in, one reply out.
import { parentPort } from "node:worker_threads";
import { loadReference } from "../reference/load.js";
import { runExtractTask, type ExtractTask } from "./extract-task.js";

const port = parentPort;
if (!port) throw new Error("extract-worker runs as a worker thread of the ingest (see extract-pool.ts)");

try {
  loadReference(); // compile the reference data before the first article
} catch {
  // a broken reference is reported by every task, with the same reason as in the main thread
}

port.on("message", (task: ExtractTask) => {
  void runExtractTask(task).then((reply) => port.postMessage({ type: "done", reply }));
});
port.postMessage({ type: "ready" });
