import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { JWTPayload } from "jose";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";

/** Per-request context shared by the generated resolvers (@neo4j/graphql) and ours (type-graphql). */
export interface ApiContext extends Neo4jGraphQLContext {
  /** Verified claims, or undefined for an anonymous caller (also read by @neo4j/graphql). */
  jwt?: JWTPayload;
  driver: Driver;
  cfg: Config;
}
