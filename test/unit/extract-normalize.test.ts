import { describe, expect, it } from "vitest";
import { modernizeTone, normalizeText } from "../../src/extract/normalize.js";
import { foldDiacritics, slugify } from "../../src/extract/index.js";
import { foldLower, lowerSameLength } from "../../src/extract/fold.js";
import { lexKey } from "../../src/extract/reference.js";

describe("normalizeText", () => {
  it("moves old-style tone marks in open oa/oe/uy syllables", () => {
    expect(modernizeTone("Uỷ")).toBe("Ủy");
    expect(modernizeTone("khoá")).toBe("khóa");
    expect(modernizeTone("hoà")).toBe("hòa");
    expect(modernizeTone("thuỷ")).toBe("thủy");
    expect(modernizeTone("xoè")).toBe("xòe");
    expect(modernizeTone("HOÀ")).toBe("HÒA");
  });

  it("fixes the tone written on the u of qu and leaves closed syllables alone", () => {
    expect(modernizeTone("qúy")).toBe("quý");
    expect(modernizeTone("qúa")).toBe("quá");
    expect(modernizeTone("quý")).toBe("quý");
    expect(modernizeTone("hoàng")).toBe("hoàng");
    expect(modernizeTone("thuyết")).toBe("thuyết");
    expect(modernizeTone("khuya")).toBe("khuya");
  });

  it("composes decomposed text and unifies quotes, dashes and spaces", () => {
    const raw = "Tha\u0300nh uy\u0309\u00a0 Cần Thơ \u2013 \u201ckhoá XI\u201d\r\n\r\n\r\n\r\nHết";
    const { text } = normalizeText(raw);
    expect(text).toBe('Thành ủy Cần Thơ - "khóa XI"\n\nHết');
  });

  it("keeps an offset map from every normalized character back to the raw input", () => {
    const raw = "  Thành uỷ \u00a0TPCT";
    const { text, toOriginal } = normalizeText(raw);
    expect(text).toBe("Thành ủy TPCT");
    expect(toOriginal.length).toBe(text.length);
    expect(raw[toOriginal[text.indexOf("TPCT")] as number]).toBe("T");
    expect(raw.slice(toOriginal[0] as number, (toOriginal[0] as number) + 5)).toBe("Thành");
  });

  it("treats the Unicode line and paragraph separators as line breaks", () => {
    const n = normalizeText("Hội nghị Thành ủy\u2028Sáng 14/12,\u2029\u2029\u2029Tỉnh ủy");
    expect(n.text).toBe("Hội nghị Thành ủy\nSáng 14/12,\n\nTỉnh ủy");
    expect(n.toOriginal[n.text.indexOf("\n")]).toBe(17);
  });

  it("drops invisible characters and maps the Icelandic eth to Đ", () => {
    expect(normalizeText("\ufeff\u00d0ảng\u200b ủy").text).toBe("Đảng ủy");
  });
});

describe("folding", () => {
  it("folds diacritics and đ, keeping the length", () => {
    expect(foldDiacritics("Đinh Thế Huynh")).toBe("Dinh The Huynh");
    expect(foldDiacritics("Nguyễn Hữu Lợi").length).toBe("Nguyễn Hữu Lợi".length);
    expect(slugify("Ban Thường vụ Thành ủy Cần Thơ")).toBe("ban-thuong-vu-thanh-uy-can-tho");
  });

  it("gives the same folded lower case on the one-pass table path and the two-step path", () => {
    // each string mixes table-covered units with one the table leaves to the two-step path
    const cases = ["ĐẢNG BỘ TỈNH", "ΣΟΦΙΑ Đà Nẵng", "İstanbul Ủy ban", "Hà Nội 𐐀 ngày 3/2", "Ⅻ Thành Ủy", "ÐÀ"];
    for (const s of cases) {
      expect(foldLower(s)).toBe(lowerSameLength(foldDiacritics(s)));
      expect(lexKey(s)).toBe(foldDiacritics(s).toLowerCase());
      expect(foldLower(s).length).toBe(s.length);
    }
    expect(foldLower("ĐẢNG BỘ TỈNH Cần Thơ")).toBe("dang bo tinh can tho");
    expect(lexKey("  Thành   Ủy\u00a0Cần Thơ ")).toBe("thanh uy can tho");
  });
});
