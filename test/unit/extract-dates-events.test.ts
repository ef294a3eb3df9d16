import { describe, expect, it } from "vitest";
import { names, rels, run } from "./extract-helpers.js";
import type { ExtractionResult } from "../../src/extract/types.js";

function events(r: ExtractionResult): Array<{ type: unknown; date: unknown; inferred: unknown }> {
  return r.entities.filter((e) => e.type === "Event").map((e) => ({ type: e.properties.eventType, date: e.properties.date, inferred: e.properties.dateInferred }));
}

describe("dates", () => {
  it("takes the year of a relative date from the publication date", () => {
    const r = run("Chủ nhật, 03/07/2022\n\nSáng 25/6, Tỉnh ủy Đồng Tháp tổ chức hội nghị sơ kết công tác xây dựng Đảng.");
    expect(r.article.publishedAt).toBe("2022-07-03");
    expect(events(r)).toEqual([{ type: "CONFERENCE", date: "2022-06-25", inferred: true }]);
  });

  it("rolls a December event back when the page is dated January", () => {
    const r = run("05/01/2022 08:30\n\nChiều ngày 28/12, Huyện ủy Tháp Mười tổ chức hội nghị tổng kết năm.");
    expect(r.article.publishedAt).toBe("2022-01-05T08:30:00");
    expect(events(r)[0]?.date).toBe("2021-12-28");
  });

  it("reads the year from the text when no date is printed, the year ahead counting as next year", () => {
    const r = run("Chiều ngày 14/12, Thành ủy Cần Thơ tổ chức hội nghị sơ kết. Các đơn vị thực hiện tốt chủ đề năm 2013 của thành phố.");
    expect(events(r)[0]).toEqual({ type: "CONFERENCE", date: "2012-12-14", inferred: true });
  });

  it("keeps a written year and ignores deadlines", () => {
    const r = run("Ngày 3-7-2022, Tỉnh ủy Quảng Ninh tổ chức hội nghị. Các cấp ủy hoàn thành quán triệt trước ngày 15/8/2022.");
    expect(events(r)).toEqual([{ type: "CONFERENCE", date: "2022-07-03", inferred: false }]);
  });
});

describe("events", () => {
  it("finds the organizer, the documents concerned, the roles of participants", () => {
    const r = run(
      [
        "Thành ủy Cần Thơ sơ kết Nghị quyết Trung ương 4",
        "",
        "Chiều ngày 14/12/2012, Thành ủy Cần Thơ tổ chức hội nghị sơ kết việc thực hiện Nghị quyết Trung ương 4 (khóa XI). Đồng chí Nguyễn Hữu Lợi, Phó bí thư thường trực Thành ủy chủ trì hội nghị.",
        "",
        "Tại hội nghị, ông Trần Văn Tám, Ủy viên BTV, Trưởng Ban Tổ chức Thành ủy báo cáo kết quả. Cùng dự có đồng chí Lê Văn B, Phó Chủ tịch UBND thành phố.",
      ].join("\n"),
    );
    expect(events(r)).toEqual([{ type: "CONFERENCE", date: "2012-12-14", inferred: false }]);
    expect(rels(r, "ORGANIZED").map((x) => x.from)).toEqual(["Thành ủy Cần Thơ"]);
    expect(rels(r, "CONCERNS").map((x) => x.to)).toEqual(["Nghị quyết Trung ương 4 khóa XI"]);
    expect(rels(r, "HELD_IN").map((x) => x.to)).toEqual(["Cần Thơ"]);
    const roles = Object.fromEntries(rels(r, "PARTICIPATED_IN").map((x) => [x.from, x.props.role]));
    expect(roles).toEqual({ "Nguyễn Hữu Lợi": "CHAIRED", "Trần Văn Tám": "REPORTED", "Lê Văn B": "ATTENDED" });
    expect(rels(r, "IMPLEMENTS")).toContainEqual(expect.objectContaining({ from: "Thành ủy Cần Thơ", to: "Nghị quyết Trung ương 4 khóa XI", props: { firstSeen: "2012-12-14" } }));
  });

  it("reads a working session led by a delegation head and a same-day inspection", () => {
    const r = run(
      "Sáng ngày 12/3/2013, Đoàn công tác do ông Võ Thanh Bình, Phó Bí thư Thường trực Tỉnh ủy An Giang làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Chợ Mới về kiểm điểm theo NQ Trung ương 4 khoá XI. Chiều cùng ngày, ông Võ Thanh Bình dẫn đầu đoàn kiểm tra tại Đảng ủy xã Kiến An.",
    );
    expect(events(r)).toEqual(
      expect.arrayContaining([
        { type: "WORKING_SESSION", date: "2013-03-12", inferred: false },
        { type: "INSPECTION", date: "2013-03-12", inferred: false },
      ]),
    );
    expect(rels(r, "PARTICIPATED_IN").every((x) => x.props.role === "LED_DELEGATION")).toBe(true);
    expect(rels(r, "IMPLEMENTS")).toContainEqual(expect.objectContaining({ from: "Ban Thường vụ Huyện ủy Chợ Mới" }));
  });

  it("does not make events of plenums, captions or back-references", () => {
    const r = run(
      "Theo tinh thần Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa XIII), các cấp ủy kiểm điểm. Kết luận hội nghị, đồng chí A yêu cầu hoàn thành trước ngày 15/1/2019.\n\nÔng Nguyễn Văn A phát biểu tại hội nghị. (Ảnh: TL)",
    );
    expect(events(r)).toEqual([]);
    expect(names(r, "Person")).toEqual(["Nguyễn Văn A"]);
  });
});

describe("article metadata", () => {
  it("finds title, source, authors, photographers and drops site chrome", () => {
    const r = run(
      [
        "Xây dựng Đảng",
        "",
        "Thực hiện Nghị quyết Trung ương 4 (khóa XII):",
        "",
        "Kiểm điểm đi vào thực chất",
        "",
        "ĐTO - Thời gian gần đây, Huyện ủy Tháp Mười đẩy mạnh quán triệt.",
        "",
        "Ông Lê Văn A phát biểu. (Ảnh: Duy Khương/TTXVN)",
        "",
        "Lê Thanh – Văn Ngô",
        "",
        "Bạn cũng có thể thích",
        "",
        "Ông Nguyễn Văn Quảng cáo Bí thư Tỉnh ủy Long An",
      ].join("\n"),
    );
    expect(r.article.title).toBe("Thực hiện Nghị quyết Trung ương 4 (khóa XII): Kiểm điểm đi vào thực chất");
    expect(r.article.source).toBe("Báo Đồng Tháp");
    expect(r.article.authors).toEqual(["Lê Thanh", "Văn Ngô"]);
    const people = r.entities.filter((e) => e.type === "Person").map((e) => [e.name, e.properties.role ?? null]);
    expect(people).toEqual(expect.arrayContaining([["Duy Khương", "PHOTOGRAPHER"], ["Lê Thanh", "AUTHOR"], ["Văn Ngô", "AUTHOR"]]));
    expect(names(r, "Person")).not.toContain("Nguyễn Văn Quảng");
    expect(rels(r, "HOLDS_POSITION").map((x) => x.from)).not.toContain("Lê Thanh");
  });
});
