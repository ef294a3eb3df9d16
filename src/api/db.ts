import neo4j, { isRetriableError, type Driver, type Integer } from "neo4j-driver";
import type { Config } from "../config.js";

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
