// Brings a graph written by an earlier version of the writer up to date with the properties the
// writer now keeps (CONCERNS.doc/date, bounded provenance with each article's claims, IMPLEMENTS.eventsIn).
// Idempotent: only relationships that lack a value or hold a stale one are written, in batches, so a
// large graph is not one transaction.
import type { Driver } from "neo4j-driver";
import { backingEvents, UNDATED } from "./cypher.js";
import { EDGE_PATTERNS, patternKey, type EdgePattern } from "./plan.js";
import { DEFAULT_SOURCE_SAMPLE } from "./write.js";

const BATCH_ROWS = 5000;
/** Provenance rows touch the nodes of every supporting article: smaller batches. */
const PROVENANCE_BATCH_ROWS = 500;

const keyOf = (p: EdgePattern) => (p.type === "HOLDS_POSITION" ? "r.title" : p.type === "PARTICIPATED_IN" ? "r.role" : "''");
const DATED = new Set<string>(["HOLDS_POSITION", "IMPLEMENTS"]);

/**
 * An older writer kept every supporting article in `sources` (and "<article> <date>" in `seenIn`): each
 * article gets the claim (plan.ts claimKey) with its dates, then the relationship keeps a count, the
 * latest sample and per-date counts. Quotes quoted the first sources, which names their articles.
 */
function provenance(p: EdgePattern): string {
  const dates = DATED.has(p.type)
    ? `
  WITH r, coalesce(r.asOf, []) + [x IN [s IN coalesce(r.seenIn, []) | date(substring(s, size(s) - 10))] + [r.firstSeen, r.lastSeen] WHERE x IS NOT NULL] AS all
  WITH r, reduce(acc = [], d IN all | CASE WHEN d IN acc THEN acc ELSE acc + d END) AS ds
  WITH r, ds, [d IN ds | size([s IN coalesce(r.seenIn, []) WHERE substring(s, size(s) - 10) = toString(d)])] AS ns
  SET r.asOf = CASE WHEN size(ds) = 0 THEN null ELSE ds END,
      r.asOfCounts = CASE WHEN size(ds) = 0 THEN null ELSE [n IN ns | CASE WHEN n < 1 THEN 1 ELSE n END] END
  REMOVE r.seenIn`
    : "";
  const events = p.type === "IMPLEMENTS" ? `,
      r.eventsIn = CASE WHEN r.eventsIn IS NULL THEN null ELSE [s IN r.eventsIn WHERE split(s, ' ')[0] IN r.sources[-${DEFAULT_SOURCE_SAMPLE}..]] END` : "";
  return `
MATCH (a:${p.from})-[r:${p.type}]->(b:${p.to})
WHERE r.sources IS NOT NULL AND r.sourceCount IS NULL
CALL (a, r, b) {
  CALL (a, r, b) {
    UNWIND r.sources AS sid
    MATCH (o:Article {id: sid})
    WITH o, [s IN coalesce(r.seenIn, []) WHERE s STARTS WITH sid + ' ' | substring(s, size(sid) + 1)] AS ds
    SET o.claims = coalesce(o.claims, []) + ('${patternKey(p)}' + '\\t' + a.id + '\\t' + coalesce(${keyOf(p)}, '') + '\\t' + b.id),
        o.claimDates = coalesce(o.claimDates, []) + reduce(t = '', d IN ds | t + CASE WHEN t = '' THEN '' ELSE ',' END + d)
  }
  SET r.sourceCount = size(r.sources), r.evidenceFrom = r.sources[0..size(coalesce(r.evidence, []))]${events}
  SET r.sources = r.sources[-${DEFAULT_SOURCE_SAMPLE}..]${dates}
} IN TRANSACTIONS OF ${PROVENANCE_BATCH_ROWS} ROWS
RETURN count(*) AS n`;
}

/** Each backfill is a list of statements returning how many rows they wrote (`n`). */
export const BACKFILL = {
  concerns: [
    `
MATCH (e:Event)-[c:CONCERNS]->(r:Resolution)
WHERE c.doc IS NULL OR c.date IS NULL OR c.doc <> r.id OR c.date <> coalesce(e.date, date('${UNDATED}'))
CALL (c, e, r) {
  SET c.doc = r.id, c.date = coalesce(e.date, date('${UNDATED}'))
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS
RETURN count(*) AS n`,
  ],
  provenance: EDGE_PATTERNS.map(provenance),
  articleClaims: [
    `
MATCH (o:Article) WHERE o.claims IS NULL
CALL (o) {
  SET o.claims = [], o.claimDates = []
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS
RETURN count(*) AS n`,
  ],
  implementsEvents: [
    `
MATCH (a:Organization)-[r:IMPLEMENTS]->(b:Resolution)
WHERE r.eventsIn IS NULL
CALL (a, r, b) {
  SET r.eventsIn = ${backingEvents("coalesce(r.sources, [])")}
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS
RETURN count(*) AS n`,
  ],
} as const;

export type BackfillCounts = Record<keyof typeof BACKFILL, number>;

/** Runs every backfill; returns how many rows each one wrote (0 on an up-to-date graph). */
export async function backfill(driver: Driver, database: string): Promise<BackfillCounts> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, which executeQuery does not give
  const session = driver.session({ database });
  try {
    const counts = {} as BackfillCounts;
    for (const [name, statements] of Object.entries(BACKFILL) as Array<[keyof typeof BACKFILL, readonly string[]]>) {
      counts[name] = 0;
      for (const cypher of statements) {
        const res = await session.run(cypher);
        counts[name] += Number(res.records[0]?.get("n") ?? 0);
      }
    }
    return counts;
  } finally {
    await session.close();
  }
}
