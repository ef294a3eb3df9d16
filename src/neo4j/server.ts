import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { Neo4jConfig } from "../config.js";
import { KgError } from "../errors.js";
import { dirs, isProvisioned, javaArgs, launcherEnv, provision } from "./provision.js";

export type Status =
  | { state: "external"; uri: string }
  | { state: "running"; pid: number }
  | { state: "stopped"; stalePid?: number };

function pidFile(cfg: Neo4jConfig): string {
  return join(dirs(cfg.home).run, "neo4j.pid");
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isNeo4jProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("org.neo4j.server");
  } catch {
    return alive(pid); // no /proc (not Linux): trust the pid
  }
}

export function status(cfg: Neo4jConfig): Status {
  if (!cfg.managed) return { state: "external", uri: cfg.uri };
  const file = pidFile(cfg);
  if (!existsSync(file)) return { state: "stopped" };
  const pid = Number(readFileSync(file, "utf8").trim());
  if (Number.isInteger(pid) && pid > 0 && isNeo4jProcess(pid)) return { state: "running", pid };
  return { state: "stopped", stalePid: pid };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: "127.0.0.1", port });
    sock.once("connect", () => {
      sock.destroy();
      resolve(true);
    });
    sock.once("error", () => resolve(false));
  });
}

/** Waits until Bolt accepts an authenticated session (the HTTP port opens earlier than Bolt is usable). */
export async function waitForBolt(cfg: Neo4jConfig, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password ?? ""), {
      connectionTimeout: 3_000,
    });
    try {
      await driver.verifyAuthentication({ database: cfg.database });
      await driver.executeQuery("RETURN 1", {}, { database: cfg.database });
      return;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
      if (/authentication failure|unauthorized/i.test(lastError)) {
        throw new KgError(
          `Neo4j at ${cfg.uri} rejected the credentials.`,
          cfg.managed
            ? `The stored password (${join(cfg.home, "password")}) does not match the database; run \`kg neo4j reset\`.`
            : "Check NEO4J_USERNAME / NEO4J_PASSWORD.",
        );
      }
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new KgError(
    `Neo4j did not answer on ${cfg.uri} within ${Math.round(timeoutMs / 1000)} s (${lastError}).`,
    cfg.managed ? `See the server log: ${join(dirs(cfg.home).logs, "neo4j.log")}` : "Is the server up and reachable?",
  );
}

/** Starts the managed server (idempotent) or checks the external one, then waits for Bolt. */
export async function start(cfg: Neo4jConfig, log: (msg: string) => void): Promise<void> {
  if (!cfg.managed) {
    log(`Using the external Neo4j at ${cfg.uri} (NEO4J_URI is set; nothing is provisioned).`);
    await waitForBolt(cfg, 30_000);
    return;
  }
  const st = status(cfg);
  if (st.state === "running") {
    log(`Neo4j is already running (pid ${st.pid}) at ${cfg.uri}.`);
    provisionIfNeeded(cfg, log);
    await waitForBolt(cfg);
    return;
  }
  if (st.state === "stopped" && st.stalePid !== undefined) {
    log(`Removing a stale pid file (process ${st.stalePid} is gone).`);
    rmSync(pidFile(cfg), { force: true });
  }
  for (const port of [cfg.boltPort, cfg.httpPort]) {
    if (await portOpen(port)) {
      throw new KgError(
        `Port ${port} on 127.0.0.1 is already in use by another program, so Neo4j cannot start.`,
        "Stop that program, or choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT (or point NEO4J_URI at that server).",
      );
    }
  }
  provision(cfg, log);
  const logFile = join(dirs(cfg.home).logs, "neo4j.log");
  log(`Starting Neo4j (log: ${logFile})…`);
  const res = spawnSync("java", javaArgs(cfg, "org.neo4j.server.startup.Neo4jBoot", ["start"]), {
    encoding: "utf8",
    env: launcherEnv(cfg),
  });
  if (res.status !== 0) {
    throw new KgError("Neo4j failed to start.", `${res.stdout}${res.stderr}`.trim() + `\nSee ${logFile}`);
  }
  const t0 = Date.now();
  await waitForBolt(cfg);
  log(`Neo4j is up in ${((Date.now() - t0) / 1000).toFixed(1)} s: Bolt ${cfg.uri}, Browser http://127.0.0.1:${cfg.httpPort}/browser/`);
}

function provisionIfNeeded(cfg: Neo4jConfig, log: (msg: string) => void): void {
  if (!isProvisioned(cfg) || !cfg.password) provision(cfg, log);
}

export function stop(cfg: Neo4jConfig, log: (msg: string) => void): void {
  if (!cfg.managed) {
    log("NEO4J_URI points at an external Neo4j; not stopping it.");
    return;
  }
  const st = status(cfg);
  if (st.state !== "running") {
    if (st.state === "stopped" && st.stalePid !== undefined) rmSync(pidFile(cfg), { force: true });
    log("Neo4j is not running.");
    return;
  }
  const res = spawnSync("java", javaArgs(cfg, "org.neo4j.server.startup.Neo4jBoot", ["stop"]), {
    encoding: "utf8",
    env: launcherEnv(cfg),
  });
  if (res.status !== 0 && alive(st.pid)) {
    process.kill(st.pid, "SIGKILL");
  }
  log(`Neo4j stopped (pid ${st.pid}).`);
}

/** Stops the server and deletes its data (and password); the next start provisions a fresh database. */
export function reset(cfg: Neo4jConfig, log: (msg: string) => void): void {
  if (!cfg.managed) throw new KgError("`kg neo4j reset` only resets the managed local Neo4j; NEO4J_URI is set.");
  stop(cfg, log);
  rmSync(dirs(cfg.home).data, { recursive: true, force: true });
  rmSync(join(cfg.home, "password"), { force: true });
  cfg.password = undefined;
  log(`Deleted ${dirs(cfg.home).data}; the next start creates an empty database with a new password.`);
}
