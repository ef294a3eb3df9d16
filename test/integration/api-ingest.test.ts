import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { pino } from "pino";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { repoRoot } from "../../src/paths.js";
import { gql, graphCounts } from "./api-fixture.js";
import { testDriver, wipe } from "./support.js";
import { testConfig } from "./test-env.js";

const SECRET = "api-ingest-test-secret-0123456789abcdef";
const driver = testDriver();
let server: ApiServer;
const seedDir = join(repoRoot(), "seeds", "articles");
const seeds = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
const text = (f: string) => readFileSync(join(seedDir, f), "utf8");

const sign = (roles: string[]) =>
  new SignJWT({ roles }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));

const INGEST = `mutation($text: String!, $url: String) { ingestArticle(text: $text, url: $url) { articleId status title skipped counters { nodesCreated relationshipsCreated } } }`;

beforeAll(async () => {
  await wipe(driver);
  const cfg = testConfig();
  cfg.api.port = 0;
  cfg.api.jwtSecret = SECRET;
  server = await createApiServer(cfg, { driver, logger: pino({ level: "silent" }) });
});
afterAll(async () => {
  await server?.close();
  await driver.close();
});

describe("extract (read-only)", () => {
  it("returns typed entities with mentions and relations with evidence, writing nothing", async () => {
    const before = await graphCounts(driver);
    const r = await gql(
      server.url,
      `query($text: String!) { extract(text: $text) {
        extractorVersion article { id title textHash }
        entities { id type name properties { key value } mentions { start end text } }
        relations { type from to evidence { start end text } }
      } }`,
      { text: text(seeds[0]!) },
    );
    expect(r.errors).toBeUndefined();
    const ex = r.data!.extract;
    expect(ex.article.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(ex.entities.length).toBeGreaterThan(0);
    for (const e of ex.entities) {
      expect(["Person", "Organization", "Locality", "Resolution", "Event"]).toContain(e.type);
      for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
    }
    expect(ex.entities.find((e: { name: string }) => e.name === "Cần Thơ")?.type).toBe("Locality");
    expect(await graphCounts(driver)).toEqual(before);
  });

  it("refuses binary input cleanly", async () => {
    const r = await gql(server.url, `{ extract(text: "a\\u0000b") { extractorVersion } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("ingestArticle", () => {
  it("needs a token, then the writer role", async () => {
    const anon = await gql(server.url, INGEST, { text: text(seeds[0]!) });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const reader = await gql(server.url, INGEST, { text: text(seeds[0]!) }, { authorization: `Bearer ${await sign(["reader"])}` });
    expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await graphCounts(driver)).nodes).toBe(0);
  });

  it("writes the seed articles once; re-ingesting changes nothing", async () => {
    const auth = { authorization: `Bearer ${await sign(["writer"])}` };
    for (const f of seeds) {
      const r = await gql(server.url, INGEST, { text: text(f) }, auth);
      expect(r.errors, f).toBeUndefined();
      expect(r.data!.ingestArticle.status, f).toBe("new");
      expect(r.data!.ingestArticle.counters.nodesCreated, f).toBeGreaterThan(0);
    }
    const after = await graphCounts(driver);
    const again = await gql(server.url, INGEST, { text: text(seeds[0]!) }, auth);
    expect(again.data!.ingestArticle.status).toBe("unchanged");
    expect(await graphCounts(driver)).toEqual(after);
    const h = await gql(server.url, "{ health { counts { label count } } }");
    expect(h.data!.health.counts).toContainEqual({ label: "Article", count: seeds.length });
  });

  it("makes the seed graph answerable by the analyst queries", async () => {
    const s = await gql(server.url, `{ search(text: "TPCT", types: [LOCALITY], first: 3) { id name } }`);
    expect(s.data!.search[0]?.name).toBe("Cần Thơ");
    const impl = await gql(server.url, `{ implementations(locality: "Cần Thơ", first: 50) { edges { node { document { code title } body { name } articles { id } } } } }`);
    expect(impl.errors).toBeUndefined();
    const rows = impl.data!.implementations.edges as Array<{ node: { articles: unknown[] } }>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.node.articles.length).toBeGreaterThan(0);
  });
});
