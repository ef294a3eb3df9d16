import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { extract, EXTRACTOR_VERSION, formatSummary, normalizeArticle } from "../../src/extract/index.js";
import { repoRoot } from "../../src/paths.js";
import { ref } from "./extract-helpers.js";

const schema = JSON.parse(readFileSync(join(repoRoot(), "schema", "extraction.schema.json"), "utf8")) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const dirs = [join(repoRoot(), "seeds", "articles"), join(repoRoot(), "test", "fixtures", "articles")];
const files = dirs.flatMap((d) => {
  try {
    return readdirSync(d)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(d, f));
  } catch {
    return [];
  }
});

describe("extract() output", () => {
  it("finds the seed articles", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of files) {
    it(`is valid against the JSON Schema, with exact spans: ${file.split("/").pop()}`, () => {
      const raw = readFileSync(file, "utf8");
      const r = extract(raw, ref, { path: file });
      const ok = validate(r);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(r.extractorVersion).toBe(EXTRACTOR_VERSION);
      const text = normalizeArticle(raw).text;
      const ids = new Set(r.entities.map((e) => e.id));
      expect(ids.size).toBe(r.entities.length);
      for (const e of r.entities) {
        for (const m of e.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }
      for (const rel of r.relations) {
        expect(ids.has(rel.from) && ids.has(rel.to)).toBe(true);
        for (const s of rel.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
      }
      expect(r.entities.filter((e) => e.type === "Person").length).toBeGreaterThan(0);
      expect(formatSummary(r)).toContain("Relations");
    });
  }

  it("is deterministic", () => {
    const raw = readFileSync(files[0] as string, "utf8");
    expect(JSON.stringify(extract(raw, ref))).toBe(JSON.stringify(extract(raw, ref)));
  });

  it("hashes the url when one is given, the normalized text otherwise", () => {
    const a = extract("Tỉnh ủy Đồng Tháp", ref);
    const b = extract("Tỉnh uỷ  Đồng Tháp", ref);
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.textHash).toMatch(/^[0-9a-f]{64}$/);
    const c = extract("Tỉnh ủy Đồng Tháp", ref, { url: "https://example.org/a" });
    expect(c.article.id).not.toBe(a.article.id);
    expect(c.article.url).toBe("https://example.org/a");
  });
});
