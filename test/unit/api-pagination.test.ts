import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { oversizedPages } from "../../src/api/limits.js";
import { decodeCursor, encodeCursor, page, paginate } from "../../src/api/pagination.js";

describe("cursor pagination", () => {
  it("round-trips cursors and rejects forged ones", () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    for (const bad of ["", "abc", encodeCursor(1) + "!", Buffer.from("kg1:-1").toString("base64url"), Buffer.from("kg1:1.5").toString("base64url")]) {
      expect(() => decodeCursor(bad), bad).toThrow(/Invalid cursor/);
    }
  });

  it("bounds the page size and fetches one row more to know about the next page", () => {
    expect(page(undefined, undefined, 100)).toEqual({ skip: 0, fetch: 21, size: 20 });
    expect(page(5, encodeCursor(9), 100)).toEqual({ skip: 10, fetch: 6, size: 5 });
    expect(() => page(101, null, 100)).toThrow(/between 1 and 100/);
    expect(() => page(0, null, 100)).toThrow(/between 1 and 100/);
  });

  it("cuts the look-ahead row and numbers cursors from the offset", () => {
    const p = page(2, encodeCursor(3), 100);
    const { items, pageInfo } = paginate(["a", "b", "c"], p);
    expect(items).toEqual([
      { cursor: encodeCursor(4), node: "a" },
      { cursor: encodeCursor(5), node: "b" },
    ]);
    expect(pageInfo).toEqual({ hasNextPage: true, startCursor: encodeCursor(4), endCursor: encodeCursor(5) });
    expect(paginate([], p).pageInfo).toEqual({ hasNextPage: false, startCursor: null, endCursor: null });
  });
});

describe("page-size limit", () => {
  it("finds oversized first/limit in literals, variables and fragments", () => {
    const doc = parse(`query($n: Int) { a(first: 5) { b(limit: 500) } c(first: $n) ...F } fragment F on Query { d(limit: 101) }`);
    expect(oversizedPages(doc, { n: 1000 }, 100)).toEqual([
      { field: "b(limit)", value: 500 },
      { field: "c(first)", value: 1000 },
      { field: "d(limit)", value: 101 },
    ]);
    expect(oversizedPages(doc, { n: 10 }, 1000)).toEqual([]);
  });
});
