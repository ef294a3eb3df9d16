import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../config.js";
import { KgError } from "../errors.js";

export function openDriver(cfg: Neo4jConfig): Driver {
  if (cfg.password === undefined) {
    throw new KgError(
      "No Neo4j password is known.",
      cfg.managed ? "Run `kg neo4j start` first (it provisions the server and generates one)." : "Set NEO4J_PASSWORD.",
    );
  }
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 30_000,
  });
}
