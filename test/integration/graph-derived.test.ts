import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { int, read } from "../../src/api/db.js";
import { documentEventsCypher } from "../../src/api/queries.js";
import { backfill } from "../../src/graph/backfill.js";
import { backingEvents } from "../../src/graph/cypher.js";
import { identityReference, seedReference } from "../../src/graph/reference-seed.js";
import { writeResults, type WriterOptions } from "../../src/graph/write.js";
import { articleA, articleA2, articleB, REFERENCE, ResultBuilder } from "./fixtures-graph.js";
import { rel, snapshot } from "./graph-support.js";
import { testDriver, wipe } from "./support.js";
import { testConfig } from "./test-env.js";

// The copies the writer keeps for the analyst queries: CONCERNS carries its document's id and its
// event's date, IMPLEMENTS the events that back it per article; `kg migrate` fills them in on a
// graph written without them.

const driver = testDriver();
const database = testConfig().neo4j.database;
const opts: WriterOptions = { driver, database, identity: identityReference(REFERENCE) };
const DOC = "doc:12-nq-tw-2012";
const CT = "org:thanh-uy:can-tho";
const BOARD = "org:ban-tuyen-giao-thanh-uy:can-tho";

const TEXT_E = `Ban Tuyên giáo Thành ủy Cần Thơ học tập Nghị quyết Trung ương 4 (khóa XI)
Ban Tuyên giáo Thành ủy Cần Thơ tổ chức hội nghị học tập Nghị quyết Trung ương 4 (khóa XI). Thành ủy Cần Thơ thực hiện Nghị quyết.`;

/** An undated event about the resolution, organized by a part of the city committee that implements it. */
function articleE() {
  return new ResultBuilder("art:eeee5555", TEXT_E, { publishedAt: null })
    .entity("Organization", CT, "Thành ủy Cần Thơ", { kind: "PARTY_COMMITTEE", level: "PROVINCE", locality: "loc:can-tho" })
    .entity("Organization", BOARD, "Ban Tuyên giáo Thành ủy Cần Thơ", { kind: "PARTY_BOARD", level: "PROVINCE", locality: "loc:can-tho" })
    .entity("Resolution", DOC, "Nghị quyết Trung ương 4 khóa XI", { code: "12-NQ/TW", catalogued: true }, ["Nghị quyết Trung ương 4 (khóa XI)"])
    .entity("Event", "evt:eeee5555:1", "Hội nghị học tập Nghị quyết Trung ương 4 (khóa XI)", { eventType: "CONFERENCE" }, ["hội nghị học tập"])
    .rel("PART_OF", BOARD, CT, "Ban Tuyên giáo Thành ủy Cần Thơ")
    .rel("IMPLEMENTS", CT, DOC, "Thành ủy Cần Thơ thực hiện Nghị quyết")
    .rel("ORGANIZED", BOARD, "evt:eeee5555:1", "Ban Tuyên giáo Thành ủy Cần Thơ tổ chức hội nghị")
    .rel("CONCERNS", "evt:eeee5555:1", DOC, "hội nghị học tập Nghị quyết Trung ương 4 (khóa XI)")
    .build();
}

const TEXT_F = `Hội nghị học tập Nghị quyết Trung ương 4 diễn ra ngày 3/6/2013
Hội nghị học tập Nghị quyết Trung ương 4 (khóa XI) diễn ra ngày 3/6/2013.`;

/** A later report of E's event that gives its date (and nothing else about it). */
function articleF() {
  return new ResultBuilder("art:ffff6666", TEXT_F, { publishedAt: "2013-06-04" })
    .entity("Event", "evt:eeee5555:1", "Hội nghị học tập Nghị quyết Trung ương 4 (khóa XI)", { eventType: "CONFERENCE", date: "2013-06-03" }, ["Hội nghị học tập"])
    .build();
}

async function reset(): Promise<void> {
  await wipe(driver);
  await seedReference(driver, database, REFERENCE);
}

beforeAll(reset);
afterAll(() => driver.close());

describe("copies kept on CONCERNS and IMPLEMENTS", () => {
  it("are set when an article is written", async () => {
    await writeResults([articleA(), articleB()], opts);
    expect(await rel(driver, "CONCERNS", "evt:aaaa1111:1", DOC)).toMatchObject({ doc: DOC, date: "2012-12-14", sources: ["art:aaaa1111"] });
    // B reports no event: only A's event backs the claim
    expect(await rel(driver, "IMPLEMENTS", CT, DOC)).toMatchObject({
      sources: ["art:aaaa1111", "art:bbbb2222"],
      eventsIn: ["art:aaaa1111 evt:aaaa1111:1"],
    });
  });

  it("an undated event's CONCERNS carries the date above all others until the event gets one; events of a part count", async () => {
    await writeResults([articleE()], opts);
    expect(await rel(driver, "CONCERNS", "evt:eeee5555:1", DOC)).toMatchObject({ doc: DOC, date: "9999-12-31" });
    expect((await rel(driver, "IMPLEMENTS", CT, DOC))!.eventsIn).toEqual(["art:aaaa1111 evt:aaaa1111:1", "art:eeee5555 evt:eeee5555:1"]);
    // newest first puts the undated event first, as a null date did before the copies
    const eventIds = async () =>
      (await read<{ event: { id: string } }>(driver, testConfig(), documentEventsCypher({ area: false, several: false }), {
        docIds: [DOC], locIds: null, bodyIds: null, skip: int(0), fetch: int(21),
      })).map((r) => r.event.id);
    expect(await eventIds()).toEqual(["evt:eeee5555:1", "evt:aaaa1111:1"]);

    await writeResults([articleF()], opts);
    expect(await eventIds()).toEqual(["evt:eeee5555:1", "evt:aaaa1111:1"]); // 2013-06-03, then 2012-12-14
    expect(await rel(driver, "CONCERNS", "evt:eeee5555:1", DOC)).toMatchObject({ doc: DOC, date: "2013-06-03" });
  });

  it("replacing an article withdraws its event ids, and its events' CONCERNS go with them", async () => {
    const out = await writeResults([articleA2()], opts);
    expect(out.articles[0]!.status).toBe("replaced");
    expect(await rel(driver, "IMPLEMENTS", CT, DOC)).toMatchObject({
      sources: ["art:bbbb2222", "art:eeee5555"],
      eventsIn: ["art:eeee5555 evt:eeee5555:1"],
    });
    expect(await rel(driver, "CONCERNS", "evt:aaaa1111:1", DOC)).toBeNull();
    expect(await rel(driver, "CONCERNS", "evt:eeee5555:1", DOC)).toMatchObject({ doc: DOC, date: "2013-06-03" });
  });
});

describe("the events backing an implementation", () => {
  it("are found from the article's own events, however many events the document has", async () => {
    await reset();
    await writeResults([articleA(), articleB(), articleE()], opts);
    // 3,000 more events about the document, organized by the body and by one of its parts
    await driver.executeQuery(
      `MATCH (o:Organization {id: $ct}), (p:Organization {id: $board}), (d:Resolution {id: $doc})
       UNWIND range(1, 3000) AS i
       FOREACH (x IN CASE WHEN i % 2 = 0 THEN [o] ELSE [p] END | CREATE (x)-[:ORGANIZED]->(:Event {id: "evt:bulk:" + i})-[:CONCERNS]->(d))`,
      { ct: CT, board: BOARD, doc: DOC },
      { database },
    );
    const res = await driver.executeQuery(
      `PROFILE MATCH (a:Organization {id: $ct}), (b:Resolution {id: $doc})
       RETURN ${backingEvents("['art:aaaa1111', 'art:bbbb2222', 'art:eeee5555']")} AS found`,
      { ct: CT, doc: DOC },
      { database },
    );
    expect(res.records[0]!.get("found")).toEqual(["art:aaaa1111 evt:aaaa1111:1", "art:eeee5555 evt:eeee5555:1"]);
    const hits = (p: { dbHits: number; children: unknown[] }): number => p.dbHits + p.children.reduce<number>((n, c) => n + hits(c as typeof p), 0);
    expect(hits(res.summary.profile as unknown as { dbHits: number; children: unknown[] })).toBeLessThan(300);
  });
});

describe("the migrate backfill", () => {
  it("gives a graph written without the copies the values the writer keeps, and is idempotent", async () => {
    await reset();
    await writeResults([articleA(), articleB(), articleE(), articleF()], opts);
    const written = await snapshot(driver);
    // as an older writer left it: no copies at all, and one stale date
    await driver.executeQuery("MATCH ()-[c:CONCERNS]->() REMOVE c.doc, c.date", {}, { database });
    await driver.executeQuery("MATCH ()-[i:IMPLEMENTS]->() REMOVE i.eventsIn", {}, { database });
    await driver.executeQuery("MATCH (:Event {id: 'evt:aaaa1111:1'})-[c:CONCERNS]->() SET c.doc = $doc, c.date = date('2000-01-01')", { doc: DOC }, { database });
    expect(await rel(driver, "IMPLEMENTS", CT, DOC)).not.toHaveProperty("eventsIn");

    expect(await backfill(driver, database)).toEqual({ concerns: 2, provenance: 0, articleClaims: 0, implementsEvents: 1 });
    expect(await snapshot(driver)).toEqual(written);
    expect((await rel(driver, "IMPLEMENTS", CT, DOC))!.eventsIn).toEqual(["art:aaaa1111 evt:aaaa1111:1", "art:eeee5555 evt:eeee5555:1"]);
    expect(await backfill(driver, database)).toEqual({ concerns: 0, provenance: 0, articleClaims: 0, implementsEvents: 0 });
  });

  it("turns complete source lists into a count, a sample and each article's claims", async () => {
    await reset();
    const few: WriterOptions = { ...opts, sourceSample: 50 };
    await writeResults([articleA(), articleB(), articleE(), articleF()], few);
    const written = await snapshot(driver);
    // as the writer before bounded provenance left it: every source on the relationship, "<article> <date>"
    // in seenIn, quotes of the first sources, no count and no claims on the articles
    const claims = await driver.executeQuery("MATCH (o:Article) RETURN o.id AS id, o.claims AS claims, o.claimDates AS dates ORDER BY o.ingestedAt", {}, { database });
    const seenIn = new Map<string, string[]>();
    for (const rec of claims.records) {
      const dates = rec.get("dates") as string[];
      (rec.get("claims") as string[]).forEach((claim, i) => {
        for (const d of dates[i] ? dates[i]!.split(",") : []) seenIn.set(claim, [...(seenIn.get(claim) ?? []), `${rec.get("id") as string} ${d}`]);
      });
    }
    await driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE r.sourceCount IS NOT NULL
       WITH a, r, b, type(r) + ':' + labels(a)[0] + ':' + labels(b)[0] + '\t' + a.id + '\t' + coalesce(r.title, r.role, '') + '\t' + b.id AS claim
       SET r.seenIn = CASE WHEN type(r) IN ['HOLDS_POSITION', 'IMPLEMENTS'] THEN $seenIn[claim] ELSE null END
       REMOVE r.sourceCount, r.evidenceFrom, r.asOfCounts
       WITH r WHERE type(r) = 'IMPLEMENTS' REMOVE r.asOf`,
      { seenIn: Object.fromEntries(seenIn) },
      { database },
    );
    await driver.executeQuery("MATCH (o:Article) REMOVE o.claims, o.claimDates", {}, { database });
    expect(await rel(driver, "HOLDS_POSITION", "per:nguyen-huu-loi@can-tho", CT)).toMatchObject({ seenIn: ["art:aaaa1111 2012-12-14", "art:bbbb2222 2013-05-01"] });

    const counts = await backfill(driver, database);
    expect(counts.provenance).toBe(written.rels.filter((r) => r.props.sourceCount !== undefined).length);
    expect(counts.articleClaims).toBe(1); // F supports no relationship: an empty list
    // the same graph, claims listed in another order
    const byClaim = (s: typeof written) => ({
      ...s,
      nodes: s.nodes.map((n) => {
        if (!Array.isArray(n.props.claims)) return n;
        const dates = n.props.claimDates as string[];
        const pairs = (n.props.claims as string[]).map((c, i) => `${c} @ ${dates[i]!}`).sort();
        return { ...n, props: { ...n.props, claims: pairs, claimDates: null } };
      }),
    });
    expect(byClaim(await snapshot(driver))).toEqual(byClaim(written));
    expect(await backfill(driver, database)).toEqual({ concerns: 0, provenance: 0, articleClaims: 0, implementsEvents: 0 });
  });
});
