import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeInput, InputRejected } from "../../src/ingest/decode.js";
import { decodeEntities, htmlToText, looksLikeHtml } from "../../src/ingest/html.js";
import { isVietnameseSyllable, looksVietnamese } from "../../src/ingest/vietnamese.js";
import { HTML_PAGE, toWindows1258, VIETNAMESE, VNI_BYTES } from "../fixtures/bad-input/make.js";

const MB = 1024 * 1024;
const decode = (b: Buffer | string, name?: string, maxBytes = 5 * MB) => decodeInput(typeof b === "string" ? Buffer.from(b) : b, { maxBytes, name });

function reason(b: Buffer | string, name?: string, maxBytes?: number): string {
  try {
    decode(b, name, maxBytes);
  } catch (err) {
    expect(err).toBeInstanceOf(InputRejected);
    return (err as InputRejected).reason;
  }
  throw new Error("expected the input to be rejected");
}

describe("decodeInput: text that is fine", () => {
  it("passes UTF-8 through, with or without a BOM", () => {
    expect(decode(VIETNAMESE)).toEqual({ text: VIETNAMESE, encoding: "utf-8", html: false, title: null });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VIETNAMESE)])).text).toBe(VIETNAMESE);
  });

  it("decodes UTF-16 LE and BE with a BOM, and LE without one", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VIETNAMESE, "utf16le")]);
    expect(decode(le)).toMatchObject({ text: VIETNAMESE, encoding: "utf-16le" });
    const be = Buffer.from(VIETNAMESE, "utf16le").swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: VIETNAMESE, encoding: "utf-16be" });
    expect(decode(Buffer.from(VIETNAMESE, "utf16le"))).toMatchObject({ text: VIETNAMESE, encoding: "utf-16le" });
  });

  it("converts Windows-1258 Vietnamese (combining tones) to NFC Unicode", () => {
    const bytes = toWindows1258(VIETNAMESE);
    expect(bytes.includes(0x3f)).toBe(false); // every character was encodable
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decode(bytes)).toMatchObject({ text: VIETNAMESE, encoding: "windows-1258" });
  });

  it("reduces HTML to text, keeping the title and dropping scripts, styles and comments", () => {
    const out = decode(HTML_PAGE);
    expect(out.html).toBe(true);
    expect(out.title).toBe("Thành ủy Cần Thơ sơ kết NQ TW4");
    expect(out.text.split("\n")).toEqual([
      "Thành ủy Cần Thơ sơ kết NQ TW4",
      "Trang chủ",
      "Đồng chí Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy phát biểu tại hội nghị & chỉ đạo.",
      "Nghị quyết Trung ương 4 – khóa XI",
    ]);
  });

  it("treats *.html files as HTML even without a doctype", () => {
    expect(decode("<b>Hội nghị</b> sơ kết", "a.html")).toMatchObject({ html: true, text: "Hội nghị sơ kết" });
    expect(decode("Hội nghị <b>sơ kết</b>", "a.txt")).toMatchObject({ html: false });
  });
});

describe("decodeInput: files refused with a reason", () => {
  it("empty and blank files", () => {
    expect(reason("")).toBe("empty file");
    expect(reason(" \r\n\t ")).toBe("empty file (only whitespace)");
    expect(reason("<html><head><title></title></head><body> </body></html>")).toBe("HTML page with no text");
  });

  it("binary data: NUL bytes, control characters, known file signatures", () => {
    expect(reason(Buffer.from([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x00, 0x44, 0x45]))).toMatch(/binary file \(contains NUL bytes\)/);
    expect(reason(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toMatch(/binary file \(\d+% control characters\)/);
    expect(reason(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(32, 0x20)]))).toBe("binary file (a PDF document), not text");
    expect(reason(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatch(/ZIP/);
    expect(reason(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(/PNG/);
  });

  it("legacy TCVN3 (ABC) bytes, and TCVN3 text that was re-saved as UTF-8", () => {
    const tcvn = iconv.encode(VIETNAMESE, "tcvn");
    expect(reason(tcvn)).toBe("looks like TCVN3 (ABC)-encoded Vietnamese; convert it to Unicode (UTF-8) first");
    expect(reason(Buffer.from(tcvn.toString("latin1"), "utf8"))).toMatch(/TCVN3/);
  });

  it("VNI bytes, raw or re-saved as UTF-8", () => {
    expect(reason(VNI_BYTES)).toBe("looks like VNI-encoded Vietnamese; convert it to Unicode (UTF-8) first");
    expect(reason(Buffer.from(VNI_BYTES.toString("latin1"), "utf8"))).toMatch(/VNI/);
  });

  it("other single-byte text that is not Vietnamese", () => {
    expect(reason(Buffer.from("Café crème, déjà vu à Paris — où est la gare? Très bien, merci.", "latin1"))).toMatch(
      /not valid UTF-8 and not recognisable as Windows-1258 Vietnamese/,
    );
  });

  it("files over the size limit", () => {
    expect(reason(Buffer.alloc(2048, 0x41), undefined, 1024)).toBe("too large: 2.0 KB, over the 1.0 KB limit (--max-bytes)");
  });
});

describe("helpers", () => {
  it("recognises Vietnamese syllables", () => {
    for (const w of ["Thường", "ủy", "nghị", "quyết", "Nguyễn", "khóa", "Đảng", "trực"]) expect(isVietnameseSyllable(w)).toBe(true);
    for (const w of ["§ång", "Th¬", "Vieät", "Café", "hệ̀"]) expect(isVietnameseSyllable(w)).toBe(false);
    expect(looksVietnamese(VIETNAMESE)).toBe(true);
    expect(looksVietnamese("plain ASCII only")).toBe(false);
  });

  it("decodes named, decimal and hex entities and leaves unknown ones", () => {
    expect(decodeEntities("&Agrave;&ecirc;&#273;&#x1EA1;&amp;&bogus;")).toBe("Àêđạ&&bogus;");
  });

  it("detects HTML by its head or its tags", () => {
    expect(looksLikeHtml("  <!doctype html><p>x")).toBe(true);
    expect(looksLikeHtml("<p>a</p><p>b</p><div>c</div>")).toBe(true);
    expect(looksLikeHtml("a < b and c > d")).toBe(false);
    expect(htmlToText("<title>T</title><p>T</p><p>x</p>").text).toBe("T\nx");
  });
});
