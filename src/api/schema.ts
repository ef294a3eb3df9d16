import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { mergeSchemas } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { buildSchema as buildTypeGraphQLSchema } from "type-graphql";
import type { Config } from "../config.js";
import { repoRoot } from "../paths.js";
import { authSettings, type AuthSettings } from "./auth.js";
import { AnalystResolver } from "./resolvers/analyst.js";
import { ExtractResolver } from "./resolvers/extract.js";
import { IngestResolver } from "./resolvers/ingest.js";
import { HealthResolver } from "./resolvers/health.js";

/** The @neo4j/graphql type definitions: the graph model plus the analyst additions. */
export function typeDefs(): string[] {
  return ["graph.graphql", "analyst.graphql"].map((f) => readFileSync(join(repoRoot(), "schema", f), "utf8"));
}

export const RESOLVERS = [HealthResolver, AnalystResolver, ExtractResolver, IngestResolver] as const;

/**
 * One executable schema: @neo4j/graphql's generated CRUD/filters/connections/aggregations over the
 * graph model, merged with the hand-written (type-graphql) extraction, ingest and analyst fields.
 */
export async function buildSchema(driver: Driver | undefined, cfg: Config, auth: AuthSettings = authSettings(cfg.api)): Promise<GraphQLSchema> {
  const neo = new Neo4jGraphQL({
    typeDefs: typeDefs(),
    ...(driver ? { driver } : {}),
    features: {
      authorization: { key: auth.key, verifyOptions: { algorithms: auth.algorithms } },
      complexityEstimators: true,
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const generated = await neo.getSchema();
  const handWritten = await buildTypeGraphQLSchema({ resolvers: [...RESOLVERS], validate: false });
  return mergeSchemas({ schemas: [generated, handWritten] });
}
