import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { backfill } from "../../src/graph/backfill.js";
import { wipe } from "./support.js";
import { testConfig } from "./test-env.js";

// A small, hand-checked graph for the API tests, written with parameterized Cypher so the tests do
// not depend on the extractor: Cần Thơ with a district, Hậu Giang merged into Cần Thơ on 2025-07-01,
// Hà Nội, three documents, two same-name officials in different cities, three events, three articles.

const localities = [
  { id: "loc-vn", name: "Việt Nam", level: "COUNTRY", validUntil: null },
  { id: "loc-can-tho", name: "Cần Thơ", level: "MUNICIPALITY", validUntil: null },
  { id: "loc-ninh-kieu", name: "Ninh Kiều", level: "DISTRICT", validUntil: null },
  { id: "loc-hau-giang", name: "Hậu Giang", level: "PROVINCE", validUntil: "2025-06-30" },
  { id: "loc-vi-thanh", name: "Vị Thanh", level: "CITY", validUntil: "2025-06-30" },
  { id: "loc-ha-noi", name: "Hà Nội", level: "MUNICIPALITY", validUntil: null },
];
const partOf = [
  ["loc-can-tho", "loc-vn"],
  ["loc-ninh-kieu", "loc-can-tho"],
  ["loc-hau-giang", "loc-vn"],
  ["loc-vi-thanh", "loc-hau-giang"],
  ["loc-ha-noi", "loc-vn"],
];

const orgs = [
  { id: "org-tu-can-tho", name: "Thành ủy Cần Thơ", kind: "PARTY_COMMITTEE", level: "PROVINCE", aliases: ["Thành ủy TPCT"], basedIn: "loc-can-tho" },
  { id: "org-btv-can-tho", name: "Ban Thường vụ Thành ủy Cần Thơ", kind: "STANDING_COMMITTEE", level: "PROVINCE", aliases: ["BTV Thành ủy Cần Thơ"], basedIn: "loc-can-tho" },
  { id: "org-qu-ninh-kieu", name: "Quận ủy Ninh Kiều", kind: "PARTY_COMMITTEE", level: "DISTRICT", aliases: [], basedIn: "loc-ninh-kieu" },
  { id: "org-tu-hau-giang", name: "Tỉnh ủy Hậu Giang", kind: "PARTY_COMMITTEE", level: "PROVINCE", aliases: [], basedIn: "loc-hau-giang" },
  { id: "org-tu-vi-thanh", name: "Thành ủy Vị Thanh", kind: "PARTY_COMMITTEE", level: "DISTRICT", aliases: [], basedIn: "loc-vi-thanh" },
  { id: "org-tu-ha-noi", name: "Thành ủy Hà Nội", kind: "PARTY_COMMITTEE", level: "PROVINCE", aliases: [], basedIn: "loc-ha-noi" },
  { id: "org-bch-tw", name: "Ban Chấp hành Trung ương", kind: "PARTY_COMMITTEE", level: "CENTRAL", aliases: ["BCH TW"], basedIn: "loc-vn" },
];

const docs = [
  {
    id: "doc-04-nq-tw-2016",
    code: "04-NQ/TW",
    title: "Nghị quyết Hội nghị Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng",
    docType: "RESOLUTION",
    plenum: 4,
    term: "XII",
    issuedOn: "2016-10-30",
    aliases: ["NQ TW4 (khóa XII)", "Nghị quyết Trung ương 4 khóa XII"],
  },
  {
    id: "doc-12-nq-tw-2012",
    code: "12-NQ/TW",
    title: "Nghị quyết Hội nghị Trung ương 4 khóa XI một số vấn đề cấp bách về xây dựng Đảng hiện nay",
    docType: "RESOLUTION",
    plenum: 4,
    term: "XI",
    issuedOn: "2012-01-16",
    aliases: ["NQ TW4 (Khóa XI)"],
  },
  {
    id: "doc-21-kl-tw-2021",
    code: "21-KL/TW",
    title: "Kết luận về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
    docType: "CONCLUSION",
    plenum: 4,
    term: "XIII",
    issuedOn: "2021-10-25",
    aliases: ["Kết luận 21", "Kết luận số 21-KL/TW"],
  },
];

const persons = [
  { id: "per-hieu-ct", name: "Nguyễn Văn Hiếu", nameAscii: "Nguyen Van Hieu" },
  { id: "per-hieu-hn", name: "Nguyễn Văn Hiếu", nameAscii: "Nguyen Van Hieu" },
  { id: "per-binh", name: "Đỗ Thanh Bình", nameAscii: "Do Thanh Binh" },
  { id: "per-lau", name: "Trần Văn Lâu", nameAscii: "Tran Van Lau" },
  { id: "per-phu", name: "Lê Văn Phú", nameAscii: "Le Van Phu" },
];

const positions = [
  { person: "per-hieu-ct", org: "org-tu-can-tho", title: "Bí thư Thành ủy", asOf: ["2021-03-01", "2022-06-10"], sources: ["art-ct"] },
  { person: "per-hieu-ct", org: "org-btv-can-tho", title: "Ủy viên Ban Thường vụ", asOf: ["2019-05-01"], sources: ["art-ct"] },
  { person: "per-binh", org: "org-tu-can-tho", title: "Bí thư Thành ủy", asOf: ["2024-05-02", "2025-08-01"], sources: ["art-hn"] },
  { person: "per-lau", org: "org-tu-hau-giang", title: "Phó Bí thư Thường trực Tỉnh ủy", asOf: ["2021-12-20"], sources: ["art-hg"] },
  { person: "per-phu", org: "org-qu-ninh-kieu", title: "Bí thư Quận ủy", asOf: ["2022-06-10"], sources: ["art-ct"] },
  { person: "per-hieu-hn", org: "org-tu-ha-noi", title: "Ủy viên Ban Thường vụ Thành ủy", asOf: ["2023-01-05"], sources: ["art-hn"] },
];

const events = [
  {
    id: "evt-ct-2022",
    name: "Hội nghị sơ kết 1 năm thực hiện Kết luận 21-KL/TW",
    eventType: "CONFERENCE",
    date: "2022-06-10",
    org: "org-tu-can-tho",
    heldIn: "loc-can-tho",
    doc: "doc-21-kl-tw-2021",
    article: "art-ct",
    people: [
      { person: "per-hieu-ct", role: "CHAIRED", title: "Bí thư Thành ủy" },
      { person: "per-phu", role: "SPOKE", title: "Bí thư Quận ủy Ninh Kiều" },
    ],
  },
  {
    id: "evt-hg-2021",
    name: "Hội nghị tổng kết 5 năm thực hiện Nghị quyết Trung ương 4 khóa XII",
    eventType: "CONFERENCE",
    date: "2021-12-20",
    org: "org-tu-hau-giang",
    heldIn: "loc-vi-thanh",
    doc: "doc-04-nq-tw-2016",
    article: "art-hg",
    people: [{ person: "per-lau", role: "CHAIRED", title: "Phó Bí thư Thường trực Tỉnh ủy" }],
  },
  {
    id: "evt-hn-2023",
    name: "Hội nghị quán triệt Kết luận 21-KL/TW",
    eventType: "CONFERENCE",
    date: "2023-01-05",
    org: "org-tu-ha-noi",
    heldIn: "loc-ha-noi",
    doc: "doc-21-kl-tw-2021",
    article: "art-hn",
    people: [{ person: "per-hieu-hn", role: "ATTENDED", title: "Ủy viên Ban Thường vụ Thành ủy" }],
  },
];

const implementations = [
  { org: "org-tu-can-tho", doc: "doc-21-kl-tw-2021", firstSeen: "2022-06-10", lastSeen: "2022-06-10", sources: ["art-ct"], evidence: ["Thành ủy Cần Thơ tổ chức Hội nghị sơ kết 1 năm thực hiện Kết luận 21-KL/TW"] },
  { org: "org-qu-ninh-kieu", doc: "doc-21-kl-tw-2021", firstSeen: "2022-06-12", lastSeen: "2022-06-12", sources: ["art-ct"], evidence: ["Quận ủy Ninh Kiều triển khai Kết luận 21-KL/TW"] },
  { org: "org-tu-ha-noi", doc: "doc-21-kl-tw-2021", firstSeen: "2023-01-05", lastSeen: "2023-01-05", sources: ["art-hn"], evidence: ["Thành ủy Hà Nội quán triệt Kết luận 21-KL/TW"] },
  { org: "org-tu-hau-giang", doc: "doc-04-nq-tw-2016", firstSeen: "2017-03-01", lastSeen: "2021-12-20", sources: ["art-hg"], evidence: ["Tỉnh ủy Hậu Giang tổng kết 5 năm thực hiện NQ TW4 (khóa XII)"] },
  { org: "org-tu-vi-thanh", doc: "doc-04-nq-tw-2016", firstSeen: "2019-05-01", lastSeen: "2019-05-01", sources: ["art-hg"], evidence: ["Thành ủy Vị Thanh thực hiện Nghị quyết Trung ương 4 khóa XII"] },
];

const articles = [
  { id: "art-ct", title: "Cần Thơ sơ kết 1 năm thực hiện Kết luận 21-KL/TW", url: "https://example.vn/can-tho-kl21", source: "Báo Cần Thơ", publishedAt: "2022-06-11" },
  { id: "art-hg", title: "Hậu Giang tổng kết Nghị quyết Trung ương 4 khóa XII", url: "https://example.vn/hau-giang-nq4", source: "Báo Hậu Giang", publishedAt: "2021-12-21" },
  { id: "art-hn", title: "Hà Nội quán triệt Kết luận 21-KL/TW", url: "https://example.vn/ha-noi-kl21", source: "Báo Hà Nội Mới", publishedAt: "2023-01-06" },
];

const STATEMENTS: Array<[string, Record<string, unknown>]> = [
  [
    `UNWIND $rows AS row CREATE (l:Locality {id: row.id, name: row.name, level: row.level, searchText: row.name})
     SET l.validUntil = CASE WHEN row.validUntil IS NULL THEN null ELSE date(row.validUntil) END`,
    { rows: localities },
  ],
  [`UNWIND $rows AS row MATCH (a:Locality {id: row[0]}), (b:Locality {id: row[1]}) CREATE (a)-[:PART_OF]->(b)`, { rows: partOf }],
  [
    `MATCH (a:Locality {id: 'loc-hau-giang'}), (b:Locality {id: 'loc-can-tho'}) CREATE (a)-[:SUCCEEDED_BY {on: date('2025-07-01')}]->(b)`,
    {},
  ],
  [
    `UNWIND $rows AS row MATCH (l:Locality {id: row.basedIn})
     CREATE (o:Organization {id: row.id, name: row.name, kind: row.kind, level: row.level, aliases: row.aliases,
       searchText: reduce(s = row.name, a IN row.aliases | s + ' | ' + a)})-[:BASED_IN]->(l)`,
    { rows: orgs },
  ],
  [`MATCH (a:Organization {id: 'org-btv-can-tho'}), (b:Organization {id: 'org-tu-can-tho'}) CREATE (a)-[:PART_OF]->(b)`, {}],
  [
    `UNWIND $rows AS row
     CREATE (r:Resolution {id: row.id, code: row.code, title: row.title, docType: row.docType, plenum: row.plenum, term: row.term,
       issuedOn: date(row.issuedOn), aliases: row.aliases, catalogued: true,
       searchText: reduce(s = row.code, a IN row.aliases | s + ' | ' + a)})
     WITH r MATCH (o:Organization {id: 'org-bch-tw'}) CREATE (r)-[:ISSUED_BY]->(o)`,
    { rows: docs },
  ],
  [`UNWIND $rows AS row CREATE (:Person {id: row.id, name: row.name, nameAscii: row.nameAscii, searchText: row.nameAscii})`, { rows: persons }],
  [
    `UNWIND $rows AS row MATCH (p:Person {id: row.person}), (o:Organization {id: row.org})
     CREATE (p)-[:HOLDS_POSITION {title: row.title, asOf: [d IN row.asOf | date(d)], firstSeen: date(head(row.asOf)),
       lastSeen: date(last(row.asOf)), sources: row.sources}]->(o)`,
    { rows: positions },
  ],
  [
    `UNWIND $rows AS row
     CREATE (a:Article {id: row.id, title: row.title, url: row.url, source: row.source, publishedAt: row.publishedAt,
       publishedOn: date(row.publishedAt)})`,
    { rows: articles },
  ],
  [
    `UNWIND $rows AS row
     MATCH (o:Organization {id: row.org}), (l:Locality {id: row.heldIn}), (r:Resolution {id: row.doc}), (a:Article {id: row.article})
     CREATE (e:Event {id: row.id, name: row.name, eventType: row.eventType, date: date(row.date), dateInferred: false})
     CREATE (o)-[:ORGANIZED]->(e), (e)-[:HELD_IN]->(l), (e)-[:CONCERNS]->(r), (a)-[:REPORTS]->(e)
     WITH e, row UNWIND row.people AS pp MATCH (p:Person {id: pp.person})
     CREATE (p)-[:PARTICIPATED_IN {role: pp.role, title: pp.title, sources: [row.article]}]->(e)`,
    { rows: events },
  ],
  [
    `UNWIND $rows AS row MATCH (o:Organization {id: row.org}), (r:Resolution {id: row.doc})
     CREATE (o)-[:IMPLEMENTS {firstSeen: date(row.firstSeen), lastSeen: date(row.lastSeen), sources: row.sources, evidence: row.evidence}]->(r)`,
    { rows: implementations },
  ],
  [
    `MATCH (a:Article {id: 'art-ct'}), (p:Person {id: 'per-hieu-ct'}) CREATE (a)-[:MENTIONS {count: 2, spans: [10, 25, 80, 95]}]->(p)`,
    {},
  ],
];

/** Writes the fixture graph into an empty database and waits for the full-text indexes to catch up. */
export async function writeFixture(driver: Driver): Promise<void> {
  const database = testConfig().neo4j.database;
  for (const [cypher, params] of STATEMENTS) await driver.executeQuery(cypher, params, { database });
  // the statements write the graph as the writer did before it kept copies on CONCERNS and IMPLEMENTS
  await backfill(driver, database);
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
  // full-text indexes are eventually consistent; wait until the last writes are searchable
  for (let i = 0; i < 50; i++) {
    const { records } = await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('personSearch', 'phu') YIELD node RETURN count(node) AS n",
      {},
      { database },
    );
    if ((records[0]?.get("n") as number) > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Node and relationship counts, to prove a request changed nothing. */
export async function graphCounts(driver: Driver): Promise<{ nodes: number; rels: number }> {
  const { records } = await driver.executeQuery(
    "RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS rels",
    {},
    { database: testConfig().neo4j.database },
  );
  return { nodes: records[0]?.get("nodes") as number, rels: records[0]?.get("rels") as number };
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
}

/** POSTs one operation as JSON (which also satisfies CSRF prevention). */
export async function gql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlResult["errors"] };
  return { status: res.status, data: body.data, errors: body.errors };
}

/** An empty test database with the fixture graph, served by an API on a free port (silent logs). */
export async function serveFixture(driver: Driver): Promise<ApiServer> {
  await wipe(driver);
  await writeFixture(driver);
  const cfg = testConfig();
  cfg.api.port = 0;
  return createApiServer(cfg, { driver, logger: pino({ level: "silent" }) });
}
