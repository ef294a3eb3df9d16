import "reflect-metadata";
import { GraphQLError } from "graphql";
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { ExtractionInputError } from "../../extract/index.js";
import { ingestText, InputRejected } from "../../ingest/index.js";
import { requireWriter } from "../auth.js";
import type { ApiContext } from "../context.js";

@ObjectType({ description: "Write counters of an ingest transaction." })
export class IngestCounters {
  @Field(() => Int) nodesCreated!: number;
  @Field(() => Int) nodesDeleted!: number;
  @Field(() => Int) relationshipsCreated!: number;
  @Field(() => Int) relationshipsDeleted!: number;
  @Field(() => Int) propertiesSet!: number;
}

@ObjectType({ description: "What ingesting one article did (one transaction: all of it or nothing)." })
export class IngestResult {
  @Field(() => ID) articleId!: string;
  @Field(() => String, { description: "new, unchanged (same text already ingested), replaced (a corrected version) or failed." }) status!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => [String], { description: "Extracted facts the graph model could not take." }) skipped!: string[];
  @Field(() => IngestCounters) counters!: IngestCounters;
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    complexity: 100,
    description: "Extract one article and write it to the graph (idempotent per text). Needs a JWT with the writer role.",
  })
  async ingestArticle(
    @Ctx() ctx: ApiContext,
    @Arg("text", () => String) text: string,
    @Arg("url", () => String, { nullable: true }) url?: string | null,
  ): Promise<IngestResult> {
    requireWriter(ctx.jwt);
    try {
      const r = await ingestText(text, { url: url ?? null, path: null }, ctx.driver, ctx.cfg, { maxBytes: ctx.cfg.api.bodyLimitBytes });
      return { articleId: r.articleId, status: r.status, reason: r.reason ?? null, title: r.title, skipped: r.skipped, counters: r.counters };
    } catch (err) {
      if (err instanceof InputRejected || err instanceof ExtractionInputError) {
        throw new GraphQLError(`The article was refused: ${err.message}`, { extensions: { code: "BAD_USER_INPUT" } });
      }
      throw err;
    }
  }
}
