import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import neo4j from "neo4j-driver";
import { pino } from "pino";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { gql, graphCounts, writeFixture } from "./api-fixture.js";
import { testDriver, wipe } from "./support.js";
import { testConfig } from "./test-env.js";

const SECRET = "api-security-test-secret-0123456789abcdef";
const driver = testDriver();
let server: ApiServer;
let base: string;

async function token(roles: string[], secret = SECRET, expiresIn = "5m"): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("test")
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

beforeAll(async () => {
  await wipe(driver);
  await writeFixture(driver);
  const cfg = testConfig();
  cfg.api.port = 0;
  cfg.api.jwtSecret = SECRET;
  server = await createApiServer(cfg, { driver, logger: pino({ level: "silent" }) });
  base = server.url.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await server?.close();
  await driver.close();
});

const CREATE = `mutation($id: ID!) { createPeople(input: [{ id: $id, name: "Người Thử" }]) { people { id name } } }`;

describe("writes need a writer JWT", () => {
  it("refuses an anonymous generated mutation with UNAUTHENTICATED and writes nothing", async () => {
    const before = await graphCounts(driver);
    const r = await gql(server.url, CREATE, { id: "per-anon" });
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(r.errors?.[0]?.message).toMatch(/writer role/);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it("refuses an invalid, expired or foreign-signed token with 401", async () => {
    for (const bad of ["not-a-jwt", await token(["writer"], "some-other-secret-0123456789abcdef"), await token(["writer"], SECRET, "-1m")]) {
      const r = await gql(server.url, CREATE, { id: "per-bad" }, { authorization: `Bearer ${bad}` });
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const malformed = await gql(server.url, "{ health { status } }", {}, { authorization: "Basic abc" });
    expect(malformed.status).toBe(401);
  });

  it("refuses a valid token without the writer role with FORBIDDEN", async () => {
    const r = await gql(server.url, CREATE, { id: "per-reader" }, { authorization: `Bearer ${await token(["reader"])}` });
    expect(r.status).toBe(403);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(r.errors?.[0]?.message).toMatch(/"writer" role/);
    const { records } = await driver.executeQuery("MATCH (p:Person {id: 'per-reader'}) RETURN count(p) AS n");
    expect(records[0]?.get("n")).toBe(0);
  });

  it("accepts a writer token", async () => {
    const auth = { authorization: `Bearer ${await token(["writer"])}` };
    const r = await gql(server.url, CREATE, { id: "per-writer" }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createPeople.people).toEqual([{ id: "per-writer", name: "Người Thử" }]);
    const del = await gql(server.url, `mutation { deletePeople(where: { id: { eq: "per-writer" } }) { nodesDeleted } }`, {}, auth);
    expect(del.data!.deletePeople.nodesDeleted).toBe(1);
  });

  it("lets anyone read", async () => {
    const r = await gql(server.url, `{ people(where: { id: { eq: "per-phu" } }) { name } }`);
    expect(r.data!.people).toEqual([{ name: "Lê Văn Phú" }]);
  });
});

describe("request limits", () => {
  it("refuses a query deeper than the limit", async () => {
    const deep = `{ people(limit: 1) { positions(limit: 1) { members(limit: 1) { positions(limit: 1) { members(limit: 1) {
      positions(limit: 1) { members(limit: 1) { positions(limit: 1) { members(limit: 1) { name } } } } } } } } } }`;
    const r = await gql(server.url, deep);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/);
  });

  it("refuses a query above the complexity limit", async () => {
    const heavy = `{ people(limit: 100) { name positions(limit: 100) { name members(limit: 100) { name } } } }`;
    const r = await gql(server.url, heavy);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(r.errors?.[0]?.extensions?.cost).toBeGreaterThan(2000);
  });

  it("refuses page sizes above the maximum, in literals and variables, generated and hand-written", async () => {
    for (const [q, v] of [
      ["{ people(limit: 101) { name } }", {}],
      ["query($n: Int) { resolutionsConnection(first: $n) { totalCount } }", { n: 1000 }],
      ['{ implementations(document: "21-KL/TW", first: 101) { pageInfo { hasNextPage } } }', {}],
      ["fragment F on Query { organizations(limit: 5000) { name } } { ...F }", {}],
    ] as const) {
      const r = await gql(server.url, q, v);
      expect(r.status, q).toBe(400);
      expect(r.errors?.[0]?.extensions?.code, q).toBe("PAGE_SIZE_EXCEEDED");
    }
  });

  it("refuses a body above the size limit with 413", async () => {
    const big = JSON.stringify({ query: `{ health { status } } # ${"x".repeat(1_100_000)}` });
    const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: big });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("has CSRF prevention on: a simple GET query without a preflight header is refused", async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent("{ health { status } }")}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${server.url}?query=${encodeURIComponent("{ health { status } }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(ok.status).toBe(200);
  });

  it("rejects a forged cursor", async () => {
    const r = await gql(server.url, '{ implementations(after: "bm90LWEtY3Vyc29y") { pageInfo { hasNextPage } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

const NASTY = [
  `") RETURN 1 //`,
  `' OR 1=1 --`,
  `x"}) DETACH DELETE n //`,
  `\\`,
  `\\"`,
  `*:*`,
  `name:* OR title:*`,
  `a AND OR NOT (`,
  `+-&&||!(){}[]^"~*?:/`,
  `'; MATCH (n) DETACH DELETE n; //`,
  "`backtick` ${x}",
  `\u0000\u202e`,
];

describe("injection attempts", () => {
  it("every string argument returns safe results or clean errors, and nothing changes", async () => {
    const before = await graphCounts(driver);
    const ops: Array<[string, (s: string) => Record<string, unknown>]> = [
      ["query($s: String) { implementations(document: $s) { edges { cursor } } }", (s) => ({ s })],
      ["query($s: String) { implementations(locality: $s) { edges { cursor } } }", (s) => ({ s })],
      ["query($s: String) { implementations(body: $s) { edges { cursor } } }", (s) => ({ s })],
      ["query($s: String) { implementations(after: $s) { edges { cursor } } }", (s) => ({ s })],
      ["query($s: String) { officials(body: $s, locality: $s) { edges { cursor } } }", (s) => ({ s })],
      ["query($s: String!) { timeline(person: $s) { edges { cursor } } }", (s) => ({ s })],
      ["query($s: String!) { documentEvents(document: $s, locality: $s) { edges { cursor } } }", (s) => ({ s })],
      ["query($s: String!) { implementedDocuments(body: $s) { edges { cursor } } }", (s) => ({ s })],
      ["query($s: String!) { connection(from: $s, to: $s) { length } }", (s) => ({ s })],
      ["query($s: String!) { search(text: $s) { id } }", (s) => ({ s })],
      ["query($s: String!) { documentsByReference(reference: $s) { id } }", (s) => ({ s })],
      ["query($s: String!) { people(where: { name: { contains: $s } }) { id } }", (s) => ({ s })],
      ["query($s: String!) { extract(text: $s) { entities { id } } }", (s) => ({ s })],
    ];
    const allowed = new Set(["BAD_USER_INPUT", "NOT_FOUND", "AMBIGUOUS"]);
    for (const [q, vars] of ops) {
      for (const s of NASTY) {
        const r = await gql(server.url, q, vars(s));
        for (const e of r.errors ?? []) expect(allowed.has(String(e.extensions?.code)), `${q} with ${JSON.stringify(s)}: ${e.message}`).toBe(true);
        if (!r.errors) expect(r.data, q).toBeTruthy();
      }
    }
    // the search of a pure-metacharacter string finds nothing rather than everything
    const all = await gql(server.url, 'query { search(text: "*:*") { id } }');
    expect(all.data!.search).toEqual([]);
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe("health endpoints", () => {
  it("live is always 200, ready checks Neo4j", async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("ready is 503 when Neo4j cannot be reached, live stays 200", async () => {
    const dead = neo4j.driver("bolt://127.0.0.1:9", neo4j.auth.basic("neo4j", "x"), { connectionTimeout: 500, maxTransactionRetryTime: 0 });
    const cfg = testConfig();
    cfg.api.port = 0;
    const s = await createApiServer(cfg, { driver: dead, logger: pino({ level: "silent" }) });
    try {
      const b = s.url.replace(/\/graphql$/, "");
      expect((await fetch(`${b}/health/live`)).status).toBe(200);
      expect((await fetch(`${b}/health/ready`)).status).toBe(503);
      const h = await gql(s.url, "{ health { status counts { count } } }");
      expect(h.data!.health).toEqual({ status: "neo4j-unavailable", counts: [] });
    } finally {
      await s.close();
      await dead.close();
    }
  });

  it("serves the explorer page and the Neo4j Browser files", async () => {
    const page = await fetch(`${base}/`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<title>KG GraphQL explorer</title>");
    expect(html).not.toMatch(/<script[^>]+src=/); // self-contained, no CDN
    const gqlPage = await fetch(server.url, { headers: { accept: "text/html" } });
    expect(await gqlPage.text()).toContain("KG GraphQL explorer");
    const grass = await fetch(`${base}/browser/style.grass`);
    expect(grass.status).toBe(200);
    expect(grass.headers.get("access-control-allow-origin")).toBe("*");
    expect(await grass.text()).toContain("node.Person");
    const guide = await fetch(`${base}/browser/guide.html`);
    expect(await guide.text()).toContain('class="code runnable"');
    expect((await fetch(`${base}/browser/../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  });
});
