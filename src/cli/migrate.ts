import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { openDriver } from "../graph/driver.js";
import { migrate } from "../graph/migrate.js";
import { start } from "../neo4j/server.js";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("create the constraints and indexes of schema/constraints.cypher and fill in properties an older writer did not keep (idempotent)")
    .action(async () => {
      const cfg = loadConfig().neo4j;
      await start(cfg, (m) => console.error(m));
      const driver = openDriver(cfg);
      try {
        const n = await migrate(driver, cfg.database, (c) =>
          console.error(
            `Backfilled ${c.concerns} CONCERNS (document id, event date), ${c.provenance} relationships (source count and sample, claims on articles; ${c.articleClaims} articles without claims) and ${c.implementsEvents} IMPLEMENTS (backing events).`,
          ),
        );
        console.error(`Applied ${n} schema statements; indexes online.`);
      } finally {
        await driver.close();
      }
    });
}
