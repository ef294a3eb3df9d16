// Brings a graph written by an earlier version of the writer up to date with the properties the
// writer now keeps (CONCERNS.doc/date, IMPLEMENTS.eventsIn). Idempotent: only relationships that
// lack a value or hold a stale one are written, in batches, so a large graph is not one transaction.
import type { Driver } from "neo4j-driver";
import { backingEvents, UNDATED } from "./cypher.js";

const BATCH_ROWS = 5000;

export const BACKFILL = {
  concerns: `
MATCH (e:Event)-[c:CONCERNS]->(r:Resolution)
WHERE c.doc IS NULL OR c.date IS NULL OR c.doc <> r.id OR c.date <> coalesce(e.date, date('${UNDATED}'))
CALL (c, e, r) {
  SET c.doc = r.id, c.date = coalesce(e.date, date('${UNDATED}'))
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS
RETURN count(*) AS n`,
  implementsEvents: `
MATCH (a:Organization)-[r:IMPLEMENTS]->(b:Resolution)
WHERE r.eventsIn IS NULL
CALL (a, r, b) {
  SET r.eventsIn = ${backingEvents("coalesce(r.sources, [])")}
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS
RETURN count(*) AS n`,
} as const;

export type BackfillCounts = Record<keyof typeof BACKFILL, number>;

/** Runs every backfill; returns how many relationships each one wrote (0 on an up-to-date graph). */
export async function backfill(driver: Driver, database: string): Promise<BackfillCounts> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, which executeQuery does not give
  const session = driver.session({ database });
  try {
    const counts = {} as BackfillCounts;
    for (const [name, cypher] of Object.entries(BACKFILL) as Array<[keyof typeof BACKFILL, string]>) {
      const res = await session.run(cypher);
      counts[name] = Number(res.records[0]?.get("n") ?? 0);
    }
    return counts;
  } finally {
    await session.close();
  }
}
