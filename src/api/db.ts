import neo4j, { type Driver, type Integer } from "neo4j-driver";
import type { Config } from "../config.js";

/** Runs one read query with the configured database and transaction timeout; rows come back as plain objects. */
export async function read<T = Record<string, unknown>>(
  driver: Driver,
  cfg: Config,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const res = await driver.executeQuery(cypher, params, {
    database: cfg.neo4j.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: cfg.neo4j.txTimeoutMs, metadata: { app: "kg-api" } },
  });
  return res.records.map((r) => r.toObject() as T);
}

/** SKIP/LIMIT need integers; plain JS numbers reach Cypher as floats. */
export function int(n: number): Integer {
  return neo4j.int(n);
}
