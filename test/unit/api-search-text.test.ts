import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { abbreviationTable, escapeLucene, expand, loadAbbreviations, luceneQuery, tokens } from "../../src/api/search-text.js";

const table = abbreviationTable([
  { abbr: "NQ", expansion: "Nghị quyết" },
  { abbr: "TW", expansion: "Trung ương" },
  { abbr: "BTV", expansion: "Ban Thường vụ" },
  { abbr: "TP.HCM", expansion: "thành phố Hồ Chí Minh" },
]);

describe("search text", () => {
  it("folds diacritics and splits letter/digit runs", () => {
    expect(tokens("Nguyễn Văn Hiếu")).toEqual(["nguyen", "van", "hieu"]);
    expect(tokens("NQ TW4 (Khóa XII)")).toEqual(["nq", "tw", "4", "khoa", "xii"]);
    expect(tokens("Đà Nẵng 21-KL/TW")).toEqual(["da", "nang", "21", "kl", "tw"]);
  });

  it("expands abbreviations, multi-word ones first, and both numeral systems of a term", () => {
    expect(expand("nq tw4 khoa xii", table)).toEqual([["nq", "nghi quyet"], ["tw", "trung uong"], ["4"], ["khoa"], ["xii", "12"]]);
    expect(expand("khóa 11", table)).toEqual([["khoa"], ["11", "xi"]]);
    expect(expand("BTV Thành ủy TP.HCM", table)).toEqual([["btv", "ban thuong vu"], ["thanh"], ["uy"], ["tp hcm", "thanh pho ho chi minh"]]);
  });

  it("builds strict and loose Lucene queries with phrases for multi-word expansions", () => {
    const g = expand("NQ 21", table);
    expect(luceneQuery(g, true)).toBe('+(nq OR "nghi quyet") +21');
    expect(luceneQuery(g, false)).toBe('(nq OR "nghi quyet") 21');
  });

  it("reads the project's lexicon and survives a missing one", () => {
    expect(loadAbbreviations().get("btv")).toEqual(["ban thuong vu"]);
    expect(loadAbbreviations("/nonexistent/abbreviations.json").size).toBe(0);
  });

  it("never lets Lucene syntax through, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const q = luceneQuery(expand(s, table), true);
        // only +, parentheses, OR, quotes around expansions, and [a-z0-9 ] words remain
        expect(q.replace(/\(|\)|\+| OR |"[a-z0-9 ]+"/g, " ")).toMatch(/^[a-z0-9 ]*$/);
      }),
    );
  });

  it("escapes every Lucene metacharacter", () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});
