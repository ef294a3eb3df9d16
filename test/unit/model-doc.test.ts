import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelDocFromSchema, renderModelDoc } from "../../src/graph/model-doc.js";

describe("graph model documentation", () => {
  it("is generated from schema/graph.graphql and up to date (run `npm run docs:model`)", () => {
    expect(readFileSync("docs/graph-model.md", "utf8")).toBe(modelDocFromSchema());
  });

  it("derives relationship direction and properties from @relationship", () => {
    const md = renderModelDoc(`
      type A @node { id: ID!  bs: [B!]! @relationship(type: "LINKS", direction: OUT, properties: "P") }
      type B @node { id: ID!  as: [A!]! @relationship(type: "LINKS", direction: IN, properties: "P") }
      type P @relationshipProperties { weight: Int }
    `);
    expect(md).toContain("| `(A)-[:LINKS]->(B)` | `weight` | A.bs, B.as |");
    expect(md).toContain("| `A` |  | `id`: ID! |");
  });
});
