import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { identityReference, seedReference } from "../../src/graph/reference-seed.js";
import { writeResults, type WriterOptions } from "../../src/graph/write.js";
import { articleA, articleA2, articleB, articleC, articleD, REFERENCE } from "./fixtures-graph.js";
import { countsByLabel, countsByType, rel, snapshot } from "./graph-support.js";
import { testDriver, wipe } from "./support.js";
import { testConfig } from "./test-env.js";

const driver = testDriver();
const database = testConfig().neo4j.database;
const opts: WriterOptions = { driver, database, identity: identityReference(REFERENCE) };
const LOI_CT = "per:nguyen-huu-loi@can-tho";

async function reset(): Promise<void> {
  await wipe(driver);
  await seedReference(driver, database, REFERENCE);
}

async function nodeProps(label: string, id: string): Promise<Record<string, unknown> | null> {
  const s = await snapshot(driver);
  return s.nodes.find((n) => n.labels.includes(label) && n.props.id === id)?.props ?? null;
}

beforeAll(reset);
afterAll(() => driver.close());

describe("reference skeleton", () => {
  it("loads localities, successions, central bodies and catalogued documents, idempotently", async () => {
    const first = await snapshot(driver);
    await seedReference(driver, database, REFERENCE);
    expect(await snapshot(driver)).toEqual(first);
    expect(await countsByLabel(driver)).toEqual({ Locality: 5, Organization: 1, Resolution: 1 });
    expect(await countsByType(driver)).toEqual({ ISSUED_BY: 1, PART_OF: 4, SUCCEEDED_BY: 1 });
    expect(await rel(driver, "SUCCEEDED_BY", "loc:hau-giang", "loc:can-tho")).toEqual({ on: "2025-07-01", reference: true });
    const doc = await nodeProps("Resolution", "doc:12-nq-tw-2012");
    expect(doc).toMatchObject({ code: "12-NQ/TW", plenum: 4, term: "XI", issuedOn: "2012-01-16", catalogued: true });
  });
});

describe("writing one article", () => {
  it("creates exactly the expected nodes and edges with sources and evidence", async () => {
    const out = await writeResults([articleA()], opts);
    expect(out.articles.map((a) => [a.articleId, a.status, a.skipped])).toEqual([["art:aaaa1111", "new", []]]);
    expect(await countsByLabel(driver)).toEqual({ Article: 1, Event: 1, Locality: 5, Organization: 2, Person: 2, Resolution: 1 });
    expect(await countsByType(driver)).toEqual({
      BASED_IN: 1, CONCERNS: 1, HELD_IN: 1, HOLDS_POSITION: 1, IMPLEMENTS: 1, ISSUED_BY: 1, MENTIONS: 5,
      ORGANIZED: 1, PARTICIPATED_IN: 1, PART_OF: 4, REPORTS: 1, SUCCEEDED_BY: 1,
    });
    expect(out.counters.nodesCreated).toBe(5); // the locality and the document were seeded
    expect(await rel(driver, "HOLDS_POSITION", LOI_CT, "org:thanh-uy:can-tho")).toEqual({
      title: "Phó Bí thư Thường trực",
      asOf: ["2012-12-14"],
      asOfCounts: [1],
      firstSeen: "2012-12-14",
      lastSeen: "2012-12-14",
      sources: ["art:aaaa1111"],
      sourceCount: 1,
      evidence: ["Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy"],
      evidenceFrom: ["art:aaaa1111"],
    });
    // the article lists every relationship it supports, with the dates it gave
    const claims = (await nodeProps("Article", "art:aaaa1111"))!;
    expect(claims.claims).toContain(`HOLDS_POSITION:Person:Organization\t${LOI_CT}\tPhó Bí thư Thường trực\torg:thanh-uy:can-tho`);
    expect((claims.claims as string[]).length).toBe((claims.claimDates as string[]).length);
    expect(await rel(driver, "PARTICIPATED_IN", LOI_CT, "evt:aaaa1111:1")).toMatchObject({ role: "SPOKE", title: "Phó Bí thư Thường trực Thành ủy" });
    expect(await rel(driver, "IMPLEMENTS", "org:thanh-uy:can-tho", "doc:12-nq-tw-2012")).toMatchObject({ firstSeen: "2012-12-14", lastSeen: "2012-12-14", sources: ["art:aaaa1111"] });
    const mention = await rel(driver, "MENTIONS", "art:aaaa1111", LOI_CT);
    const span = articleA().entities.find((e) => e.id === "per:nguyen-huu-loi")!.mentions[0]!;
    expect(mention).toEqual({ count: 1, spans: [span.start, span.end], aliases: [] });
    expect(await rel(driver, "MENTIONS", "art:aaaa1111", "org:thanh-uy:can-tho")).toMatchObject({ aliases: ["Thành ủy"] });

    const person = await nodeProps("Person", LOI_CT);
    expect(person).toMatchObject({ name: "Nguyễn Hữu Lợi", nameAscii: "Nguyen Huu Loi", gender: "MALE" });
    expect(person!.searchText).toBe("Nguyễn Hữu Lợi | Nguyen Huu Loi");
    expect(person!.resolution).toMatch(/can-tho/);
    // the author has no position: placed by the article's home locality
    expect(await nodeProps("Person", "per:le-thanh@can-tho")).not.toBeNull();
    // the catalogue keeps its title; the article's spelling becomes an alias
    const doc = await nodeProps("Resolution", "doc:12-nq-tw-2012");
    expect(doc!.title).toBe("Một số vấn đề cấp bách về xây dựng Đảng hiện nay");
    expect(doc!.aliases).toEqual(expect.arrayContaining(["Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 (khóa XI)"]));
    const article = await nodeProps("Article", "art:aaaa1111");
    expect(article).toMatchObject({ publishedOn: "2012-12-14", extractorVersion: "fixture-1", textHash: articleA().article.textHash });
  });

  it("writing the same article again changes nothing", async () => {
    const before = await snapshot(driver);
    const out = await writeResults([articleA()], opts);
    expect(out.articles[0]!.status).toBe("unchanged");
    expect(out.counters).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
    expect(await snapshot(driver)).toEqual(before);
  });
});

describe("several articles", () => {
  it("a second article about the same official adds a source to the same edges", async () => {
    const out = await writeResults([articleB()], opts);
    expect(out.articles[0]!.status).toBe("new");
    const hp = await rel(driver, "HOLDS_POSITION", LOI_CT, "org:thanh-uy:can-tho");
    expect(hp).toMatchObject({
      asOf: ["2012-12-14", "2013-05-01"],
      asOfCounts: [1, 1],
      firstSeen: "2012-12-14",
      lastSeen: "2013-05-01",
      sources: ["art:aaaa1111", "art:bbbb2222"],
      sourceCount: 2,
      evidence: ["Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy", "Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy Cần Thơ"],
    });
    const s = await snapshot(driver);
    expect(s.nodes.filter((n) => n.labels.includes("Person") && String(n.props.id).startsWith("per:nguyen-huu-loi@")).map((n) => n.props.id)).toEqual([LOI_CT]);
    expect(s.rels.filter((r) => r.type === "MENTIONS" && r.to === LOI_CT).map((r) => r.from)).toEqual(["art:aaaa1111", "art:bbbb2222"]);
  });

  it("a changed version replaces its claims and keeps what other articles support", async () => {
    const out = await writeResults([articleA2()], opts);
    expect(out.articles[0]!.status).toBe("replaced");
    // IMPLEMENTS is still supported by B
    expect(await rel(driver, "IMPLEMENTS", "org:thanh-uy:can-tho", "doc:12-nq-tw-2012")).toMatchObject({
      sources: ["art:bbbb2222"],
      sourceCount: 1,
      evidence: ["Thành ủy Cần Thơ triển khai Nghị quyết Trung ương 4 (khóa XI)"],
      evidenceFrom: ["art:bbbb2222"],
    });
    // the event, its edges and the author only A supported are gone
    const s = await snapshot(driver);
    const ids = s.nodes.map((n) => n.props.id);
    expect(ids).not.toContain("evt:aaaa1111:1");
    expect(ids).not.toContain("per:le-thanh@can-tho");
    expect(s.rels.filter((r) => ["ORGANIZED", "HELD_IN", "CONCERNS", "PARTICIPATED_IN", "REPORTS"].includes(r.type))).toEqual([]);
    // reference nodes stay even when no article mentions them any more
    expect(ids).toEqual(expect.arrayContaining(["loc:can-tho", "doc:12-nq-tw-2012", "loc:hau-giang", "org:ban-chap-hanh-trung-uong"]));
    expect(await rel(driver, "ISSUED_BY", "doc:12-nq-tw-2012", "org:ban-chap-hanh-trung-uong")).toEqual({ reference: true });
    // the resolution is no longer mentioned by A
    expect(s.rels.filter((r) => r.type === "MENTIONS" && r.from === "art:aaaa1111").map((r) => r.to).sort()).toEqual(
      ["loc:can-tho", "org:ban-tuyen-giao-thanh-uy:can-tho", "org:thanh-uy:can-tho", LOI_CT].sort(),
    );
    // new claims are in, the shared position keeps both sources (A's new quote moved to the end)
    expect(await rel(driver, "PART_OF", "org:ban-tuyen-giao-thanh-uy:can-tho", "org:thanh-uy:can-tho")).toMatchObject({ sources: ["art:aaaa1111"] });
    const hp = await rel(driver, "HOLDS_POSITION", LOI_CT, "org:thanh-uy:can-tho");
    expect(hp!.sources).toEqual(["art:bbbb2222", "art:aaaa1111"]);
    // the replaced version's date (2012-12-14) is withdrawn; the new one (2012-12-15) is in
    expect(hp).toMatchObject({
      asOf: ["2013-05-01", "2012-12-15"],
      asOfCounts: [1, 1],
      firstSeen: "2012-12-15",
      lastSeen: "2013-05-01",
      sourceCount: 2,
      evidenceFrom: ["art:bbbb2222", "art:aaaa1111"],
    });
    expect(await rel(driver, "IMPLEMENTS", "org:thanh-uy:can-tho", "doc:12-nq-tw-2012")).toMatchObject({ firstSeen: "2013-05-01", lastSeen: "2013-05-01" });
    // names only the old version used are withdrawn, from the aliases and from the search text
    const org = await nodeProps("Organization", "org:thanh-uy:can-tho");
    expect(org!.aliases).toEqual([]);
    expect(org!.searchText).toBe("Thành ủy Cần Thơ | Thanh uy Can Tho");
    // the catalogue's own names and B's spelling stay
    const doc = await nodeProps("Resolution", "doc:12-nq-tw-2012");
    expect(doc!.aliases).toEqual(["Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 (khóa XI)"]);
    expect(String(doc!.searchText)).toContain("Nghi quyet Trung uong 4 (khoa XI)");
    expect(hp!.evidence).toEqual(["Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy Cần Thơ", "Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy"]);
    expect(await countsByLabel(driver)).toEqual({ Article: 2, Locality: 5, Organization: 3, Person: 1, Resolution: 1 });

    // replacing again with the same corrected text is a no-op
    const again = await writeResults([articleA2()], opts);
    expect(again.articles[0]!.status).toBe("unchanged");
  });
});

describe("person identity across articles", () => {
  it("keeps namesakes in two provinces apart and links an unplaced mention to both", async () => {
    await writeResults([articleC()], opts);
    const persons = async () =>
      (await snapshot(driver)).nodes.filter((n) => n.labels.includes("Person")).map((n) => n.props.id as string).sort();
    expect(await persons()).toEqual([LOI_CT, "per:nguyen-huu-loi@dong-thap"]);

    const out = await writeResults([articleD()], opts);
    expect(out.articles[0]!.status).toBe("new");
    const unknown = "per:nguyen-huu-loi@unknown-dddd4444";
    expect(await persons()).toEqual([LOI_CT, "per:nguyen-huu-loi@dong-thap", unknown]);
    expect((await nodeProps("Person", unknown))!.resolution).toMatch(/2 people share this name/);
    const s = await snapshot(driver);
    expect(s.rels.filter((r) => r.type === "POSSIBLY_SAME_AS").map((r) => [r.from, r.to, r.props.sources])).toEqual([
      [unknown, LOI_CT, ["art:dddd4444"]],
      [unknown, "per:nguyen-huu-loi@dong-thap", ["art:dddd4444"]],
    ]);
  });

  it("several articles in one transaction give the same graph as one at a time", async () => {
    await reset();
    await writeResults([articleA(), articleB(), articleC()], opts);
    const batched = await snapshot(driver);
    await reset();
    for (const r of [articleA(), articleB(), articleC()]) await writeResults([r], opts);
    const single = await snapshot(driver);
    const strip = (s: typeof batched) => ({ ...s, nodes: s.nodes.map((n) => ({ ...n, props: { ...n.props, ingestedAt: null } })) });
    expect(strip(batched)).toEqual(strip(single));
  });
});

describe("concurrent batches", () => {
  it("two transactions extending one relationship's sources keep both articles (no lost update)", async () => {
    await reset();
    const copies = Array.from({ length: 12 }, (_, i) => {
      const r = articleA();
      r.article = { ...r.article, id: `art:race${String(i).padStart(2, "0")}`, textHash: `race-hash-${i}` };
      return r;
    });
    // one article per transaction, all at once: every one of them extends the same IMPLEMENTS edge
    await Promise.all(copies.map((c) => writeResults([c], opts)));
    const edge = await rel(driver, "IMPLEMENTS", "org:thanh-uy:can-tho", "doc:12-nq-tw-2012");
    expect([...((edge?.sources as string[]) ?? [])].sort()).toEqual(copies.map((c) => c.article.id).sort());
    expect(edge!.sourceCount).toBe(12);
  });
});

describe("bounded provenance", () => {
  // a sample of 3 sources and 2 quotes, so a handful of articles overflows both
  const small: WriterOptions = { ...opts, sourceSample: 3, maxEvidence: 2 };
  const id = (i: number) => `art:copy${i}`;
  const day = (i: number) => `2013-0${i + 1}-10`;
  /** Article A again under another id, reporting the position on its own date. */
  const copy = (i: number, withPosition = true) => {
    const r = articleA();
    r.article = { ...r.article, id: id(i), textHash: `copy-${i}-${String(withPosition)}` };
    r.relations = r.relations
      .filter((x) => withPosition || x.type !== "HOLDS_POSITION")
      .map((x) => (x.type === "HOLDS_POSITION" ? { ...x, properties: { ...x.properties, asOf: day(i) } } : x));
    return r;
  };
  const position = () => rel(driver, "HOLDS_POSITION", LOI_CT, "org:thanh-uy:can-tho");

  it("keeps the latest sources, the first quotes, the count and each date's count", async () => {
    await reset();
    for (let i = 0; i < 6; i++) await writeResults([copy(i)], small);
    expect(await position()).toMatchObject({
      sources: [id(3), id(4), id(5)],
      sourceCount: 6,
      evidenceFrom: [id(0), id(1)],
      asOf: [0, 1, 2, 3, 4, 5].map(day),
      asOfCounts: [1, 1, 1, 1, 1, 1],
      firstSeen: day(0),
      lastSeen: day(5),
    });
    const implementation = await rel(driver, "IMPLEMENTS", "org:thanh-uy:can-tho", "doc:12-nq-tw-2012");
    expect(implementation).toMatchObject({ sources: [id(3), id(4), id(5)], sourceCount: 6 });
    expect(implementation!.eventsIn).toEqual([3, 4, 5].map((i) => `${id(i)} evt:aaaa1111:1`));
  });

  it("replacing an article of the sample brings back the latest other supporter and withdraws its date", async () => {
    expect((await writeResults([copy(4, false)], small)).articles[0]!.status).toBe("replaced");
    expect(await position()).toMatchObject({
      sources: [id(2), id(3), id(5)],
      sourceCount: 5,
      evidenceFrom: [id(0), id(1)],
      asOf: [0, 1, 2, 3, 5].map(day),
      asOfCounts: [1, 1, 1, 1, 1],
      lastSeen: day(5),
    });
  });

  it("replacing an article outside the sample lowers the count and drops its quote", async () => {
    await writeResults([copy(0, false)], small);
    const hp = await position();
    expect(hp).toMatchObject({ sources: [id(2), id(3), id(5)], sourceCount: 4, evidenceFrom: [id(1)], firstSeen: day(1) });
    expect(hp!.evidence).toHaveLength(1);
  });

  it("deletes the relationship when its last supporter leaves", async () => {
    for (const i of [1, 2, 3, 5]) await writeResults([copy(i, false)], small);
    expect(await position()).toBeNull();
    const implementation = await rel(driver, "IMPLEMENTS", "org:thanh-uy:can-tho", "doc:12-nq-tw-2012");
    // every copy still claims the implementation; each replacement moved its article to the newest end
    expect(implementation).toMatchObject({ sourceCount: 6, sources: [id(2), id(3), id(5)] });
  });
});
