// Running the real CLI as a child process against the test Neo4j.
import { spawn, type ChildProcess } from "node:child_process";
import { repoRoot } from "../../src/paths.js";
import { testEnv } from "./test-env.js";

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `npx tsx src/cli/main.ts <args>` in its own process group (so a kill reaches tsx's child too). */
export function spawnCli(args: string[]): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn("npx", ["tsx", "src/cli/main.ts", ...args], {
    cwd: repoRoot(),
    env: { ...testEnv(), FORCE_COLOR: "0", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliRun>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[]): Promise<CliRun> {
  return spawnCli(args).done;
}

/** SIGKILL to the whole process group: npx, tsx and the node process doing the work. */
export function killGroup(child: ChildProcess): void {
  if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
}
