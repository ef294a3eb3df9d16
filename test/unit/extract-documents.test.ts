import { describe, expect, it } from "vitest";
import { entity, names, rels, run } from "./extract-helpers.js";
import type { ExtractionResult } from "../../src/extract/types.js";

function docIds(r: ExtractionResult): string[] {
  return r.entities.filter((e) => e.type === "Resolution").map((e) => e.id);
}

describe("document references", () => {
  it("gives every spelling of one plenum resolution one catalogue id", () => {
    const r = run(
      "TPCT sơ kết theo NQ TW4 (Khóa XI). Thực hiện Nghị quyết Trung ương 4 (khóa XI), Nghị quyết trung ương 4 (khóa 11) và Nghị quyết TW4(Khóa XI).",
    );
    expect(docIds(r)).toEqual(["doc:12-nq-tw-2012"]);
    const d = r.entities[r.entities.findIndex((e) => e.type === "Resolution")];
    expect(d?.properties.code).toBe("12-NQ/TW");
    expect(d?.properties.catalogued).toBe(true);
    expect(d?.mentions.length).toBe(4);
    expect(d?.aliases).toEqual(expect.arrayContaining(["NQ TW4 (Khóa XI)", "Nghị quyết trung ương 4 (khóa 11)"]));
  });

  it("reads the long plenum form with an ordinal word", () => {
    const r = run("Quán triệt Nghị quyết hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa XII) về xây dựng Đảng.");
    expect(docIds(r)).toEqual(["doc:04-nq-tw-2016"]);
    expect(names(r, "Organization")).toContain("Ban Chấp hành Trung ương Đảng");
  });

  it("resolves codes, numbers and later short forms to the same document", () => {
    const r = run("Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khoá XIII. Kết luận số 21 (khóa XIII) và Kết luận số 21 được quán triệt.");
    expect(docIds(r)).toEqual(["doc:21-kl-tw-2021"]);
    const r2 = run("Gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị, Chỉ thị 05 được thực hiện.");
    expect(docIds(r2)).toEqual(["doc:05-ct-tw-2016"]);
    expect(rels(r2, "ISSUED_BY")).toEqual([expect.objectContaining({ to: "Bộ Chính trị" })]);
  });

  it("infers the term of a bare plenum from the article date and marks it", () => {
    const r = run("Cập nhật ngày: 05/01/2022 08:30:46\n\nCác cấp ủy tiếp tục thực hiện Nghị quyết Trung ương 4 gắn với nhiệm vụ chính trị.");
    // no resolution of that plenum is catalogued: a deterministic id from type, plenum and term
    expect(docIds(r)).toEqual(["doc:nq-tw4-xiii"]);
    const d = r.entities.find((e) => e.type === "Resolution");
    expect(d?.properties.plenum).toBe(4);
    expect(d?.properties.term).toBe("XIII");
    expect(d?.properties.termInferred).toBe(true);
  });

  it("builds a local congress resolution from the body and term", () => {
    const r = run("Tại Phan Thiết, góp phần xây dựng TP xanh như Nghị quyết Đại hội Đảng bộ TP khóa XII đã giao nhiệm vụ.");
    const d = entity(r, "Resolution", "Nghị quyết Đại hội Đảng bộ thành phố Phan Thiết khóa XII");
    expect(d?.id).toBe("doc:nq-dai-hoi:dang-bo:binh-thuan:phan-thiet:xii");
    expect(d?.properties.catalogued).toBe(false);
  });

  it("gives unknown codes a deterministic id and keeps the Party Charter", () => {
    const r = run("Triển khai Quy định số 999-QĐ/TW và thực hiện Điều lệ Đảng.");
    expect(docIds(r)).toEqual(expect.arrayContaining(["doc:999-qd-tw"]));
    expect(names(r, "Resolution")).toContain("Điều lệ Đảng");
    const again = run("Triển khai Quy định số 999-QĐ/TW và thực hiện Điều lệ Đảng.");
    expect(docIds(again)).toEqual(docIds(r));
  });

  it("does not read documents out of ordinary words", () => {
    const r = run("Thi hành kỷ luật 9 đảng viên; các Nghị quyết, Kết luận, Chỉ thị của Trung ương được quán triệt. Kết luận hội nghị, ông A phát biểu.");
    expect(docIds(r)).toEqual([]);
  });

  it("reads a local congress resolution numbered past the twentieth ('lần thứ XXI', 'lần thứ XXII'), not a plenum past it", () => {
    const r = run(
      "Đại hội Đảng bộ huyện Văn Chấn\n\n16/07/2015\n\nTrong hai ngày 15 và 16/7, Đảng bộ huyện Văn Chấn tổ chức Đại hội đại biểu lần thứ XXII. Báo cáo nêu rõ, 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI, Huyện ủy đã lãnh đạo thực hiện có hiệu quả. Đại hội đã thông qua Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII.",
    );
    expect(names(r, "Resolution")).toEqual(["Nghị quyết Đại hội Đảng bộ huyện Văn Chấn khóa XXI", "Nghị quyết Đại hội Đảng bộ huyện Văn Chấn khóa XXII"]);
    expect(docIds(run("Quán triệt Nghị quyết Hội nghị lần thứ 25 Ban Chấp hành Trung ương."))).toEqual([]);
  });
});
