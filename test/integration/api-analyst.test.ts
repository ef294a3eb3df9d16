import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/server.js";
import { gql, serveFixture } from "./api-fixture.js";
import { testDriver } from "./support.js";

const driver = testDriver();
let server: ApiServer;

beforeAll(async () => {
  server = await serveFixture(driver);
});
afterAll(async () => {
  await server?.close();
  await driver.close();
});

const IMPL = `query($document: String, $locality: String, $body: String, $from: Date, $to: Date, $first: Int, $after: String) {
  implementations(document: $document, locality: $locality, body: $body, from: $from, to: $to, first: $first, after: $after) {
    documents { id code }
    localities { id }
    bodies { id }
    edges { cursor node {
      body { id name } locality { id name } document { id code title }
      firstSeen lastSeen evidence
      officials { person { id name } title body { id } lastSeen }
      events { id name date }
      articles { id title url }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Impl = {
  implementations: {
    documents: Array<{ id: string; code: string }>;
    localities: Array<{ id: string }>;
    bodies: Array<{ id: string }>;
    edges: Array<{ cursor: string; node: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

async function impl(vars: Record<string, unknown>) {
  const r = await gql<Impl>(server.url, IMPL, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.implementations;
}

describe("implementations", () => {
  it("resolves a document by code and returns who, where, when and the evidence", async () => {
    const res = await impl({ document: "21-KL/TW" });
    expect(res.documents.map((d) => d.id)).toEqual(["doc-21-kl-tw-2021"]);
    expect(res.edges.map((e) => e.node.body.id)).toEqual(["org-tu-ha-noi", "org-qu-ninh-kieu", "org-tu-can-tho"]);
    const ct = res.edges.find((e) => e.node.body.id === "org-tu-can-tho")!.node;
    expect(ct.locality).toEqual({ id: "loc-can-tho", name: "Cần Thơ" });
    expect(ct.firstSeen).toBe("2022-06-10");
    expect(ct.evidence).toEqual(["Thành ủy Cần Thơ tổ chức Hội nghị sơ kết 1 năm thực hiện Kết luận 21-KL/TW"]);
    expect(ct.events).toEqual([{ id: "evt-ct-2022", name: "Hội nghị sơ kết 1 năm thực hiện Kết luận 21-KL/TW", date: "2022-06-10" }]);
    expect(ct.articles.map((a: { id: string }) => a.id)).toEqual(["art-ct"]);
    // officials of the body and of its standing committee, latest report first
    expect(ct.officials.map((o: { person: { id: string }; title: string }) => [o.person.id, o.title])).toEqual([
      ["per-binh", "Bí thư Thành ủy"],
      ["per-hieu-ct", "Bí thư Thành ủy"],
      ["per-hieu-ct", "Ủy viên Ban Thường vụ"],
    ]);
  });

  it("matches a document by any spelling: alias, abbreviation, arabic or roman term", async () => {
    expect((await impl({ document: "kết luận 21" })).documents.map((d) => d.id)).toEqual(["doc-21-kl-tw-2021"]);
    expect((await impl({ document: "21-kl/tw" })).documents.map((d) => d.id)).toEqual(["doc-21-kl-tw-2021"]);
    expect((await impl({ document: "NQ TW4 khoa XII" })).documents.map((d) => d.id)).toEqual(["doc-04-nq-tw-2016"]);
    const xi = await impl({ document: "Nghị quyết trung ương 4 khóa 11" });
    expect(xi.documents.map((d) => d.id)).toEqual(["doc-12-nq-tw-2012"]);
    expect(xi.edges).toEqual([]); // catalogued, but nobody implements it in this graph
    expect((await impl({ document: "doc-04-nq-tw-2016" })).edges).toHaveLength(2);
  });

  it("covers a locality's parts and the provinces merged into it", async () => {
    const ct = await impl({ document: "21-KL/TW", locality: "Cần Thơ" });
    expect(ct.localities.map((l) => l.id)).toEqual(["loc-can-tho"]);
    expect(ct.edges.map((e) => e.node.body.id)).toEqual(["org-qu-ninh-kieu", "org-tu-can-tho"]);
    // Hậu Giang merged into Cần Thơ on 2025-07-01: asking for Cần Thơ includes it and its city
    const merged = await impl({ document: "NQ TW4 (khóa XII)", locality: "Can Tho" });
    expect(merged.edges.map((e) => [e.node.body.id, e.node.locality.id])).toEqual([
      ["org-tu-hau-giang", "loc-hau-giang"],
      ["org-tu-vi-thanh", "loc-vi-thanh"],
    ]);
    // …but not the other way round
    expect((await impl({ document: "21-KL/TW", locality: "Hậu Giang" })).edges).toEqual([]);
  });

  it("filters by body (with its parts) and by date", async () => {
    const body = await impl({ body: "Quận ủy Ninh Kiều" });
    expect(body.bodies.map((b) => b.id)).toEqual(["org-qu-ninh-kieu"]);
    expect(body.edges.map((e) => e.node.document.code)).toEqual(["21-KL/TW"]);
    const later = await impl({ document: "21-KL/TW", from: "2022-06-11" });
    expect(later.edges.map((e) => e.node.body.id)).toEqual(["org-tu-ha-noi", "org-qu-ninh-kieu"]);
    const window = await impl({ from: "2019-01-01", to: "2019-12-31" });
    expect(window.edges.map((e) => e.node.body.id)).toEqual(["org-tu-hau-giang", "org-tu-vi-thanh"]);
  });

  it("pages with first/after and reports the next page", async () => {
    const p1 = await impl({ first: 2 });
    expect(p1.edges).toHaveLength(2);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = await impl({ first: 2, after: p1.pageInfo.endCursor });
    const p3 = await impl({ first: 2, after: p2.pageInfo.endCursor });
    expect(p3.pageInfo.hasNextPage).toBe(false);
    const all = [...p1.edges, ...p2.edges, ...p3.edges].map((e) => `${e.node.body.id}>${e.node.document.id}`);
    expect(all).toHaveLength(5);
    expect(new Set(all).size).toBe(5);
  });

  it("returns an empty page for a document nobody mentions", async () => {
    const res = await impl({ document: "Chỉ thị 99-CT/TW không tồn tại" });
    expect(res.edges).toEqual([]);
  });
});

describe("officials", () => {
  const Q = `query($body: String, $locality: String, $asOf: Date) {
    officials(body: $body, locality: $locality, asOf: $asOf) {
      bodies { id } localities { id }
      edges { node { person { id name } title body { id } locality { id } asOf firstSeen lastSeen sources { id } } }
    }
  }`;

  it("lists a body's officials, latest report first, with dates and sources", async () => {
    const r = await gql(server.url, Q, { body: "Thành ủy Cần Thơ" });
    expect(r.errors).toBeUndefined();
    const rows = r.data!.officials.edges.map((e: any) => e.node); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(rows.map((n: any) => [n.person.id, n.title, n.body.id])).toEqual([ // eslint-disable-line @typescript-eslint/no-explicit-any
      ["per-binh", "Bí thư Thành ủy", "org-tu-can-tho"],
      ["per-hieu-ct", "Bí thư Thành ủy", "org-tu-can-tho"],
      ["per-hieu-ct", "Ủy viên Ban Thường vụ", "org-btv-can-tho"],
    ]);
    expect(rows[1]).toMatchObject({ asOf: ["2021-03-01", "2022-06-10"], firstSeen: "2021-03-01", lastSeen: "2022-06-10", sources: [{ id: "art-ct" }] });
  });

  it("answers as of a date", async () => {
    const r = await gql(server.url, Q, { body: "Thành ủy Cần Thơ", asOf: "2023-01-01" });
    const rows = r.data!.officials.edges.map((e: any) => e.node); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(rows.map((n: any) => n.person.id)).toEqual(["per-hieu-ct", "per-hieu-ct"]); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(rows[0].lastSeen).toBe("2022-06-10");
  });

  it("covers every body in a locality, merged provinces included", async () => {
    const r = await gql(server.url, Q, { locality: "Cần Thơ" });
    const ids = r.data!.officials.edges.map((e: any) => e.node.person.id); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(new Set(ids)).toEqual(new Set(["per-binh", "per-hieu-ct", "per-phu", "per-lau"]));
    expect(ids).not.toContain("per-hieu-hn");
  });

  it("needs a body or a locality", async () => {
    const r = await gql(server.url, Q, {});
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("timeline", () => {
  const Q = `query($person: String!, $first: Int, $after: String) {
    timeline(person: $person, first: $first, after: $after) {
      person { id name }
      documents { code }
      edges { node { kind date title role body { id } event { id } asOf documents { code } sources { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it("lists titles and events newest first, with documents and sources", async () => {
    const r = await gql(server.url, Q, { person: "per-hieu-ct" });
    expect(r.errors).toBeUndefined();
    const t = r.data!.timeline;
    expect(t.person).toEqual({ id: "per-hieu-ct", name: "Nguyễn Văn Hiếu" });
    expect(t.documents).toEqual([{ code: "21-KL/TW" }]);
    expect(t.edges.map((e: any) => [e.node.kind, e.node.date, e.node.title, e.node.role])).toEqual([ // eslint-disable-line @typescript-eslint/no-explicit-any
      ["POSITION", "2022-06-10", "Bí thư Thành ủy", null],
      ["EVENT", "2022-06-10", "Bí thư Thành ủy", "CHAIRED"],
      ["POSITION", "2019-05-01", "Ủy viên Ban Thường vụ", null],
    ]);
    expect(t.edges[0].node).toMatchObject({ body: { id: "org-tu-can-tho" }, asOf: ["2021-03-01", "2022-06-10"], sources: [{ id: "art-ct" }] });
    expect(t.edges[1].node).toMatchObject({ event: { id: "evt-ct-2022" }, documents: [{ code: "21-KL/TW" }], sources: [{ id: "art-ct" }] });
  });

  it("accepts an unambiguous name and refuses a shared one", async () => {
    const ok = await gql(server.url, Q, { person: "Le Van Phu", first: 1 });
    expect(ok.data!.timeline.person.id).toBe("per-phu");
    const amb = await gql(server.url, Q, { person: "Nguyễn Văn Hiếu" });
    expect(amb.errors?.[0]?.extensions?.code).toBe("AMBIGUOUS");
    expect((amb.errors?.[0]?.extensions?.candidates as Array<{ id: string }>).map((c) => c.id).sort()).toEqual(["per-hieu-ct", "per-hieu-hn"]);
    const none = await gql(server.url, Q, { person: "Không Có Ai" });
    expect(none.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("documentEvents and implementedDocuments", () => {
  it("lists events about a document, optionally within a locality", async () => {
    const Q = `query($document: String!, $locality: String) {
      documentEvents(document: $document, locality: $locality) {
        documents { id }
        edges { node { event { id date } localities { id } organizers { id } participants { person { id } role title } articles { id } } }
      }
    }`;
    const all = await gql(server.url, Q, { document: "Kết luận 21" });
    expect(all.errors).toBeUndefined();
    expect(all.data!.documentEvents.edges.map((e: any) => e.node.event.id)).toEqual(["evt-hn-2023", "evt-ct-2022"]); // eslint-disable-line @typescript-eslint/no-explicit-any
    const ct = await gql(server.url, Q, { document: "21-KL/TW", locality: "Cần Thơ" });
    const node = ct.data!.documentEvents.edges[0].node;
    expect(ct.data!.documentEvents.edges).toHaveLength(1);
    expect(node).toMatchObject({ event: { id: "evt-ct-2022", date: "2022-06-10" }, localities: [{ id: "loc-can-tho" }], organizers: [{ id: "org-tu-can-tho" }], articles: [{ id: "art-ct" }] });
    expect(node.participants).toEqual([
      { person: { id: "per-hieu-ct" }, role: "CHAIRED", title: "Bí thư Thành ủy" },
      { person: { id: "per-phu" }, role: "SPOKE", title: "Bí thư Quận ủy Ninh Kiều" },
    ]);
  });

  it("lists the documents a body implemented", async () => {
    const r = await gql(server.url, `{ implementedDocuments(body: "Tỉnh ủy Hậu Giang") { bodies { id } edges { node { document { code } body { id } firstSeen lastSeen evidence articles { id } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.implementedDocuments.edges.map((e: any) => e.node)).toEqual([ // eslint-disable-line @typescript-eslint/no-explicit-any
      {
        document: { code: "04-NQ/TW" },
        body: { id: "org-tu-hau-giang" },
        firstSeen: "2017-03-01",
        lastSeen: "2021-12-20",
        evidence: ["Tỉnh ủy Hậu Giang tổng kết 5 năm thực hiện NQ TW4 (khóa XII)"],
        articles: [{ id: "art-hg" }],
      },
    ]);
  });
});

describe("connection", () => {
  const Q = `query($from: String!, $to: String!, $maxLength: Int) {
    connection(from: $from, to: $to, maxLength: $maxLength) { length nodes { label id } steps { type from to role } }
  }`;

  it("finds the shortest path between two officials", async () => {
    const r = await gql(server.url, Q, { from: "per-phu", to: "per-hieu-ct" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.connection.length).toBe(2);
    expect(r.data!.connection.nodes.map((n: { id: string }) => n.id)).toEqual(["per-phu", "evt-ct-2022", "per-hieu-ct"]);
    expect(r.data!.connection.steps.map((s: { role: string }) => s.role)).toEqual(["SPOKE", "CHAIRED"]);
  });

  it("goes through a merger and respects maxLength", async () => {
    const far = await gql(server.url, Q, { from: "per-lau", to: "per-binh" });
    expect(far.data!.connection.length).toBe(5);
    expect(far.data!.connection.steps.map((s: { type: string }) => s.type)).toContain("SUCCEEDED_BY");
    const capped = await gql(server.url, Q, { from: "per-lau", to: "per-binh", maxLength: 4 });
    expect(capped.data!.connection).toEqual({ length: null, nodes: [], steps: [] });
    const bad = await gql(server.url, Q, { from: "per-lau", to: "per-binh", maxLength: 7 });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("search", () => {
  const Q = `query($text: String!, $types: [SearchType!], $first: Int) { search(text: $text, types: $types, first: $first) { type id name detail } }`;
  const search = async (text: string, types?: string[], first?: number) => {
    const r = await gql(server.url, Q, { text, types, first });
    expect(r.errors).toBeUndefined();
    return r.data!.search as Array<{ type: string; id: string; name: string; detail: string | null }>;
  };

  it("ignores diacritics and finds same-name people", async () => {
    const hits = await search("Nguyen Van Hieu", ["PERSON"]);
    // both full matches first, then people matching some of the words
    expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(["per-hieu-ct", "per-hieu-hn"]);
    expect(hits.slice(2).map((h) => h.name)).not.toContain("Nguyễn Văn Hiếu");
    expect((await search("Nguyễn Văn Hiếu", ["PERSON"], 2)).map((h) => h.name)).toEqual(["Nguyễn Văn Hiếu", "Nguyễn Văn Hiếu"]);
  });

  it("expands abbreviations", async () => {
    expect((await search("BTV Thanh uy Can Tho"))[0]).toMatchObject({ type: "ORGANIZATION", id: "org-btv-can-tho" });
    expect((await search("nq tw4 khoa xii"))[0]).toMatchObject({ type: "DOCUMENT", id: "doc-04-nq-tw-2016", detail: "04-NQ/TW" });
    expect((await search("nq tw4 khoa 11"))[0]).toMatchObject({ type: "DOCUMENT", id: "doc-12-nq-tw-2012" });
  });

  it("finds a document by its exact code and a locality by name", async () => {
    expect((await search("21-KL/TW"))[0]).toMatchObject({ type: "DOCUMENT", id: "doc-21-kl-tw-2021" });
    expect(await search("can tho", ["LOCALITY"])).toEqual([{ type: "LOCALITY", id: "loc-can-tho", name: "Cần Thơ", detail: "MUNICIPALITY" }]);
  });

  it("bounds `first`", async () => {
    expect(await search("thanh uy", ["ORGANIZATION"], 2)).toHaveLength(2);
    const r = await gql(server.url, Q, { text: "x", first: 500 });
    expect(r.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
  });
});

describe("the generated API and the analyst additions", () => {
  it("keeps filters, sorting, connections and aggregations, plus the @cypher fields", async () => {
    const r = await gql(
      server.url,
      `{
        organizations(where: { name: { startsWith: "Thành ủy" } }, sort: [{ name: ASC }], limit: 10) { name locality { name } }
        resolutionsConnection(first: 1, sort: [{ code: ASC }]) { totalCount edges { node { code implementerCount eventCount } } pageInfo { hasNextPage } }
        peopleAggregate: peopleConnection { aggregate { count { nodes } } }
        localities(where: { id: { eq: "loc-can-tho" } }) { area { id } }
        people(where: { id: { eq: "per-hieu-ct" } }) { titles }
        documentsByReference(reference: "21-KL/TW") { id }
      }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.organizations).toEqual([
      { name: "Thành ủy Cần Thơ", locality: { name: "Cần Thơ" } },
      { name: "Thành ủy Hà Nội", locality: { name: "Hà Nội" } },
      { name: "Thành ủy Vị Thanh", locality: { name: "Vị Thanh" } },
    ]);
    expect(r.data!.resolutionsConnection).toEqual({
      totalCount: 3,
      edges: [{ node: { code: "04-NQ/TW", implementerCount: 2, eventCount: 1 } }],
      pageInfo: { hasNextPage: true },
    });
    expect(r.data!.peopleAggregate.aggregate.count.nodes).toBe(5);
    expect(r.data!.localities[0].area.map((l: { id: string }) => l.id).sort()).toEqual(["loc-can-tho", "loc-hau-giang", "loc-ninh-kieu", "loc-vi-thanh"]);
    expect(r.data!.people[0].titles).toEqual(["Bí thư Thành ủy", "Ủy viên Ban Thường vụ"]);
    expect(r.data!.documentsByReference).toEqual([{ id: "doc-21-kl-tw-2021" }]);
  });

  it("answers health with the Neo4j version and counts", async () => {
    const r = await gql(server.url, "{ health { status neo4jVersion writable counts { label count } } }");
    expect(r.data!.health).toMatchObject({ status: "ok", writable: false });
    expect(r.data!.health.neo4jVersion).toMatch(/^5\.26\./);
    expect(r.data!.health.counts).toContainEqual({ label: "Resolution", count: 3 });
    expect(r.data!.health.counts).toContainEqual({ label: "Person", count: 5 });
  });
});
