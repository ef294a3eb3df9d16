import { afterAll, describe, expect, it } from "vitest";
import { status } from "../../src/neo4j/server.js";
import { testConfig } from "./test-env.js";
import { testDriver } from "./support.js";

const driver = testDriver();
afterAll(() => driver.close());

describe("the provisioned Neo4j", () => {
  it("is a real Neo4j 5.26 Community server on loopback with auth on", async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
    );
    expect(records[0]?.get("name")).toBe("Neo4j Kernel");
    expect(records[0]?.get("version")).toMatch(/^5\.26\./);
    expect(records[0]?.get("edition")).toBe("community");
    const cfg = testConfig().neo4j;
    if (cfg.managed) {
      expect(status(cfg).state).toBe("running");
      const res = await fetch(`http://127.0.0.1:${cfg.httpPort}/db/neo4j/tx/commit`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ statements: [{ statement: "RETURN 1" }] }),
      });
      expect(res.status).toBe(401); // no credentials → refused
    }
  });

  it("serves Neo4j Browser over HTTP", async () => {
    const cfg = testConfig().neo4j;
    if (!cfg.managed) return;
    const res = await fetch(`http://127.0.0.1:${cfg.httpPort}/browser/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/Neo4j Browser/i);
  });

  it("has the schema's unique constraints and diacritic-folding full-text indexes", async () => {
    const { records } = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
    expect(records[0]?.get("names")).toEqual(expect.arrayContaining(["person_id", "resolution_id", "article_id"]));
    const idx = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer ORDER BY name",
    );
    const byName = Object.fromEntries(idx.records.map((r) => [r.get("name"), r.get("analyzer")]));
    expect(byName).toMatchObject({ personSearch: "standard-folding", resolutionSearch: "standard-folding" });
  });
});
