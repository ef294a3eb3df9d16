import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extract, ExtractionInputError, MAX_INPUT_CHARS, normalizeArticle } from "../../src/extract/index.js";
import type { ExtractionResult } from "../../src/extract/types.js";
import { ref } from "./extract-helpers.js";

const FRAGMENTS = [
  "Thành ủy Cần Thơ",
  "Tỉnh uỷ",
  "BTV",
  "ủy viên BTV tỉnh ủy –",
  "Bí thư",
  "Phó bí thư thường trực",
  "ông Nguyễn Hồng Hải",
  "bà",
  "Đồng chí",
  "NQ TW4 (Khóa XI)",
  "Nghị quyết Trung ương 4 (khóa 11)",
  "Kết luận số 21-KL/TW",
  "Chỉ thị 05",
  "khoá XII",
  "(",
  ")",
  "TP",
  "TP.",
  "Hồ Chí Minh",
  "chiều ngày 14/12",
  "sáng 25/3",
  "ngày 3-7-2022",
  "năm 2013",
  "hội nghị sơ kết",
  "tổ chức",
  "làm việc với",
  "Ảnh:",
  "(Ảnh: TL)",
  "Tin liên quan",
  "\n",
  "\n\n",
  ",",
  " - ",
  ".",
  ";",
  ":",
  "“",
  "”",
  "xã",
  "phường Quan Hoa",
  "UBND tỉnh",
  "Đảng bộ TP",
  "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ",
  "H'Lim",
  "\u0301",
  "\u00a0",
  "\ufeff",
];

function checkSpans(raw: string, r: ExtractionResult): void {
  const text = normalizeArticle(raw).text;
  for (const e of r.entities) {
    for (const m of e.mentions) {
      expect(0 <= m.start && m.start <= m.end && m.end <= text.length).toBe(true);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const rel of r.relations) {
    for (const s of rel.evidence) {
      expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  }
}

describe("extract() under arbitrary input", () => {
  it("never throws on arbitrary strings and keeps every span exact", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => {
        checkSpans(s, extract(s, ref));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on random mixes of Vietnamese article fragments", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }), fc.array(fc.constantFrom(" ", "", "\n"), { maxLength: 80 }), (parts, seps) => {
        const s = parts.map((p, i) => p + (seps[i] ?? " ")).join("");
        checkSpans(s, extract(s, ref));
      }),
      { numRuns: 400 },
    );
  });

  it("handles a large article in bounded time and refuses oversized or binary input with a typed error", () => {
    const big = "Thành ủy Cần Thơ tổ chức hội nghị sơ kết Nghị quyết Trung ương 4 (khóa XI). Ông Nguyễn Văn A, Bí thư Thành ủy phát biểu. ".repeat(2000);
    const t0 = Date.now();
    const r = extract(big, ref);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.entities.length).toBeGreaterThan(0);
    expect(() => extract("x".repeat(MAX_INPUT_CHARS + 1), ref)).toThrow(ExtractionInputError);
    expect(() => extract("PK\u0003\u0004\u0000\u0000binary", ref)).toThrow(ExtractionInputError);
    expect(() => extract(42 as unknown as string, ref)).toThrow(ExtractionInputError);
  }, 60_000);
});
