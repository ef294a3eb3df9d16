import { Socket } from "node:net";
import neo4j, { isRetriableError, type Driver, type Integer } from "neo4j-driver";
import type { Config } from "../config.js";

let noDelay = false;

/**
 * The Bolt driver writes a message in 1,400-byte chunks on a socket left with Nagle's algorithm on, so any
 * query whose text and parameters pass that size (a list of 56 body ids is enough) waits for the server's
 * delayed ACK: about 40 ms on loopback instead of 2-5. The driver has no socket option, but it turns
 * keep-alive on for each of its sockets; disabling Nagle there too sends each message at once.
 */
export function disableNagleForBolt(): void {
  if (noDelay) return;
  noDelay = true;
  const setKeepAlive = Socket.prototype.setKeepAlive;
  Socket.prototype.setKeepAlive = function (this: Socket, ...args: Parameters<Socket["setKeepAlive"]>): Socket {
    this.setNoDelay(true);
    return setKeepAlive.apply(this, args);
  };
}

/**
 * Runs one read query with the configured database and transaction timeout; rows come back as plain objects.
 * An auto-commit query is one round trip where a managed transaction (executeQuery) needs BEGIN and COMMIT
 * too (about 2.5 ms a question on loopback); a read is safe to run again once when the server says so.
 */
export async function read<T = Record<string, unknown>>(
  driver: Driver,
  cfg: Config,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  try {
    return await readOnce<T>(driver, cfg, cypher, params);
  } catch (err) {
    if (!isRetriableError(err)) throw err;
    return readOnce<T>(driver, cfg, cypher, params);
  }
}

async function readOnce<T>(driver: Driver, cfg: Config, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const session = driver.session({ database: cfg.neo4j.database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(cypher, params, { timeout: cfg.neo4j.txTimeoutMs, metadata: { app: "kg-api" } });
    return res.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

/** SKIP/LIMIT need integers; plain JS numbers reach Cypher as floats. */
export function int(n: number): Integer {
  return neo4j.int(n);
}
