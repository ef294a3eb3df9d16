import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ArticleGenerator, oldToneMarks, type SynthArticle } from "../../src/synth/article.js";
import { loadSynthData, validOn } from "../../src/synth/data.js";
import { generateCorpus, readManifest } from "../../src/synth/generate.js";
import { Rng } from "../../src/synth/prng.js";
import { checkGold, type Gold } from "../eval/gold.js";

const data = loadSynthData();
const N = 600;
const corpus: SynthArticle[] = (() => {
  const gen = new ArticleGenerator(data, 42);
  return Array.from({ length: N }, (_, i) => gen.generate(i));
})();
const tmp = mkdtempSync(join(tmpdir(), "synth-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Hash of the articles and the truth (the manifest holds a timestamp). */
function digestDir(dir: string): string {
  const h = createHash("sha256");
  for (const f of readdirSync(join(dir, "articles")).sort()) {
    h.update(f);
    h.update(readFileSync(join(dir, "articles", f)));
  }
  h.update(readFileSync(join(dir, "truth.jsonl")));
  return h.digest("hex");
}

describe("Rng", () => {
  it("replays the same stream for the same seed and differs across seeds", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe("determinism", () => {
  it("writes the same bytes for the same seed, and other bytes for another seed", async () => {
    await generateCorpus({ articles: 40, seed: 7, out: join(tmp, "a") });
    await generateCorpus({ articles: 40, seed: 7, out: join(tmp, "b") });
    await generateCorpus({ articles: 40, seed: 8, out: join(tmp, "c") });
    expect(readdirSync(join(tmp, "a", "articles")).filter((f) => f.endsWith(".txt"))).toHaveLength(40);
    expect(digestDir(join(tmp, "a"))).toBe(digestDir(join(tmp, "b")));
    expect(digestDir(join(tmp, "a"))).not.toBe(digestDir(join(tmp, "c")));
    expect(readManifest(join(tmp, "a"))).toMatchObject({ seed: 7, articles: 40, format: "txt" });
  });

  it("makes article i depend only on the seed and i (a small corpus is a prefix of a large one)", () => {
    const late = new ArticleGenerator(data, 42).generate(123);
    expect(late.text).toBe(corpus[123]?.text);
  });

  it("writes JSON Lines with the same texts", async () => {
    await generateCorpus({ articles: 5, seed: 42, out: join(tmp, "j"), format: "jsonl" });
    const recs = readFileSync(join(tmp, "j", "corpus.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string });
    expect(recs.map((r) => r.text)).toEqual(corpus.slice(0, 5).map((a) => a.text));
  });
});

describe("articles", () => {
  it("are 5–10 KB of NFC text with a dateline, a caption, a byline and site chrome", () => {
    for (const a of corpus) {
      const bytes = Buffer.byteLength(a.text);
      expect(bytes).toBeGreaterThanOrEqual(5000);
      expect(bytes).toBeLessThanOrEqual(10_500);
      expect(a.text).toBe(a.text.normalize("NFC"));
      expect(a.text).toMatch(/Cập nhật ngày: \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d|(Thứ \S+|Chủ nhật), \d\d\/\d\d\/\d{4}/);
      expect(a.text).toMatch(/\(Ảnh: [^)]+\)/);
      expect(a.text).toMatch(/\n(Tin liên quan|Tin cùng chuyên mục|Bài viết liên quan|Có thể bạn quan tâm)\n/);
    }
  });

  it("use old tone marks (Uỷ, khoá) on a fraction of articles only", () => {
    const old = corpus.filter((a) => a.truth.oldToneMarks);
    expect(old.length / N).toBeGreaterThan(0.08);
    expect(old.length / N).toBeLessThan(0.25);
    for (const a of old) expect(a.text).not.toMatch(/ủy|Ủy|khóa/);
    expect(corpus.some((a) => !a.truth.oldToneMarks && /Ủy|ủy/.test(a.text))).toBe(true);
  });

  it("cover every event type and many spellings of documents", () => {
    const types = new Set(corpus.map((a) => a.truth.events[0]?.eventType));
    expect([...types].sort()).toEqual(["CEREMONY", "CONFERENCE", "INSPECTION", "THEMATIC_MEETING", "WORKING_SESSION"]);
    const forms = new Set(corpus.flatMap((a) => a.truth.documents.flatMap((d) => d.surfaceForms)));
    expect([...forms].some((f) => /^Nghị quyết số \d+-NQ\/TW/.test(f))).toBe(true);
    expect([...forms].some((f) => /^Kết luận (số )?\d+$/.test(f))).toBe(true);
    expect([...forms].some((f) => /Trung ương \d+ \(khóa [XVI]+\)$/.test(f) || /^NQ TW\d/.test(f))).toBe(true);
  });
});

describe("ground truth", () => {
  it("is internally consistent in the gold format", () => {
    for (const a of corpus) {
      // A province and its capital may share a name (tỉnh Hà Tĩnh, thành phố Hà Tĩnh): two ids, one name.
      const twins = new Set(a.truth.localities.map((l) => l.name).filter((n, i, all) => all.indexOf(n) !== i));
      const problems = checkGold(a.truth as unknown as Gold).filter((p) => !twins.has(p.replace("duplicate locality: ", "")));
      expect(problems, a.id).toEqual([]);
    }
  });

  it("names only entities that appear in the text", () => {
    for (const a of corpus) {
      const t = a.truth;
      const seen = (s: string): boolean => a.text.includes(t.oldToneMarks ? oldToneMarks(s) : s);
      for (const p of t.persons) expect(seen(p.name), `${a.id} person ${p.name}`).toBe(true);
      for (const o of t.organizations) expect(o.surfaceForms.some(seen), `${a.id} org ${o.name}`).toBe(true);
      for (const d of t.documents) for (const f of d.surfaceForms) expect(seen(f), `${a.id} doc ${f}`).toBe(true);
      for (const l of t.localities) expect(seen(l.name.replace(/^Thành phố /, "")), `${a.id} locality ${l.name}`).toBe(true);
      const orgNames = new Set(t.organizations.map((o) => o.name));
      for (const p of t.positions) expect(orgNames.has(p.organization)).toBe(true);
      for (const i of t.implementations) expect(orgNames.has(i.organization)).toBe(true);
    }
  });

  it("has localities valid at the article's date, before and after the 2025 reform", () => {
    let before = 0;
    let after = 0;
    for (const a of corpus) {
      const date = a.truth.events[0]?.date as string;
      expect(date >= "2010-01-01" && date <= "2026-06-30").toBe(true);
      if (date >= "2025-07-01") after++;
      else before++;
      for (const l of a.truth.localities) {
        const rec = data.byId.get(l.id);
        expect(rec, l.id).toBeDefined();
        expect(validOn(rec!, date), `${a.id}: ${l.name} on ${date}`).toBe(true);
        if (date >= "2025-07-01") expect(["PROVINCE", "MUNICIPALITY"]).toContain(rec!.level);
      }
    }
    expect(before).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(0);
    const provincesOn = (d: string) => data.provinces.filter((p) => validOn(p, d)).length;
    expect(provincesOn("2024-06-30")).toBe(63);
    expect(provincesOn("2025-07-01")).toBe(34);
  });

  it("cites documents only after they were issued", () => {
    for (const a of corpus) {
      const date = a.truth.events[0]?.date as string;
      for (const d of a.truth.documents) {
        const rec = data.documents.find((x) => x.id === d.id)!;
        expect((rec.issuedOn ?? `${rec.year}-12-31`) < date, `${d.key} in ${date}`).toBe(true);
      }
    }
  });

  it("keeps an official's name and titles across articles, and gives some names to several officials", () => {
    const byId = new Map<string, { name: string; titles: Set<string> }>();
    const idsByName = new Map<string, Set<string>>();
    for (const a of corpus) {
      for (const p of a.truth.persons.filter((x) => x.official)) {
        const titles = new Set(a.truth.positions.filter((q) => q.personId === p.id).map((q) => `${q.title}@${q.organization}`));
        const prev = byId.get(p.id);
        if (prev) {
          expect(p.name).toBe(prev.name);
          // Titles may differ only by the board renamed in 2025 (Ban Tuyên giáo → Ban Tuyên giáo và Dân vận).
          const norm = (s: Set<string>) => [...s].map((x) => x.replace(" và Dân vận", "")).sort();
          expect(norm(titles)).toEqual(norm(prev.titles));
        } else byId.set(p.id, { name: p.name, titles });
        const ids = idsByName.get(p.name) ?? new Set<string>();
        ids.add(p.id);
        idsByName.set(p.name, ids);
      }
    }
    const recurring = corpus.flatMap((a) => a.truth.persons.map((p) => p.id)).filter((id, i, all) => all.indexOf(id) !== i);
    expect(recurring.length).toBeGreaterThan(0);
    expect([...idsByName.values()].some((ids) => ids.size > 1)).toBe(true);
  });
});
