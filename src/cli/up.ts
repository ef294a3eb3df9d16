import { join } from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { openDriver } from "../graph/driver.js";
import { migrate } from "../graph/migrate.js";
import { ingestPaths } from "../ingest/pipeline.js";
import { formatSummary } from "../ingest/progress.js";
import { start } from "../neo4j/server.js";
import { repoRoot } from "../paths.js";

/** `npm start`: the whole product in one command, each step idempotent so it can be rerun. */
export function registerUp(program: Command): void {
  program
    .command("up")
    .description("start Neo4j (or use NEO4J_URI), migrate, ingest seeds/articles, then serve the GraphQL API")
    .option("--no-serve", "stop after ingesting")
    .action(async (opts: { serve: boolean }) => {
      const log = (m: string) => console.error(m);
      await start(loadConfig().neo4j, log);
      const cfg = loadConfig(); // the first start generates the password
      const driver = openDriver(cfg.neo4j);
      try {
        const n = await migrate(driver, cfg.neo4j.database);
        log(`Schema: ${n} constraints and indexes in place.`);
        const seeds = join(repoRoot(), "seeds", "articles");
        log(`Ingesting ${seeds}…`);
        const summary = await ingestPaths([seeds], { driver, config: cfg });
        log(formatSummary(summary));
        if (summary.articles.failed > 0) process.exitCode = 2;
      } finally {
        await driver.close();
      }
      if (!opts.serve) return;
      const { createApiServer } = await import("../api/server.js");
      const browserUrl = cfg.neo4j.managed ? `http://127.0.0.1:${cfg.neo4j.httpPort}/browser/` : undefined;
      const server = await createApiServer(cfg, browserUrl ? { browserUrl } : {});
      const site = server.url.replace(/\/graphql$/, "");
      console.log(`\nGraphQL API:   ${server.url}   (open it in a browser for the query explorer)`);
      if (browserUrl) {
        console.log(`Neo4j Browser: ${browserUrl}   (user ${cfg.neo4j.username}, password in ${join(cfg.neo4j.home, "password")})`);
        console.log(`Browser guide: :play ${site}/browser/guide.html   style: :style ${site}/browser/style.grass`);
      }
      console.log("Press Ctrl+C to stop the API (Neo4j keeps running; `kg neo4j stop` stops it).");
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop());
      process.once("SIGTERM", () => void stop());
    });
}
