import "reflect-metadata";
import { Ctx, Query, Resolver } from "type-graphql";
import { authSettings } from "../auth.js";
import type { ApiContext } from "../context.js";
import { read } from "../db.js";
import { HEALTH } from "../queries.js";
import { Health, type LabelCount } from "./types.js";

@Resolver()
export class HealthResolver {
  @Query(() => Health, { complexity: 5, description: "Server status, the Neo4j version and node counts per label." })
  async health(@Ctx() ctx: ApiContext): Promise<Health> {
    const writable = authSettings(ctx.cfg.api).writable;
    try {
      const [row] = await read<{ version: string; edition: string; counts: LabelCount[] }>(ctx.driver, ctx.cfg, HEALTH);
      return { status: "ok", neo4jVersion: row?.version ?? null, neo4jEdition: row?.edition ?? null, writable, counts: row?.counts ?? [] };
    } catch {
      // health answers even when the database does not; /health/ready is the probe that fails
      return { status: "neo4j-unavailable", neo4jVersion: null, neo4jEdition: null, writable, counts: [] };
    }
  }
}
