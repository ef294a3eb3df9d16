import { Kind, parse, type FieldNode, type FragmentDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import * as Q from "../../src/api/queries.js";
import { selectedAt, type Selection } from "../../src/api/selection.js";
import { implementationShape, timelineWantsDocuments } from "../../src/api/shapes.js";

/** The selection of the operation's first field, as a resolver would see it. */
function selection(text: string): Selection {
  const doc = parse(text);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let field: FieldNode | undefined;
  for (const d of doc.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    else if (d.kind === Kind.OPERATION_DEFINITION) field = d.selectionSet.selections[0] as FieldNode;
  }
  return { fieldNodes: [field!], fragments };
}

describe("selectedAt", () => {
  it("names the fields at a path, through aliases, fragments and inline fragments", () => {
    const sel = selection(`
      query { implementations { edges { node { b: body { id } ...Row ... on ImplementationRow { evidence } } } } }
      fragment Row on ImplementationRow { articles { id ...A } officials { title } }
      fragment A on ArticleRef { url }`);
    expect([...selectedAt(sel, ["edges", "node"])].sort()).toEqual(["articles", "body", "evidence", "officials"]);
    expect([...selectedAt(sel, ["edges", "node", "articles"])].sort()).toEqual(["id", "url"]);
    expect(selectedAt(sel, ["edges", "node", "events"]).size).toBe(0);
  });

  it("merges a field selected twice", () => {
    const sel = selection(`{ timeline(person: "x") { edges { node { sources { id } } } edges { node { sources { title } } } documents { id } } }`);
    expect([...selectedAt(sel, ["edges", "node", "sources"])].sort()).toEqual(["id", "title"]);
    expect(timelineWantsDocuments(sel)).toBe(true);
  });
});

describe("query shapes", () => {
  it("leaves out what was not asked for and keeps what was", () => {
    const shape = implementationShape(selection(`{ implementations { edges { node { body { id } articles { id } } } } }`));
    const cypher = Q.implementationsCypher({ docs: true, bodies: false, from: false, to: false }, shape);
    expect(cypher).toContain("RETURN a {.id} }");
    expect(cypher).not.toContain("HOLDS_POSITION");
    expect(cypher).not.toContain("REPORTS");
    expect(cypher).toContain("[] AS officials");
    const full = Q.implementationsCypher({ docs: true, bodies: false, from: false, to: false });
    expect(full).toContain("a {.id, .title, .url, .source, .publishedAt}");
    expect(full).toContain("coalesce(im.evidence, [])[..10] AS evidence");
  });
});
