import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema as buildSDL, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, schemaSDL } from "../../src/api/print-schema.js";
import { repoRoot } from "../../src/paths.js";

describe("the merged GraphQL schema", () => {
  it("matches the committed schema/generated/schema.graphql (run `npx tsx src/api/print-schema.ts` if not)", async () => {
    const sdl = await schemaSDL();
    expect(readFileSync(SCHEMA_FILE, "utf8") === sdl, "schema/generated/schema.graphql is stale").toBe(true);
  }, 60_000);

  it("holds the generated API, the @cypher additions and the hand-written fields side by side", () => {
    const schema = buildSDL(readFileSync(SCHEMA_FILE, "utf8"));
    const query = schema.getQueryType()!.getFields();
    for (const f of ["people", "peopleConnection", "resolutions", "organizationsConnection", "personsByText", "documentsByReference",
      "implementations", "officials", "timeline", "documentEvents", "implementedDocuments", "connection", "search", "health", "extract"]) {
      expect(query[f], f).toBeDefined();
    }
    expect(Object.keys(schema.getMutationType()!.getFields())).toEqual(expect.arrayContaining(["createPeople", "ingestArticle"]));
    expect(query.implementations!.args.map((a) => a.name).sort()).toEqual(["after", "body", "document", "first", "from", "locality", "to"]);
    expect(String(query.implementations!.args.find((a) => a.name === "from")!.type)).toBe("Date");
  });
});

describe("examples/*.graphql", () => {
  it("are valid operations against the schema", () => {
    const schema = buildSDL(readFileSync(SCHEMA_FILE, "utf8"));
    const dir = join(repoRoot(), "examples");
    const files = readdirSync(dir).filter((f) => f.endsWith(".graphql"));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) expect(validate(schema, parse(readFileSync(join(dir, f), "utf8"))).map((e) => e.message), f).toEqual([]);
  });
});
