import { join } from "node:path";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { ingestPaths } from "../../src/ingest/pipeline.js";
import { repoRoot } from "../../src/paths.js";
import { ImplementationsDocument, OfficialsDocument, SearchDocument } from "../../examples/generated/operations.js";
import { testConfig } from "./test-env.js";
import { testDriver, wipe } from "./support.js";

// The main job end to end, as `npm start` runs it: the seed articles → the real Neo4j → the GraphQL
// API over HTTP, queried with the typed documents GraphQL Code Generator makes from examples/.

const driver = testDriver();
let api: ApiServer;

async function run<R, V>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

beforeAll(async () => {
  await wipe(driver);
  const cfg = testConfig();
  const summary = await ingestPaths([join(repoRoot(), "seeds", "articles")], { driver, config: cfg });
  expect(summary.articles).toMatchObject({ new: 5, failed: 0 });
  api = await createApiServer({ ...cfg, api: { ...cfg.api, port: 0 } }, { driver });
}, 180_000);

afterAll(async () => {
  await api?.close();
  await driver.close();
});

describe("seed articles → Neo4j → GraphQL", () => {
  it("answers who implemented NQ TW4 (khóa XI) where, whatever the spelling", async () => {
    for (const spelling of ["NQ TW4 (Khóa XI)", "Nghị quyết trung ương 4 (khóa 11)", "12-NQ/TW", "Nghị quyết 12-NQ/TW khóa XI"]) {
      const data = await run(ImplementationsDocument, { document: spelling, first: 10 });
      // the bare code is shared with 12-NQ/TW of 2017 (XII): with no term or year typed, both are meant
      const expected = spelling === "12-NQ/TW" ? ["doc:12-nq-tw-2017", "doc:12-nq-tw-2012"] : ["doc:12-nq-tw-2012"];
      expect(data.implementations.documents.map((d) => d.id)).toEqual(expected);
      const rows = data.implementations.edges.map((e) => e.node);
      const canTho = rows.find((r) => r.body.name === "Thành ủy Cần Thơ");
      expect(canTho?.locality?.name).toBe("Cần Thơ");
      expect(canTho?.firstSeen).toBe("2012-12-14");
      expect(canTho?.officials).toEqual(
        expect.arrayContaining([expect.objectContaining({ person: expect.objectContaining({ name: "Nguyễn Hữu Lợi" }), title: "Phó Bí thư Thường trực" })]),
      );
      expect(canTho?.articles.map((a) => a.title)).toContain(
        "TPCT sơ kết việc thực hiện kiểm điểm, tự phê bình và phê bình theo NQ TW4 (Khóa XI)",
      );
      expect(canTho?.evidence.length).toBeGreaterThan(0);
    }
  });

  it("lists the officials of Thành ủy Cần Thơ with their titles and dates", async () => {
    const data = await run(OfficialsDocument, { body: "Thành ủy Cần Thơ", first: 20 });
    const byName = new Map(data.officials.edges.map((e) => [e.node.person.name, e.node]));
    expect(byName.get("Nguyễn Hữu Lợi")?.title).toBe("Phó Bí thư Thường trực");
    expect(byName.get("Nguyễn Hữu Lợi")?.asOf).toContain("2012-12-14");
    expect(byName.get("Trần Thanh Mẫn")?.title).toBe("Bí thư");
  });

  it("finds people by name with or without diacritics", async () => {
    for (const [text, name] of [
      ["Nguyen Huu Loi", "Nguyễn Hữu Lợi"],
      ["nguyễn hữu lợi", "Nguyễn Hữu Lợi"],
      ["Dinh The Huynh", "Đinh Thế Huynh"],
      ["Đinh Thế Huynh", "Đinh Thế Huynh"],
    ] as const) {
      const data = await run(SearchDocument, { text, types: ["PERSON"], first: 5 });
      expect(data.search[0]?.name).toBe(name);
    }
  });
});
