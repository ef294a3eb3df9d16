import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entity, ExtractionResult, Relation } from "../../src/extract/types.js";
import { checkGold, DEV_GOLD_DIR, FRESH_GOLD_DIR, GOLD_DIR, loadGoldDir, REPO_ROOT, type Gold } from "../eval/gold.js";
import { fold, isCode, localityKey, prf, scoreArticle, sumScores, titleKey } from "../../src/eval/score.js";

function entity(id: string, type: Entity["type"], name: string, properties: Entity["properties"] = {}, aliases: string[] = []): Entity {
  return { id, type, name, aliases, properties, mentions: [] };
}

function rel(type: Relation["type"], from: string, to: string, properties: Relation["properties"] = {}): Relation {
  return { type, from, to, properties, evidence: [] };
}

function result(entities: Entity[], relations: Relation[] = []): ExtractionResult {
  return {
    article: { id: "a", path: null, url: null, title: null, publishedAt: null, source: null, authors: [], textHash: "" },
    entities,
    relations,
    extractorVersion: "test",
  };
}

const gold: Gold = {
  article: "seeds/articles/x.txt",
  publishedAt: null,
  persons: [
    { name: "Nguyễn Hữu Lợi", gender: null, official: true },
    { name: "Lê Thanh", gender: null, official: false, role: "AUTHOR" },
  ],
  organizations: [
    { name: "Thành ủy Cần Thơ", kind: "PARTY_COMMITTEE" },
    { name: "Ban Tuyên giáo Thành ủy Cần Thơ", kind: "PARTY_BOARD" },
  ],
  localities: [{ name: "Cần Thơ" }],
  documents: [
    { key: "12-NQ/TW", surfaceForms: ["NQ TW4 (Khóa XI)"] },
    { key: "Nghị quyết Đại hội Đảng bộ thành phố Cần Thơ khóa XII", surfaceForms: ["Nghị quyết Đại hội Đảng bộ TP khóa XII"] },
  ],
  positions: [
    { person: "Nguyễn Hữu Lợi", title: "Phó Bí thư Thường trực", organization: "Thành ủy Cần Thơ" },
    { person: "Nguyễn Hữu Lợi", title: "Trưởng ban", organization: "Ban Tuyên giáo Thành ủy Cần Thơ" },
  ],
  events: [
    { id: "e1", eventType: "CONFERENCE", date: "2012-12-14", organizer: "Thành ủy Cần Thơ", concerns: ["12-NQ/TW"] },
  ],
  participations: [{ person: "Nguyễn Hữu Lợi", event: "e1", role: "SPOKE" }],
  implementations: [{ organization: "Thành ủy Cần Thơ", document: "12-NQ/TW" }],
};

/** A prediction equal to the gold, spelled the way an extractor would. */
function perfect(): { entities: Entity[]; relations: Relation[] } {
  return {
    entities: [
      entity("per:loi", "Person", "Nguyễn Hữu Lợi"),
      entity("per:thanh", "Person", "Lê Thanh", { role: "AUTHOR" }),
      entity("org:tu", "Organization", "Thành ủy Cần Thơ"),
      entity("org:btg", "Organization", "Ban Tuyên giáo Thành ủy Cần Thơ"),
      entity("loc:ct", "Locality", "thành phố Cần Thơ"),
      entity("doc:12", "Resolution", "Nghị quyết Trung ương 4 khóa XI", { code: "12-NQ/TW" }),
      entity("doc:dh", "Resolution", "Nghị quyết Đại hội Đảng bộ TP Cần Thơ lần thứ XII", { code: null }, ["Nghị quyết Đại hội Đảng bộ TP khóa XII"]),
      entity("ev:1", "Event", "Hội nghị sơ kết", { eventType: "CONFERENCE", date: "2012-12-14", dateInferred: true }),
    ],
    relations: [
      rel("HOLDS_POSITION", "per:loi", "org:tu", { title: "Phó Bí thư Thường trực" }),
      rel("HOLDS_POSITION", "per:loi", "org:btg", { title: "Trưởng Ban Tuyên giáo" }),
      rel("PARTICIPATED_IN", "per:loi", "ev:1", { role: "ATTENDED" }),
      rel("PARTICIPATED_IN", "per:loi", "ev:1", { role: "SPOKE" }),
      rel("ORGANIZED", "org:tu", "ev:1"),
      rel("CONCERNS", "ev:1", "doc:12"),
      rel("IMPLEMENTS", "org:tu", "doc:12"),
    ],
  };
}

describe("key normalisation", () => {
  it("folds diacritics, đ, case and spaces", () => {
    expect(fold("  Thành  ỦY Cần Thơ ")).toBe("thanh uy can tho");
    expect(fold("Đinh Thế Huynh")).toBe("dinh the huynh");
    expect(fold("Uỷ ban")).toBe(fold("Ủy ban"));
  });
  it("strips administrative prefixes from localities", () => {
    expect(localityKey("thành phố Cần Thơ")).toBe("can tho");
    expect(localityKey("TP. Cần Thơ")).toBe("can tho");
    expect(localityKey("huyện Tháp Mười")).toBe("thap muoi");
    expect(localityKey("Phường Mũi Né")).toBe("mui ne");
    expect(localityKey("Thành phố")).toBe("thanh pho");
  });
  it("recognises official codes", () => {
    expect(isCode("12-NQ/TW")).toBe(true);
    expect(isCode("08-QĐi/TW")).toBe(true);
    expect(isCode("Điều lệ Đảng")).toBe(false);
  });
  it("drops the part of a title that repeats its body's name", () => {
    expect(titleKey("Trưởng Ban Tuyên giáo", "Ban Tuyên giáo Tỉnh ủy Bình Thuận")).toBe("truong");
    expect(titleKey("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Bình Thuận")).toBe("truong");
    expect(titleKey("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")).toBe("uy vien");
    expect(titleKey("Ủy viên Bộ Chính trị", "Bộ Chính trị")).toBe("uy vien");
    expect(titleKey("Ủy viên Ban Thường vụ", "Tỉnh ủy Bình Thuận")).toBe("uy vien ban thuong vu");
    expect(titleKey("Bí thư", "Thành ủy Cần Thơ")).toBe("bi thu");
  });
  it("computes precision, recall and F1 with empty-set conventions", () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 2, fn: 0 }).f1).toBe(0);
  });
});

describe("scoreArticle", () => {
  it("gives a perfect score to a prediction equal to the gold", () => {
    const p = perfect();
    const s = scoreArticle(gold, result(p.entities, p.relations));
    for (const [cat, c] of Object.entries(s)) {
      expect({ cat, fp: c.fp, fn: c.fn, f1: c.f1 }).toEqual({ cat, fp: 0, fn: 0, f1: 1 });
    }
    expect(s.positions.tp).toBe(2);
    expect(s.participations.tp).toBe(1);
    expect(s.documents.tp).toBe(2);
  });

  it("counts misses and false positives with readable labels", () => {
    const p = perfect();
    const entities = p.entities
      .filter((e) => e.id !== "per:thanh" && e.id !== "loc:ct")
      .concat([entity("per:ho", "Person", "Hồ Chí Minh"), entity("loc:pt", "Locality", "Phan Thiết")]);
    const s = scoreArticle(gold, result(entities, p.relations));
    expect(s.persons).toMatchObject({ tp: 1, fp: 1, fn: 1, misses: ["Lê Thanh"], falsePositives: ["Hồ Chí Minh"] });
    expect(s.localities).toMatchObject({ tp: 0, fp: 1, fn: 1, misses: ["Cần Thơ"], falsePositives: ["Phan Thiết"] });
    expect(s.localities.f1).toBe(0);
  });

  it("requires person, title and body to match for a position", () => {
    const p = perfect();
    const relations = p.relations.map((r) =>
      r.to === "org:btg" ? rel("HOLDS_POSITION", "per:loi", "org:tu", { title: "Trưởng Ban Tuyên giáo" }) : r,
    );
    const s = scoreArticle(gold, result(p.entities, relations));
    expect(s.positions).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.positions.misses).toEqual(["Nguyễn Hữu Lợi — Trưởng ban @ Ban Tuyên giáo Thành ủy Cần Thơ"]);
  });

  it("counts a position given to a non-official as a false positive", () => {
    const p = perfect();
    const s = scoreArticle(gold, result(p.entities, [...p.relations, rel("HOLDS_POSITION", "per:thanh", "org:tu", { title: "Bí thư" })]));
    expect(s.positions).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });

  it("matches documents by code, and non-code documents by any gold surface form", () => {
    const p = perfect();
    const entities = p.entities.map((e) =>
      e.id === "doc:dh" ? entity("doc:dh", "Resolution", "Nghị quyết Đại hội Đảng bộ TP (khóa XII)", {}, []) : e,
    );
    expect(scoreArticle(gold, result(entities, p.relations)).documents.tp).toBe(2);
    const wrongCode = p.entities.map((e) => (e.id === "doc:12" ? entity("doc:12", "Resolution", "NQ TW4 (Khóa XI)", { code: "04-NQ/TW" }) : e));
    const s = scoreArticle(gold, result(wrongCode, p.relations));
    // a coded gold document is matched on its code only, so the surface form does not rescue a wrong code
    expect(s.documents).toMatchObject({ tp: 1, fp: 1, fn: 1, falsePositives: ["04-NQ/TW"] });
    expect(s.implementations).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.concerns).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("keys events on type and date, counting two equal gold events separately", () => {
    const twoEvents: Gold = {
      ...gold,
      events: [
        { id: "e1", eventType: "CONFERENCE", date: "2012-12-14", organizer: null, concerns: [] },
        { id: "e2", eventType: "CONFERENCE", date: "2012-12-14", organizer: null, concerns: [] },
        { id: "e3", eventType: "WORKING_SESSION", date: "2012-12-15", organizer: null, concerns: [] },
      ],
      participations: [],
    };
    const s = scoreArticle(
      twoEvents,
      result([
        entity("ev:1", "Event", "a", { eventType: "CONFERENCE", date: "2012-12-14" }),
        entity("ev:2", "Event", "b", { eventType: "CONFERENCE", date: "2012-12-14T08:00:00" }),
        entity("ev:3", "Event", "c", { eventType: "INSPECTION", date: "2012-12-15" }),
      ]),
    );
    expect(s.events).toMatchObject({ tp: 2, fp: 1, fn: 1, misses: ["WORKING_SESSION 2012-12-15"], falsePositives: ["INSPECTION 2012-12-15"] });
  });

  it("scores the strongest role per person and event", () => {
    const p = perfect();
    const onlyAttended = p.relations.filter((r) => !(r.type === "PARTICIPATED_IN" && r.properties.role === "SPOKE"));
    const s = scoreArticle(gold, result(p.entities, onlyAttended));
    expect(s.participations).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const chaired = [...p.relations, rel("PARTICIPATED_IN", "per:loi", "ev:1", { role: "CHAIRED" })];
    expect(scoreArticle(gold, result(p.entities, chaired)).participations).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("ignores relations whose endpoints are not entities of the result", () => {
    const p = perfect();
    const s = scoreArticle(gold, result(p.entities, [...p.relations, rel("IMPLEMENTS", "org:missing", "doc:12")]));
    expect(s.implementations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("sums counts across articles (micro-average)", () => {
    const p = perfect();
    const a = scoreArticle(gold, result(p.entities, p.relations));
    const b = scoreArticle(gold, result([], []));
    const total = sumScores([a, b]);
    expect(total.persons).toMatchObject({ tp: 2, fp: 0, fn: 2, precision: 1, recall: 0.5 });
    expect(total.persons.f1).toBeCloseTo(2 / 3, 10);
  });
});

/** The gold written as an extractor would emit it: a self-score must be perfect. */
function goldAsResult(g: Gold): ExtractionResult {
  const es: Entity[] = [
    ...g.persons.map((p) => entity(`per:${p.name}`, "Person", p.name)),
    ...g.organizations.map((o) => entity(`org:${o.name}`, "Organization", o.name)),
    ...g.localities.map((l) => entity(`loc:${l.name}`, "Locality", l.name)),
    ...g.documents.map((d) =>
      entity(`doc:${d.key}`, "Resolution", d.key, { code: isCode(d.key) ? d.key : null }, d.surfaceForms),
    ),
    ...g.events.map((e) => entity(`ev:${e.id}`, "Event", e.id, { eventType: e.eventType, date: e.date })),
  ];
  const rs: Relation[] = [
    ...g.positions.map((p) => rel("HOLDS_POSITION", `per:${p.person}`, `org:${p.organization}`, { title: p.title })),
    ...g.participations.map((p) => rel("PARTICIPATED_IN", `per:${p.person}`, `ev:${p.event}`, { role: p.role })),
    ...g.implementations.map((i) => rel("IMPLEMENTS", `org:${i.organization}`, `doc:${i.document}`)),
    ...g.events.flatMap((e) => e.concerns.map((d) => rel("CONCERNS", `ev:${e.id}`, `doc:${d}`))),
    ...g.events.flatMap((e) => (e.organizer ? [rel("ORGANIZED", `org:${e.organizer}`, `ev:${e.id}`)] : [])),
  ];
  return result(es, rs);
}

describe("gold fixtures", () => {
  const fixtures = loadGoldDir(GOLD_DIR);

  it("cover every seed article and at least 8 extra articles", () => {
    const seeds = fixtures.filter((f) => f.set === "seeds").map((f) => f.basename);
    expect(seeds).toEqual(["000_0e83560fbb577f55", "001_3e7df0fa2902dc67", "002_ec9a05d4f704e603", "003_6a7dceaf646389a0", "004_d82208b7cc25af50"]);
    expect(fixtures.filter((f) => f.set === "extra").length).toBeGreaterThanOrEqual(8);
  });

  for (const f of fixtures) {
    it(`${f.basename} scores perfectly against itself`, () => {
      const s = scoreArticle(f.gold, goldAsResult(f.gold));
      for (const [cat, c] of Object.entries(s)) expect({ cat, fp: c.fp, fn: c.fn }).toEqual({ cat, fp: 0, fn: 0 });
    });

    it(`${f.basename} is consistent and points at a 2-10 KB article`, () => {
      expect(checkGold(f.gold)).toEqual([]);
      const path = join(REPO_ROOT, f.gold.article);
      expect(existsSync(path)).toBe(true);
      expect(f.gold.article.endsWith(`${f.basename}.txt`)).toBe(true);
      const bytes = Buffer.byteLength(readFileSync(path, "utf8"));
      expect(bytes).toBeGreaterThan(2000);
      expect(bytes).toBeLessThan(10_000);
    });
  }
});

describe.each([
  ["dev", DEV_GOLD_DIR, 8],
  // empty between two batches: d73–d84 moved into dev when a round tuned on them
  ["fresh", FRESH_GOLD_DIR, 0],
] as const)("%s fixtures", (set, dir, minimum) => {
  const fixtures = loadGoldDir(dir);

  it(`are at least ${minimum} articles of the ${set} set`, () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(minimum);
    expect(fixtures.every((f) => f.set === set)).toBe(true);
  });

  for (const f of fixtures) {
    it(`${f.basename} is consistent, scores perfectly against itself and points at its article`, () => {
      expect(checkGold(f.gold)).toEqual([]);
      const s = scoreArticle(f.gold, goldAsResult(f.gold));
      for (const [cat, c] of Object.entries(s)) expect({ cat, fp: c.fp, fn: c.fn }).toEqual({ cat, fp: 0, fn: 0 });
      expect(existsSync(join(REPO_ROOT, f.gold.article))).toBe(true);
      expect(f.gold.article).toBe(`test/fixtures/${set}/articles/${f.basename}.txt`);
    });
  }
});
