import { describe, expect, it } from "vitest";
import { referenceNodes } from "../../src/graph/node-refs.js";
import { compactRows, emptyRows } from "../../src/graph/plan.js";

describe("node references of a batch write", () => {
  it("lists each node once per label and points every row at its end nodes' positions", () => {
    const rows = emptyRows();
    rows.mentions.Locality.push(
      { article: "a2", id: "loc:hn", count: 1, spans: [0, 3], aliases: ["Hà Nội"] },
      { article: "a1", id: "loc:hn", count: 2, spans: [5, 8], aliases: ["Hà Nội"] },
    );
    rows.reports.push({ article: "a1", id: "ev:1" });
    const edge = { article: "a1", quote: "q", dates: [], title: null, key: null };
    rows.edges.set("BASED_IN:Organization:Locality", [{ ...edge, from: "org:x", to: "loc:hn" }]);
    rows.edges.set("PART_OF:Locality:Locality", [{ ...edge, from: "loc:bd", to: "loc:hn" }]);
    rows.sameAs.push({ article: "a1", from: "p:1", to: "p:2", reason: "same name" });

    const refs = referenceNodes(compactRows(rows));
    expect(refs.ids.Article).toEqual(["a2", "a1"]);
    expect(refs.ids.Locality).toEqual(["loc:hn", "loc:bd"]);
    expect(refs.ids.Organization).toEqual(["org:x"]);
    expect(refs.ids.Person).toEqual(["p:1", "p:2"]);
    expect(refs.ids.Resolution).toEqual([]);
    const at = (row: { ai?: unknown; ni?: unknown; fi?: unknown; ti?: unknown }) =>
      [row.ai ?? row.fi, row.ni ?? row.ti].map((i) => Number(i));
    expect(refs.mentions.Locality.map((r) => [r.article, ...at(r)])).toEqual([["a2", 0, 0], ["a1", 1, 0]]);
    expect(refs.reports.map(at)).toEqual([[1, 0]]);
    expect(refs.edges.get("PART_OF:Locality:Locality")!.map(at)).toEqual([[1, 0]]);
    expect(refs.edges.get("BASED_IN:Organization:Locality")!.map(at)).toEqual([[0, 0]]);
    expect(refs.sameAs.map(at)).toEqual([[0, 1]]);
    // the rows keep every field the statement reads (CONCERNS copies `to`, POSSIBLY_SAME_AS `article`)
    expect(refs.sameAs[0]).toMatchObject({ article: "a1", from: "p:1", to: "p:2", reason: "same name" });
  });
});
