import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { repoRoot } from "../paths.js";
import { backfill, type BackfillCounts } from "./backfill.js";

/** The statements of schema/constraints.cypher, comments dropped. */
export function migrationStatements(): string[] {
  const text = readFileSync(join(repoRoot(), "schema", "constraints.cypher"), "utf8");
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Applies constraints and indexes (idempotent), waits until the indexes are online, then fills in the
 * relationship properties an older writer did not keep (`onBackfill` hears what was written).
 */
export async function migrate(driver: Driver, database: string, onBackfill?: (counts: BackfillCounts) => void): Promise<number> {
  const statements = migrationStatements();
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  const counts = await backfill(driver, database);
  onBackfill?.(counts);
  return statements.length;
}
