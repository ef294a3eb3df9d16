import { describe, expect, it } from "vitest";
import { names, positions, rels, run } from "./extract-helpers.js";
import type { ExtractionResult } from "../../src/extract/types.js";

function events(r: ExtractionResult): Array<{ type: unknown; date: unknown; inferred: unknown }> {
  return r.entities.filter((e) => e.type === "Event").map((e) => ({ type: e.properties.eventType, date: e.properties.date, inferred: e.properties.dateInferred }));
}

/** [type, date] of each event, in order. */
const typeDates = (r: ExtractionResult): unknown[][] => events(r).map((e) => [e.type, e.date]);
/** "<person> <role>" for each participation, in the extractor's order. */
const roles = (r: ExtractionResult): string[] => rels(r, "PARTICIPATED_IN").map((p) => `${p.from} ${String(p.props.role)}`);

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

describe("datelines and spans", () => {
  it("reads the page date from datelines with a time first, a GMT tag, or other fields on the line", () => {
    expect(run("Cập nhật lúc 17:20, 06/08/2025\n\nTỉnh ủy Lạng Sơn họp.").article.publishedAt).toBe("2025-08-06T17:20:00");
    expect(run("Cập nhật: 17:45, 05/07/2019 (GMT+7)\n\nTỉnh ủy Quảng Bình họp.").article.publishedAt).toBe("2019-07-05T17:45:00");
    expect(run("Thứ Bảy, 29/10/2022, 06:30 [GMT+7]\n\nTỉnh ủy Phú Yên họp.").article.publishedAt).toBe("2022-10-29T06:30:00");
    expect(run("Ngày đăng: 08/10/2018 | Lượt xem: 312\n\nHuyện ủy Lạc Sơn họp.").article.publishedAt).toBe("2018-10-08");
  });

  it("dates a meeting held over several days by its first day, and a later day of it is the same meeting", () => {
    const r = run(
      "Cập nhật lúc 17:20, 06/08/2025\n\nTrong 2 ngày 5 và 6/8, Đảng bộ phường Kỳ Lừa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Tại phiên bế mạc chiều 6/8, Đại hội bầu Ban Chấp hành Đảng bộ phường.",
    );
    expect(events(r)).toEqual([{ type: "CONFERENCE", date: "2025-08-05", inferred: true }]);
  });

  it("reads 'từ ngày 3 đến 5/10' as a span, not a starting point", () => {
    const r = run("08/10/2018\n\nTừ ngày 3 đến 5/10, Ban Thường vụ Huyện ủy Lạc Sơn tổ chức hội nghị sơ kết công tác kiểm tra.");
    expect(events(r)).toEqual([{ type: "CONFERENCE", date: "2018-10-03", inferred: true }]);
  });

  it("does not take the year from a term's end when the page has no date", () => {
    const r = run("Sáng 5/8, Đảng bộ phường Kỳ Lừa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.");
    expect(events(r)[0]?.date).toBe("2025-08-05");
  });

  it("'chiều cùng ngày' takes the day of the meeting, not a date recalled from an earlier year", () => {
    const r = run(
      "Sơ kết Nghị quyết Trung ương 4\n\n15/04/2013\n\nSáng 12/4, Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết. Đồng chí Bí thư nhắc lại buổi kiểm điểm ngày 20/9/2012.\n\nChiều cùng ngày, Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Đồng Văn.",
    );
    expect(typeDates(r)).toEqual([
      ["CONFERENCE", "2013-04-12"],
      ["WORKING_SESSION", "2013-04-12"],
    ]);
  });

  it("a working session stated by 'làm việc với' wins over a congress being prepared in the same sentence", () => {
    const r = run("06/08/2025\n\nSáng 4/8, Ban Thường vụ Tỉnh ủy Lạng Sơn làm việc với Ban Thường vụ Đảng ủy phường Lương Văn Tri về công tác chuẩn bị đại hội.");
    expect(typeDates(r)).toEqual([["WORKING_SESSION", "2025-08-04"]]);
  });
});

describe("dates that are history", () => {
  it("an anniversary's historical date does not date the ceremony; 'từ năm 2012' does not set the article's year", () => {
    const r = run("Kỷ niệm 90 năm Ngày thành lập Đảng\n\n03/02/2020\n\nSáng 3/2, Tỉnh ủy Hà Nam tổ chức lễ kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020).");
    expect(events(r).map((e) => e.date)).toEqual(["2020-02-03"]);
    const s = run("Thọ Xuân sau hai năm thực hiện Nghị quyết Trung ương 4\n\nThực tiễn - Kinh nghiệm | Ngày đăng: 18/04/2014\n\nNgày 11/4, đoàn công tác làm việc với Huyện ủy Thọ Xuân. Từ năm 2012, huyện đã kiểm điểm theo Nghị quyết.");
    expect(events(s).map((e) => e.date)).toEqual(["2014-04-11"]);
  });
});

describe("inspection tours and undated meetings", () => {
  const tour = [
    "Huyện ủy Lạc Sơn kiểm tra việc thực hiện Chỉ thị 05",
    "",
    "Ngày đăng: 08/10/2018 | Lượt xem: 312",
    "",
    "Từ ngày 3 đến 5/10, Ban Thường vụ Huyện ủy Lạc Sơn tổ chức kiểm tra việc thực hiện Chỉ thị số 05-CT/TW tại Đảng ủy xã Ân Nghĩa và Đảng ủy xã Yên Nghiệp. Đoàn kiểm tra do đồng chí Bùi Văn Khánh, Phó Bí thư Thường trực Huyện ủy làm trưởng đoàn.",
    "",
    "Ngày 3/10, đoàn kiểm tra tại Đảng ủy xã Ân Nghĩa. Báo cáo với đoàn, bà Bùi Thị Nhung, Bí thư Đảng ủy xã cho biết Đảng bộ xã có 14 chi bộ.",
    "",
    "Ngày 4/10, đoàn kiểm tra tại Đảng ủy xã Yên Nghiệp.",
    "",
    "Đoàn kiểm tra làm việc với Đảng ủy xã Yên Nghiệp. Ảnh: Tuấn Anh",
    "",
    "Tuần qua, Ban Tuyên giáo Huyện ủy cũng tổ chức hội nghị báo cáo viên.",
  ].join("\n");

  it("gives each visit its day, the delegation's leader at every visit, and the local secretary her commune", () => {
    const r = run(tour);
    expect(typeDates(r)).toEqual([
      ["INSPECTION", "2018-10-03"],
      ["INSPECTION", "2018-10-04"],
    ]);
    const led = r.relations.filter((x) => x.type === "PARTICIPATED_IN" && x.properties.role === "LED_DELEGATION");
    expect(led.map((x) => x.to).sort()).toEqual(r.entities.filter((e) => e.type === "Event").map((e) => e.id).sort());
    expect(positions(r).filter((p) => p.includes("xã"))).toEqual(["Bùi Thị Nhung | Bí thư | Đảng ủy xã Ân Nghĩa"]);
  });

  it("reads a line ending in 'Ảnh: …' as a caption and drops a meeting whose day cannot be told", () => {
    const r = run(tour);
    expect(names(r, "Person")).toContain("Tuấn Anh");
    expect(events(r).some((e) => e.type === "WORKING_SESSION" || e.type === "CONFERENCE")).toBe(false);
  });
});

describe("several meetings on one day", () => {
  it("'Cùng ngày' with another body, another visit, a standing committee's regular session, a local plenum", () => {
    const r = run(
      [
        "Trao Huy hiệu Đảng nhân kỷ niệm Ngày thành lập Đảng",
        "",
        "03/02/2014 - 11:20",
        "",
        "Sáng nay (3/2), Thành ủy Huế tổ chức lễ trao Huy hiệu Đảng cho 128 đảng viên.",
        "",
        "Cùng ngày, Huyện ủy Phú Vang trao Huy hiệu 30 năm tuổi Đảng cho 76 đảng viên.",
        "",
        "Chiều cùng ngày, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 4 để cho ý kiến vào kế hoạch năm 2014.",
        "",
        "Trước đó, chiều 1/2, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 1.",
      ].join("\n"),
    );
    expect(typeDates(r)).toEqual([
      ["CEREMONY", "2014-02-03"],
      ["CEREMONY", "2014-02-03"],
      ["CONFERENCE", "2014-02-03"],
      ["CONFERENCE", "2014-02-01"],
    ]);
  });

  it("a congress going on in the afternoon is the same congress; a span given with its year opens on its first day", () => {
    const r = run("Đại hội Đảng bộ tỉnh Điện Biên\n\n09/10/2025\n\nSáng 9/10, Đại hội đại biểu Đảng bộ tỉnh Điện Biên khai mạc. Chiều cùng ngày, đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh.");
    expect(typeDates(r)).toEqual([["CONFERENCE", "2025-10-09"]]);
    const s = run("Hội nghị\n\n16/08/2017\n\nTrong 2 ngày 8 và 9/8/2017, Huyện ủy Bù Đăng tổ chức hội nghị học tập nghị quyết.");
    expect(events(s)).toEqual([{ type: "CONFERENCE", date: "2017-08-08", inferred: false }]);
  });

  it("an online working session 'cùng ngày' is another session", () => {
    const r = run(
      "Thành ủy làm việc với các phường\n\n13/11/2025\n\nSáng 12-11, Ban Thường vụ Thành ủy TP.HCM làm việc với Ban Thường vụ Đảng ủy phường Sài Gòn. Chiều cùng ngày, Ban Thường vụ Thành ủy làm việc trực tuyến với Ban Thường vụ Đảng ủy đặc khu Côn Đảo.",
    );
    expect(typeDates(r)).toEqual([
      ["WORKING_SESSION", "2025-11-12"],
      ["WORKING_SESSION", "2025-11-12"],
    ]);
  });
});

describe("what a meeting is about", () => {
  it("takes the documents its speakers present ('truyền đạt', 'quán triệt'), also in the next sentences", () => {
    const r = run(
      "Bù Đăng học tập nghị quyết Trung ương 5\n\n16/08/2017\n\nSáng 8/8, Huyện ủy Bù Đăng tổ chức hội nghị học tập các nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII. Tại hội nghị, đồng chí Trần Văn Mạnh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, báo cáo viên Tỉnh ủy đã truyền đạt Nghị quyết số 10-NQ/TW. Đồng chí Điểu Lành, Trưởng Ban Tuyên giáo Huyện ủy quán triệt Nghị quyết số 12-NQ/TW.",
    );
    expect(rels(r, "CONCERNS").map((x) => x.to).sort()).toEqual(["Nghị quyết số 10-NQ/TW", "Nghị quyết số 12-NQ/TW"]);
  });
});

describe("roles in more phrasings", () => {
  it("'cùng chủ trì có', 'điều hành thảo luận' chair; 'báo cáo tham luận' and 'kiến nghị' are speech", () => {
    const r = run(
      [
        "Hội nghị đối thoại",
        "",
        "29/10/2022",
        "",
        "Sáng 28/10, Ban Dân vận Tỉnh ủy Phú Yên tổ chức hội nghị đối thoại. Đồng chí Lương Minh Triết, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Cùng chủ trì có đồng chí Ksor Y Dinh, Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Nguyễn Thị Mỹ Xuân, Phó Bí thư Tỉnh ủy điều hành thảo luận. Đồng chí Nông Thị Hạnh, Trưởng Ban Tổ chức Tỉnh ủy báo cáo tham luận về công tác cán bộ. Đảng viên Trần Văn Tiến kiến nghị có cơ chế hỗ trợ.",
      ].join("\n"),
    );
    const roles = Object.fromEntries(rels(r, "PARTICIPATED_IN").map((x) => [x.from, x.props.role]));
    expect(roles).toEqual({ "Lương Minh Triết": "CHAIRED", "Ksor Y Dinh": "CHAIRED", "Nguyễn Thị Mỹ Xuân": "CHAIRED", "Nông Thị Hạnh": "SPOKE", "Trần Văn Tiến": "SPOKE" });
  });

  it("gives the names after a cue that opens the clause after a semicolon that cue ('… chủ trì; cùng dự có đồng chí B')", () => {
    const r = run(
      "Học tập Nghị quyết 79\n\nThứ Năm, 05/03/2026\n\nSáng 5/3, Ban Thường vụ Tỉnh ủy Đồng Nai tổ chức hội nghị trực tuyến học tập Nghị quyết số 79-NQ/TW. Tại điểm cầu phường Trấn Biên, đồng chí Phạm Minh Quân, Bí thư Đảng ủy phường chủ trì; cùng dự có đồng chí Lý Thị Sáu, Phó Bí thư, Chủ tịch UBND phường và 146 cán bộ, đảng viên.",
    );
    expect(roles(r)).toEqual(["Phạm Minh Quân CHAIRED", "Lý Thị Sáu ATTENDED"]);
  });

  it("'phát biểu đề dẫn' presents the meeting's report", () => {
    const r = run(
      "Hội thảo khoa học\n\nThứ Năm, 25/8/2022 - 17:05\n\nChiều 25/8, Ban Tuyên giáo Tỉnh ủy Bình Định tổ chức Hội thảo khoa học về bảo vệ nền tảng tư tưởng của Đảng. Phát biểu đề dẫn, đồng chí Đặng Thị Thu Vân, Trưởng Ban Tuyên giáo Tỉnh ủy cho biết kết quả. Đồng chí Võ Ngọc Lân, Hiệu trưởng Trường Chính trị tỉnh đề dẫn về công tác đào tạo.",
    );
    expect(roles(r)).toEqual(["Đặng Thị Thu Vân REPORTED", "Võ Ngọc Lân REPORTED"]);
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

describe("several meetings in one article", () => {
  it("dates 'cùng ngày' from the last meeting, not from a document's date quoted in between", () => {
    const r = run(
      "Hoạt động công tác xây dựng Đảng trong tuần\n\nThứ Bảy, 15/6/2024 - 08:00\n\nChiều 14/6, Thành ủy Đà Nẵng tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương Đảng khóa XI.\n\nSáng cùng ngày, Ban Thường vụ Thành ủy Đà Nẵng tổ chức lễ trao Huy hiệu 60 năm tuổi Đảng cho các đảng viên lão thành.",
    );
    expect(events(r).map((e) => `${String(e.type)} ${String(e.date)}`).sort()).toEqual(["CEREMONY 2024-06-14", "CONFERENCE 2024-06-14"]);
  });

  it("gives a back-reference to the latest meeting of its kind ('Trước đó, ngày 20/12, … Ông X chủ trì hội nghị')", () => {
    const r = run(
      "Hoạt động công tác xây dựng Đảng trong tuần\n\nNgày đăng: 28/12/2012\n\nNgày 26/12, Ban Thường vụ Tỉnh ủy Thái Nguyên tổ chức hội nghị kiểm điểm theo Nghị quyết Trung ương 4 (khóa XI). Đồng chí Nông Thị Hằng, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nTrước đó, ngày 20/12, Ban Thường vụ Thị ủy Sông Công đã tổ chức hội nghị kiểm điểm theo Nghị quyết Trung ương 4 (khóa XI). Đồng chí Hoàng Văn Lâm, Bí thư Thị ủy Sông Công chủ trì hội nghị.",
    );
    const dateOf = new Map(r.entities.filter((e) => e.type === "Event").map((e) => [e.id, String(e.properties.date)]));
    const personOf = new Map(r.entities.map((e) => [e.id, e.name]));
    const chairs = r.relations
      .filter((x) => x.type === "PARTICIPATED_IN")
      .map((x) => `${personOf.get(x.from) ?? "?"} ${String(x.properties.role)} ${dateOf.get(x.to) ?? "?"}`);
    expect(chairs.sort()).toEqual(["Hoàng Văn Lâm CHAIRED 2012-12-20", "Nông Thị Hằng CHAIRED 2012-12-26"]);
    expect(rels(r, "HOLDS_POSITION").map((p) => `${p.from} @ ${p.to}`)).toContain("Hoàng Văn Lâm @ Thị ủy Sông Công");
  });

  it("reads a dated 'tổ chức quán triệt' as a conference of its own", () => {
    const r = run(
      "Hoạt động công tác xây dựng Đảng trong tuần\n\nThứ Ba, 22/07/2014, 10:20\n\nNgày 21/7, Ban Thường vụ Tỉnh ủy Khánh Hòa tổ chức hội nghị học tập, quán triệt Nghị quyết số 33-NQ/TW.\n\nTrước đó, ngày 18/7, Ban Thường vụ Thành ủy Cam Ranh đã tổ chức quán triệt Nghị quyết 33 cho 250 cán bộ chủ chốt thành phố.",
    );
    expect(events(r).map((e) => String(e.date)).sort()).toEqual(["2014-07-18", "2014-07-21"]);
    expect(rels(r, "ORGANIZED").map((o) => o.from).sort()).toEqual(["Ban Thường vụ Thành ủy Cam Ranh", "Ban Thường vụ Tỉnh ủy Khánh Hòa"]);
  });
});

describe("participation roles", () => {
  it("gives two coordinated officials the role of their shared verb (… và đồng chí Y … đồng chủ trì)", () => {
    const r = run(
      "Sáng 25/11, Tỉnh ủy Long An tổ chức hội nghị sơ kết. Đồng chí Lê Hoàng Minh, Bí thư Tỉnh ủy Long An và đồng chí Nguyễn Thanh Phong, Phó Bí thư Thường trực Tỉnh ủy đồng chủ trì hội nghị.",
    );
    expect(roles(r).sort()).toEqual(["Lê Hoàng Minh CHAIRED", "Nguyễn Thanh Phong CHAIRED"]);
  });

  it("does not read a role out of the complement of the verb ('trình bày tham luận về … làm theo lời Bác')", () => {
    const r = run(
      'Sáng 23/5, Tỉnh ủy Hà Tĩnh tổ chức hội nghị. Tại điểm cầu huyện Hương Khê, ông Lê Minh Tuấn, Bí thư Huyện ủy Hương Khê trình bày tham luận về xây dựng "Làng làm theo lời Bác".',
    );
    expect(roles(r)).toEqual(["Lê Minh Tuấn SPOKE"]);
  });

  it("reads the host who 'đã tiếp và làm việc với đoàn' as attending", () => {
    const r = run("Chiều 11/8, đồng chí Hồ Sĩ Thanh, Bí thư Tỉnh ủy Quảng Trị đã tiếp và làm việc với đoàn công tác của Ban Tuyên giáo Trung ương do đồng chí Lê Đức Kiên dẫn đầu.");
    expect(roles(r).sort()).toEqual(["Hồ Sĩ Thanh ATTENDED", "Lê Đức Kiên LED_DELEGATION"]);
  });
});

describe("implementations", () => {
  it("credits the body an official heads when he reports its results on a document", () => {
    // the visited Standing Committee implements what its secretary reports on (visited-body rule)
    const r = run(
      "Hà Tĩnh: tin công tác\n\n25/05/2019 10:00\n\nChiều 24/5, đoàn công tác của Tỉnh ủy Hà Tĩnh làm việc với Ban Thường vụ Huyện ủy Đức Thọ. Đồng chí Võ Văn Sơn, Bí thư Huyện ủy Đức Thọ báo cáo với đoàn kết quả thực hiện Nghị quyết Trung ương 4 (khóa XII) trên địa bàn huyện.",
    );
    expect(rels(r, "IMPLEMENTS").map((x) => x.from).sort()).toEqual(["Ban Thường vụ Huyện ủy Đức Thọ", "Huyện ủy Đức Thọ"]);
    const r2 = run("Sáng 22/9, Thường trực Tỉnh ủy Hưng Yên làm việc với Đảng ủy phường Phố Hiến. Bí thư Đảng ủy phường Phố Hiến Lê Thị Ngọc báo cáo công tác chuẩn bị tổ chức học tập Nghị quyết số 71-NQ/TW cho đảng viên.");
    expect(rels(r2, "IMPLEMENTS").map((x) => x.from)).toEqual(["Đảng ủy phường Phố Hiến"]);
  });

  it("credits the Standing Committee a delegation works with (not its committee) on the documents of the working session", () => {
    const r = run(
      "Đoàn công tác Ban Tuyên giáo Trung ương làm việc tại Lào Cai\n\nNgày 14/9, Đoàn công tác của Ban Tuyên giáo Trung ương do đồng chí Phạm Văn Thịnh, Phó Trưởng Ban Tuyên giáo Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Lào Cai. Tại buổi làm việc, đoàn nghe báo cáo kết quả 1 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.",
    );
    expect(rels(r, "IMPLEMENTS").map((x) => `${x.from} → ${x.to}`)).toEqual(["Ban Thường vụ Tỉnh ủy Lào Cai → Chỉ thị số 05-CT/TW"]);
    expect(rels(r, "ORGANIZED")).toEqual([]);
  });
});

describe("article metadata, more shapes", () => {
  it("reads 'Cập nhật lúc: 14:35 - 15/09/2017'", () => {
    expect(run("Cập nhật lúc: 14:35 - 15/09/2017\n\nNgày 14/9, Tỉnh ủy Lào Cai tổ chức hội nghị.").article.publishedAt).toBe("2017-09-15T14:35:00");
  });

  it("reads bylines with a label, a photo credit on the same or the next line (authors and photographers are persons), and skips 'Nhóm PV'", () => {
    const authors = (text: string): string[] => names(run(text), "Person");
    const lead = "Hoạt động công tác xây dựng Đảng trong tuần\n\nSáng 14/6, Thành ủy Đà Nẵng tổ chức hội nghị tổng kết công tác xây dựng Đảng.\n\n";
    expect(authors(`${lead}Bài, ảnh: KHÁNH HÒA`)).toEqual(["Khánh Hòa"]);
    expect(authors(`${lead}Hoàng Phước - Ảnh: Thanh Trúc`)).toEqual(["Hoàng Phước", "Thanh Trúc"]);
    expect(authors(`${lead}Quang Minh\nẢnh: Thanh Tùng`)).toEqual(["Quang Minh", "Thanh Tùng"]);
    expect(authors(`${lead}Nhóm PV`)).toEqual([]);
    expect(names(run(`${lead}Bài, ảnh: KHÁNH HÒA`), "Locality")).toEqual(["Đà Nẵng"]);
  });
});

describe("events on unseen leads (passive, subject-first, round-ups)", () => {
  it("reads a subject-first meeting announced with 'sẽ' after its head, or under 'Theo kế hoạch', as planned", () => {
    const r = run(
      "Thứ Năm, 03/10/2019 - 18:40\n\nHọp báo được tổ chức chiều 3.10 tại trụ sở Thành ủy Hải Phòng. Dịp này, Ban Tuyên giáo Thành ủy cũng thông tin về Hội nghị sơ kết hai năm thực hiện Nghị quyết 18 sẽ diễn ra vào ngày 10/10 tới.",
    );
    expect(typeDates(r)).toEqual([["OTHER", "2019-10-03"]]);
    const r2 = run("Thứ Năm, 09/10/2025 | 19:45\n\nChiều 9/10, Tỉnh ủy Phú Thọ tổ chức hội nghị. Theo kế hoạch, Đại hội Đảng bộ tỉnh lần thứ I diễn ra từ ngày 20 đến 22/10 tại phường Việt Trì.");
    expect(typeDates(r2)).toEqual([["CONFERENCE", "2025-10-09"]]);
  });

  it("does not report a meeting the text recalls ('nhắc lại Hội nghị … ngày 1/7')", () => {
    const r = run(
      "Thứ Năm, 09/10/2025 | 19:45\n\nChiều 9/10, Ban Thường vụ Tỉnh ủy Phú Thọ tiếp và làm việc với Đoàn kiểm tra của Ủy ban Kiểm tra Trung ương. Dịp này, lãnh đạo tỉnh nhắc lại Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 1/7, ngay sau khi tỉnh mới đi vào hoạt động.",
    );
    expect(typeDates(r)).toEqual([["WORKING_SESSION", "2025-10-09"]]);
  });

  it("reads officials who answer questions at a press conference ('trả lời') as speakers", () => {
    const r = run(
      "Thứ Năm, 03/10/2019 - 18:40\n\nHọp báo được tổ chức chiều 3.10 tại trụ sở Thành ủy Hải Phòng. Đồng chí Vũ Quang Trung, Phó Trưởng Ban Tổ chức Thành ủy và ông Lương Đình Khoa, Phó Giám đốc Sở Nội vụ thành phố trả lời các câu hỏi của phóng viên.",
    );
    expect(roles(r).sort()).toEqual(["Lương Đình Khoa SPOKE", "Vũ Quang Trung SPOKE"]);
  });

  it("gives every official of a list opened by a colon the verb that closes it (lists of chairs)", () => {
    const r = run(
      "Thứ Hai, 03/02/2020 - 11:15\n\nSáng 3/2, Lễ kỷ niệm 90 năm Ngày thành lập Đảng đã được Tỉnh ủy Hà Nam tổ chức trọng thể. Các đồng chí: Đinh Quang Huy, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Nguyễn Thị Thu Trang, Phó Bí thư Thường trực Tỉnh ủy; Vũ Mạnh Cường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi lễ.",
    );
    expect(roles(r).sort()).toEqual(["Nguyễn Thị Thu Trang CHAIRED", "Vũ Mạnh Cường CHAIRED", "Đinh Quang Huy CHAIRED"]);
  });

  it("dates 'Sáng hôm sau' the day after the meeting before it", () => {
    const r = run(
      "Ngày đăng: 18/04/2014\n\nNgày 11 tháng 4, Đoàn công tác của Ban Tổ chức Trung ương đã đến thăm và làm việc với Ban Thường vụ Huyện ủy Thọ Xuân về kết quả hai năm thực hiện Nghị quyết Trung ương 4 (khóa XI). Sáng hôm sau, đoàn làm việc với Đảng ủy xã Xuân Phú về việc thực hiện Chỉ thị 03.",
    );
    expect(typeDates(r)).toEqual([
      ["WORKING_SESSION", "2014-04-11"],
      ["WORKING_SESSION", "2014-04-12"],
    ]);
    const r2 = run("Thứ Hai, 01/02/2021\n\nChiều 31/1, Tỉnh ủy Cà Mau tổ chức hội nghị. Ngày hôm sau, Ban Thường vụ Huyện ủy Năm Căn làm việc với Đảng ủy xã Tam Giang.");
    expect(typeDates(r2)).toEqual([
      ["CONFERENCE", "2021-01-31"],
      ["WORKING_SESSION", "2021-02-01"],
    ]);
  });

  it("reads an undated head opening the sentence after a reported meeting as that meeting ('Hội nghị do … tổ chức')", () => {
    const r = run(
      "Tiếp xúc cử tri sau kỳ họp thứ 5, Quốc hội khóa XIII\nNgày đăng: 11/07/2013 | Lượt xem: 386\n\nVào ngày 10/7/2013, Tổ đại biểu Quốc hội đơn vị bầu cử số 2 tỉnh Vĩnh Phúc đã tiếp xúc cử tri xã Hoàng Đan, huyện Tam Dương. Hội nghị do Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Dương phối hợp tổ chức; ông Đỗ Văn Lực, Chủ tịch Ủy ban MTTQ huyện chủ trì.",
    );
    expect(typeDates(r)).toEqual([["OTHER", "2013-07-10"]]);
    expect(rels(r, "ORGANIZED").map((o) => o.from)).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Dương"]);
    expect(roles(r)).toEqual(["Đỗ Văn Lực CHAIRED"]);
  });

  it("does not report a meeting whose results are being told ('thông báo kết quả kỳ họp')", () => {
    const r = run(
      "Tiếp xúc cử tri sau kỳ họp thứ 5\nNgày đăng: 11/07/2013\n\nVào ngày 10/7/2013, Tổ đại biểu Quốc hội đã tiếp xúc cử tri xã Hoàng Đan, huyện Tam Dương để thông báo kết quả kỳ họp thứ 5, Quốc hội khóa XIII. Bà Nguyễn Thị Hồng Vân, Trưởng Ban Dân vận Tỉnh ủy thông báo với cử tri kết quả kỳ họp, trong đó Quốc hội đã tiến hành lấy phiếu tín nhiệm.",
    );
    expect(typeDates(r)).toEqual([["OTHER", "2013-07-10"]]);
  });

  it("opens a meeting from a dated sentence whose official chairs or attends a kind of meeting not reported before", () => {
    const r = run(
      "Lai Châu: quán triệt Nghị quyết 71\nThứ Ba, 16/09/2025 12:05 GMT+7\n\nSáng 16/9, Tỉnh ủy Lai Châu tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW của Bộ Chính trị. Chiều cùng ngày, đồng chí Tống Thị Mai, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Giáo dục và Đào tạo về triển khai Nghị quyết 71.",
    );
    expect(typeDates(r)).toEqual([
      ["CONFERENCE", "2025-09-16"],
      ["WORKING_SESSION", "2025-09-16"],
    ]);
    const chair = rels(r, "PARTICIPATED_IN").find((p) => p.from === "Tống Thị Mai");
    expect(r.entities.find((e) => e.name === chair?.to || e.id === chair?.to)?.properties.eventType).toBe("WORKING_SESSION");
    // the kind already reported: the same meeting, not a new one
    const r2 = run("Thứ Hai, 05/06/2023 20:10\n\nSáng 5/6, Đảng ủy phường Đông Ngàn tổ chức sinh hoạt chuyên đề. Tối 5/6, đồng chí Đào Văn Thắng, Bí thư Tỉnh ủy dự sinh hoạt chuyên đề tại một chi bộ khu phố.");
    expect(typeDates(r2)).toEqual([["THEMATIC_MEETING", "2023-06-05"]]);
  });

  it("reads an incense offering and an art programme as events, and 'Tối cùng ngày 3/2' by its spelled-out day", () => {
    const r = run(
      "Trọng thể kỷ niệm 90 năm Ngày thành lập Đảng\nThứ Hai, 03/02/2020 - 11:15\n\nSáng 3/2, Tỉnh ủy Hà Nam tổ chức Lễ kỷ niệm 90 năm Ngày thành lập Đảng. Trước đó, chiều 2/2, đoàn đại biểu lãnh đạo tỉnh do đồng chí Đinh Quang Huy dẫn đầu đã dâng hương tưởng niệm tại Khu lưu niệm, xã Liêm Tuyền, thành phố Phủ Lý. Tối cùng ngày 3/2, chương trình nghệ thuật \"Mùa xuân dâng Đảng\" diễn ra tại Quảng trường Trung tâm thành phố Phủ Lý.",
    );
    expect(typeDates(r)).toEqual([
      ["CEREMONY", "2020-02-03"],
      ["CEREMONY", "2020-02-02"],
      ["OTHER", "2020-02-03"],
    ]);
  });

  it("skips a site's name, menu and breadcrumb lines when it looks for the headline", () => {
    const body = "\n\nSáng 3/2, Tỉnh ủy Hà Nam tổ chức Lễ kỷ niệm 90 năm Ngày thành lập Đảng.";
    const title = (head: string): string | null => run(`${head}${body}`).article.title;
    expect(title("BÁO HÀ NAM ĐIỆN TỬ\nChính trị | Kinh tế | Xã hội | Văn hóa\nThứ Hai, 03/02/2020 - 11:15\n\nTrọng thể kỷ niệm 90 năm Ngày thành lập Đảng")).toBe("Trọng thể kỷ niệm 90 năm Ngày thành lập Đảng");
    expect(title("LÂM ĐỒNG TV - Báo và Phát thanh, Truyền hình Lâm Đồng\nTin tức | Thời sự | Chính trị\n09/01/2026 16:20\nNgày 9/1: Công bố quyết định chỉ định Bí thư Đảng ủy đặc khu Phú Quý")).toBe("Ngày 9/1: Công bố quyết định chỉ định Bí thư Đảng ủy đặc khu Phú Quý");
    expect(title("Báo Quảng Ninh điện tử\nChính trị > Xây dựng Đảng\n\nKhai mạc Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XIV")).toBe("Khai mạc Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XIV");
    // a headline in capitals without a site's word is still the headline
    expect(title("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HÀ NAM LẦN THỨ 7")).toBe("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HÀ NAM LẦN THỨ 7");
  });

  it("gives the people named after the body's report of a meeting the headline also announces to that meeting", () => {
    const r = run(
      "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÀM THUẬN BẮC\nTrang chủ | Giới thiệu chung | Tin tức - Sự kiện\nCập nhật ngày 20/08/2011\n\nHàm Thuận Bắc: Mít tinh kỷ niệm Cách mạng Tháng Tám và sinh hoạt chuyên đề theo Chỉ thị 03\n\nLễ mít tinh kỷ niệm 66 năm Cách mạng Tháng Tám đã diễn ra trang trọng vào sáng 19-8 tại thị trấn Ma Lâm. Dự lễ có đồng chí Phan Văn Lợi, Bí thư Huyện ủy.\n\nChiều cùng ngày, buổi sinh hoạt chuyên đề của Đảng ủy xã Hàm Phú theo Chỉ thị 03 đã được tổ chức tại hội trường xã. Đồng chí Lê Văn Tư, Bí thư Đảng ủy xã chủ trì.",
    );
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    const roles = r.relations.filter((x) => x.type === "PARTICIPATED_IN").map((x) => `${byId.get(x.from)?.name} ${String(x.properties.role)} ${String(byId.get(x.to)?.properties.eventType)}`);
    expect(roles.sort()).toEqual(["Lê Văn Tư CHAIRED THEMATIC_MEETING", "Phan Văn Lợi ATTENDED CEREMONY"]);
  });

  it("dates an undated lead meeting by a day the headline spells out ('Ngày 9/1: Công bố quyết định …')", () => {
    const head = "LÂM ĐỒNG TV - Báo và Phát thanh, Truyền hình Lâm Đồng\nTin tức | Thời sự | Chính trị\n09/01/2026 16:20\n";
    const lead = "\nBan Thường vụ Tỉnh ủy Lâm Đồng đã tổ chức hội nghị công bố quyết định về công tác cán bộ tại Đảng ủy đặc khu Phú Quý.";
    expect(typeDates(run(`${head}Ngày 9/1: Công bố quyết định chỉ định Bí thư Đảng ủy đặc khu Phú Quý${lead}`))).toEqual([["CONFERENCE", "2026-01-09"]]);
    // without a day in the headline, the page's date alone does not date it
    expect(typeDates(run(`${head}Công bố quyết định chỉ định Bí thư Đảng ủy đặc khu Phú Quý${lead}`))).toEqual([]);
  });

  it("reads an inspection tour announced over a span ('từ ngày 3 đến 5/10, … tổ chức kiểm tra … tại A, B và C') as held by its organizer on each day, about its documents", () => {
    const r = run(
      "Ban Thường vụ Huyện ủy kiểm tra tại 3 đảng bộ cơ sở\nNgày đăng: 08/10/2018 | Lượt xem: 312\n\nTừ ngày 3 đến 5/10, Ban Thường vụ Huyện ủy Lạc Sơn tổ chức kiểm tra việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Quy định số 55-QĐ/TW của Bộ Chính trị tại Đảng ủy xã Ân Nghĩa, Đảng ủy thị trấn Vụ Bản và Đảng ủy xã Yên Nghiệp. Đoàn kiểm tra do đồng chí Bùi Văn Khánh, Phó Bí thư Thường trực Huyện ủy làm trưởng đoàn. Ngày 3/10, đoàn kiểm tra tại Đảng ủy xã Ân Nghĩa. Ngày 4/10, đoàn kiểm tra tại Đảng ủy thị trấn Vụ Bản. Sáng 5/10, đoàn kiểm tra tại Đảng ủy xã Yên Nghiệp.",
    );
    expect(typeDates(r)).toEqual([
      ["INSPECTION", "2018-10-03"],
      ["INSPECTION", "2018-10-04"],
      ["INSPECTION", "2018-10-05"],
    ]);
    expect(rels(r, "ORGANIZED").map((o) => o.from)).toEqual(["Ban Thường vụ Huyện ủy Lạc Sơn", "Ban Thường vụ Huyện ủy Lạc Sơn", "Ban Thường vụ Huyện ủy Lạc Sơn"]);
    expect(rels(r, "CONCERNS")).toHaveLength(6);
    expect(roles(r)).toEqual(["Bùi Văn Khánh LED_DELEGATION", "Bùi Văn Khánh LED_DELEGATION", "Bùi Văn Khánh LED_DELEGATION"]);
    const implementers = new Set(rels(r, "IMPLEMENTS").map((x) => x.from));
    expect([...implementers].sort()).toEqual(["Ban Thường vụ Huyện ủy Lạc Sơn", "Đảng ủy thị trấn Vụ Bản", "Đảng ủy xã Yên Nghiệp", "Đảng ủy xã Ân Nghĩa"]);
  });

  it("reads 'Thành ủy viên' as a title of the chain, so the verb after the chain is the official's", () => {
    const r = run(
      "Quận ủy Long Biên sơ kết Kết luận 21\nThứ Năm, 17/10/2024\n\nChiều 16/10, Ban Thường vụ Quận ủy Long Biên tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 21-KL/TW. Đồng chí Trịnh Văn Hiếu, Thành ủy viên, Bí thư Quận ủy Long Biên chủ trì hội nghị.",
    );
    expect(roles(r)).toEqual(["Trịnh Văn Hiếu CHAIRED"]);
    // … and a position of its own: a member of the city's committee
    expect(positions(r)).toEqual(["Trịnh Văn Hiếu | Ủy viên | Thành ủy Hà Nội", "Trịnh Văn Hiếu | Bí thư | Quận ủy Long Biên"]);
  });

  it("reads the officials listed after 'Chủ tọa … gồm các đồng chí:' as chairs", () => {
    const r = run(
      "Bế mạc Kỳ họp thứ nhất HĐND thành phố Cần Thơ khóa X\nThứ Sáu, 25/06/2021 17:30\n\nChiều 25/6, Kỳ họp thứ nhất Hội đồng nhân dân thành phố Cần Thơ khóa X bế mạc. Chủ tọa phiên bế mạc gồm các đồng chí: Phạm Văn Hiển, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố; Đào Chí Nghĩa và Nguyễn Thanh Xuân, Phó Chủ tịch HĐND thành phố.",
    );
    expect(roles(r).sort()).toEqual(["Nguyễn Thanh Xuân CHAIRED", "Phạm Văn Hiển CHAIRED", "Đào Chí Nghĩa CHAIRED"]);
  });

  it("reads the one who reads the commemorative address ('đọc diễn văn') as a speaker", () => {
    const r = run(
      "Hàm Thuận Bắc kỷ niệm Cách mạng Tháng Tám\nCập nhật ngày 20/08/2011\n\nLễ mít tinh kỷ niệm 66 năm Cách mạng Tháng Tám đã diễn ra trang trọng vào sáng 19-8 tại thị trấn Ma Lâm. Đồng chí Đặng Minh Sang, Phó Bí thư Thường trực Huyện ủy đọc diễn văn ôn lại truyền thống hào hùng của Cách mạng Tháng Tám.",
    );
    expect(roles(r)).toEqual(["Đặng Minh Sang SPOKE"]);
  });

  it("reads a veteran member a badge is handed to ('cho đảng viên lão thành X') as a recipient", () => {
    const r = run(
      "Trọng thể kỷ niệm 90 năm Ngày thành lập Đảng\nThứ Hai, 03/02/2020 - 11:15\n\nSáng 3/2, Tỉnh ủy Hà Nam tổ chức Lễ kỷ niệm 90 năm Ngày thành lập Đảng. Dịp này, đồng chí Đinh Quang Huy, Bí thư Tỉnh ủy trao Huy hiệu 70 năm tuổi Đảng cho đảng viên lão thành Lại Văn Thiêm, Chi bộ tổ dân phố số 3.",
    );
    expect(roles(r).sort()).toEqual(["Lại Văn Thiêm ATTENDED", "Đinh Quang Huy AWARDED"]);
  });

  it("reads an official referred to later by title only ('đồng chí Bí thư Tỉnh ủy đề nghị') as the one named before with it", () => {
    const r = run(
      "Tin hoạt động xây dựng Đảng trong ngày\n05/06/2023 20:10\n\nTối 5/6, Đảng ủy phường Đông Ngàn tổ chức sinh hoạt chuyên đề. Đồng chí Đào Văn Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bắc Ninh dự. Phát biểu tại buổi sinh hoạt, đồng chí Bí thư Tỉnh ủy đề nghị chi bộ phát huy vai trò của đảng viên.",
    );
    expect(roles(r)).toEqual(["Đào Văn Thắng SPOKE"]);
    expect(names(r, "Person")).toEqual(["Đào Văn Thắng"]);
    // two officials share the title: no guess
    const r2 = run(
      "Tin hoạt động xây dựng Đảng trong ngày\n05/06/2023 20:10\n\nTối 5/6, Đảng ủy phường Đông Ngàn tổ chức sinh hoạt chuyên đề. Dự có đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy và đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy. Phát biểu tại buổi sinh hoạt, đồng chí Phó Bí thư Tỉnh ủy đề nghị chi bộ phát huy vai trò của đảng viên.",
    );
    expect(roles(r2).sort()).toEqual(["Nguyễn Văn An ATTENDED", "Trần Văn Bình ATTENDED"]);
  });

  it("keeps the headline's meeting when the body's first one is 'Chiều cùng ngày': it is that day's earlier meeting", () => {
    const r = run(
      "Báo Nhân Dân điện tử\nChính trị | Kinh tế | Văn hóa | Xã hội\nĐoàn công tác của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Ninh Thuận\nThứ Tư, 12-04-2023, 19:05\n\nNDO - Ngày 12/4, tại thành phố Phan Rang - Tháp Chàm, đồng chí Lê Hoàng Phúc, Ủy viên Bộ Chính trị, Trưởng đoàn công tác đã nghe lãnh đạo tỉnh báo cáo kết quả thực hiện Nghị quyết số 19-NQ/TW. Chiều cùng ngày, đồng chí Lê Hoàng Phúc và đoàn công tác đã thăm và làm việc tại Hợp tác xã nông nghiệp Nhơn Sơn, xã Nhơn Sơn, huyện Ninh Sơn.",
    );
    expect(typeDates(r)).toEqual([
      ["WORKING_SESSION", "2023-04-12"],
      ["WORKING_SESSION", "2023-04-12"],
    ]);
    // a body whose first meeting carries its own day: the headline announces that one
    const r2 = run(
      "Báo Nhân Dân điện tử\nChính trị | Kinh tế | Văn hóa | Xã hội\nĐoàn công tác của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Ninh Thuận\nThứ Tư, 12-04-2023, 19:05\n\nNDO - Ngày 12/4, đoàn công tác của Bộ Chính trị đã làm việc với Ban Thường vụ Tỉnh ủy Ninh Thuận.",
    );
    expect(typeDates(r2)).toEqual([["WORKING_SESSION", "2023-04-12"]]);
  });

  it("reads the same kind of meeting 'cùng ngày' at another place named after its head as another meeting", () => {
    const r = run(
      "Tiếp xúc cử tri sau kỳ họp thứ 5\nNgày đăng: 11/07/2013\n\nVào ngày 10/7/2013, Tổ đại biểu Quốc hội đã tiếp xúc cử tri xã Hoàng Đan, huyện Tam Dương. Chiều cùng ngày, Tổ đại biểu tiếp tục tiếp xúc cử tri thị trấn Hợp Hòa. Tại đây, ông Trịnh Minh Sơn trả lời ý kiến về dự thảo sửa đổi Hiến pháp năm 1992.",
    );
    expect(typeDates(r)).toEqual([
      ["OTHER", "2013-07-10"],
      ["OTHER", "2013-07-10"],
    ]);
    // the place of the same meeting named again is the same meeting
    const r2 = run(
      "Tiếp xúc cử tri sau kỳ họp thứ 5\nNgày đăng: 11/07/2013\n\nVào ngày 10/7/2013, Tổ đại biểu Quốc hội đã tiếp xúc cử tri xã Hoàng Đan, huyện Tam Dương. Chiều cùng ngày, buổi tiếp xúc cử tri xã Hoàng Đan tiếp tục với phần giải đáp.",
    );
    expect(typeDates(r2)).toEqual([["OTHER", "2013-07-10"]]);
  });

  it("reads the official who announces results or a decision ('thông báo', 'công bố') as reporting", () => {
    const r = run(
      "Công bố quyết định chỉ định Bí thư Đảng ủy đặc khu Phú Quý\n09/01/2026 16:20\n\nNgày 9/1, Ban Thường vụ Tỉnh ủy Lâm Đồng đã tổ chức hội nghị công bố quyết định về công tác cán bộ. Đồng chí Phạm Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy công bố quyết định của Ban Thường vụ Tỉnh ủy.",
    );
    expect(roles(r)).toEqual(["Phạm Thị Thu Hà REPORTED"]);
    const r2 = run(
      "Tiếp xúc cử tri sau kỳ họp thứ 5\nNgày đăng: 11/07/2013\n\nVào ngày 10/7/2013, Tổ đại biểu Quốc hội đã tiếp xúc cử tri xã Hoàng Đan. Bà Nguyễn Thị Hồng Vân, Trưởng Ban Dân vận Tỉnh ủy thay mặt Tổ đại biểu thông báo với cử tri kết quả kỳ họp.",
    );
    expect(roles(r2)).toEqual(["Nguyễn Thị Hồng Vân REPORTED"]);
  });

  it("does not take the documents quoted in a speech ('Phát biểu tại buổi lễ, đồng chí X mong … theo Điều lệ Đảng') as what the meeting is about", () => {
    const r = run(
      "Trao Huy hiệu Đảng cho 204 đảng viên\n03/02/2014 - 11:20\n\nTRT - Sáng nay (3/2), Thành ủy Huế tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho 128 đảng viên. Phát biểu tại buổi lễ, đồng chí Lê Quang Minh chúc mừng các đảng viên và mong các đồng chí tiếp tục giữ gìn phẩm chất, tư cách đảng viên theo Điều lệ Đảng, gương mẫu học tập và làm theo tấm gương đạo đức Hồ Chí Minh theo Chỉ thị số 03-CT/TW của Bộ Chính trị.",
    );
    expect(rels(r, "CONCERNS")).toEqual([]);
    expect(rels(r, "IMPLEMENTS")).toEqual([]);
  });

  it("reads academic titles before a name ('PGS.TS Phạm Thị Ngọc Diệp') as honorifics, and a co-chair after one shares the verb", () => {
    const r = run(
      "Hội thảo khoa học về văn hóa Huế\n10/03/2026 21:30\n\nSáng nay (10/3), Thành ủy Huế tổ chức Hội thảo khoa học. Đồng chí Tôn Thất Bảo, Ủy viên Trung ương Đảng, Bí thư Thành ủy Huế và PGS.TS Phạm Thị Ngọc Diệp, Giám đốc Đại học Huế đồng chủ trì hội thảo.",
    );
    expect(names(r, "Person")).toContain("Phạm Thị Ngọc Diệp");
    expect(roles(r).sort()).toEqual(["Phạm Thị Ngọc Diệp CHAIRED", "Tôn Thất Bảo CHAIRED"]);
  });

  it("gives a report after a later working session to that session, though it names a congress ('phục vụ đại hội')", () => {
    const r = run(
      "Tỉnh ủy An Giang quán triệt Quy định 205\n08/10/2019 - 19:32\n\nSáng ngày 8/10, Tỉnh ủy An Giang tổ chức hội nghị quán triệt Quy định số 205-QĐ/TW. Đồng chí Lê Hoàng Phúc, Bí thư Tỉnh ủy chủ trì hội nghị. Chiều cùng ngày, Thường trực Tỉnh ủy đã làm việc với Ban Thường vụ Thành ủy Long Xuyên về công tác chuẩn bị đại hội. Đồng chí Châu Văn Lợi, Bí thư Thành ủy Long Xuyên báo cáo: Thành ủy đã thành lập 5 tiểu ban phục vụ đại hội.",
    );
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    const roles = r.relations.filter((x) => x.type === "PARTICIPATED_IN").map((x) => `${byId.get(x.from)?.name} ${String(x.properties.role)} ${String(byId.get(x.to)?.properties.eventType)}`);
    expect(roles.sort()).toEqual(["Châu Văn Lợi REPORTED WORKING_SESSION", "Lê Hoàng Phúc CHAIRED CONFERENCE"]);
  });

  it("reads a tally of meetings ('phường đã tổ chức 2 hội nghị đối thoại') as no meeting of its own", () => {
    const r = run(
      "Đoàn kiểm tra làm việc tại phường Tuy Hòa\nNgày đăng: 17/10/2025 | Lượt xem: 356\n\nNgày 14/10, Đoàn kiểm tra số 5 của Ban Thường vụ Tỉnh ủy Đắk Lắk đã kiểm tra Ban Thường vụ Đảng ủy phường Tuy Hòa. Đối với Nghị quyết 68, phường đã tổ chức 2 hội nghị đối thoại với hộ kinh doanh. Đồng chí Nguyễn Hoài Thu, Chủ tịch UBND phường báo cáo bổ sung về cải cách hành chính. Sáng 16/10, Đảng ủy phường Tuy Hòa tổ chức hội nghị học tập, quán triệt Nghị quyết số 71-NQ/TW.",
    );
    expect(typeDates(r)).toEqual([
      ["INSPECTION", "2025-10-14"],
      ["CONFERENCE", "2025-10-16"],
    ]);
    // the report after the tally is the inspection's
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    const roles = r.relations.filter((x) => x.type === "PARTICIPATED_IN").map((x) => `${byId.get(x.from)?.name} ${String(x.properties.role)} ${String(byId.get(x.to)?.properties.eventType)}`);
    expect(roles).toEqual(["Nguyễn Hoài Thu REPORTED INSPECTION"]);
  });

  it("gives every name of a list after 'với sự tham dự của (các đồng chí:)' the cue written before it", () => {
    const r = run(
      "Hội nghị sơ kết\n10/03/2026 21:30\n\nSáng 10/3, Thành ủy Huế tổ chức hội nghị sơ kết, với sự tham dự của các đồng chí: Nguyễn Văn An, Phó Bí thư Thành ủy; Trần Văn Bình, Chủ tịch UBND thành phố. Hội nghị có sự tham dự của đồng chí Lê Văn Cường, Phó Chủ tịch UBND thành phố và đồng chí Phạm Văn Dũng, Chủ tịch Ủy ban MTTQ thành phố.",
    );
    expect(roles(r).sort()).toEqual([
      "Lê Văn Cường ATTENDED",
      "Nguyễn Văn An ATTENDED",
      "Phạm Văn Dũng ATTENDED",
      "Trần Văn Bình ATTENDED",
    ]);
  });

  it("gives several speakers listed in one sentence the verb that closes the list ('A, …; B, … và C, … phát biểu tham luận')", () => {
    const r = run(
      "Hội nghị sơ kết\n10/03/2026 21:30\n\nSáng 10/3, Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết. Tại hội nghị, đồng chí Nguyễn Văn An, Bí thư Huyện ủy Thọ Xuân; đồng chí Trần Văn Bình, Bí thư Huyện ủy Yên Định và đồng chí Lê Văn Cường, Giám đốc Sở Nội vụ đã phát biểu tham luận.",
    );
    expect(roles(r).sort()).toEqual(["Lê Văn Cường SPOKE", "Nguyễn Văn An SPOKE", "Trần Văn Bình SPOKE"]);
  });

  it("dates 'chiều qua', 'sáng qua' the day before the page's, the day spelled out winning", () => {
    expect(typeDates(run("Trao Huy hiệu Đảng\n03/02/2014 - 11:20\n\nChiều qua, Thành ủy Huế tổ chức lễ trao Huy hiệu Đảng cho 128 đảng viên."))).toEqual([["CEREMONY", "2014-02-02"]]);
    expect(typeDates(run("Trao Huy hiệu Đảng\n03/02/2014 - 11:20\n\nSáng qua (1/2), Thành ủy Huế tổ chức lễ trao Huy hiệu Đảng cho 128 đảng viên."))).toEqual([["CEREMONY", "2014-02-01"]]);
  });

  it("reads a caption with its own day and a verbal head ('… trao Huy hiệu … chiều qua (2/2). Ảnh: X') as a meeting; an undated one is not", () => {
    const lead = "Trao Huy hiệu Đảng cho 204 đảng viên\n03/02/2014 - 11:20\n\nSáng nay (3/2), Thành ủy Huế tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho 128 đảng viên.\n\n";
    const r = run(`${lead}Đồng chí Hoàng Nguyên Khải, Phó Bí thư Thường trực Tỉnh ủy trao Huy hiệu 70 năm tuổi Đảng cho một đảng viên lão thành tại nhà riêng ở phường Phú Hội chiều qua (2/2). Ảnh: Minh Tâm`);
    expect(typeDates(r)).toEqual([
      ["CEREMONY", "2014-02-03"],
      ["CEREMONY", "2014-02-02"],
    ]);
    expect(typeDates(run(`${lead}Đồng chí Hoàng Nguyên Khải trao Huy hiệu 70 năm tuổi Đảng cho một đảng viên lão thành. Ảnh: Minh Tâm`))).toEqual([["CEREMONY", "2014-02-03"]]);
  });

  it("reads an official who adds to a report ('bổ sung các giải pháp') as a speaker", () => {
    const r = run(
      "Thọ Xuân: chuyển biến sau hai năm\nNgày đăng: 18/04/2014\n\nNgày 11 tháng 4, Đoàn công tác của Ban Tổ chức Trung ương đã làm việc với Ban Thường vụ Huyện ủy Thọ Xuân. Ông Phạm Văn Nam, Chủ tịch UBND huyện bổ sung các giải pháp về cải cách hành chính.",
    );
    expect(roles(r)).toEqual(["Phạm Văn Nam SPOKE"]);
  });
});

describe("the d73–d84 batch: datelines, chrome and field visits", () => {
  it("reads a dateline led by the site's short name", () => {
    const r = run("VOV.VN\n\nQuảng Trị kiểm tra thực hiện Nghị quyết 57\n\nVOV.VN - Thứ Năm, 16/04/2026 | 06:10\n\nNgày 14/4, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Quảng Trị đã kiểm tra tại Đảng ủy phường Đồng Hới.");
    expect(r.article.publishedAt).toBe("2026-04-16T06:10:00");
    expect(typeDates(r)).toEqual([["INSPECTION", "2026-04-14"]]);
  });

  it("dates a meeting by the day written after a weekday ('Sáng thứ Sáu (15/9)', 'chiều Chủ nhật, 3.10')", () => {
    const r = run("15/09/2017 | 14:22\n\nSáng thứ Sáu (15/9), Tỉnh ủy Kiên Giang tổ chức hội nghị trực tuyến quán triệt Nghị quyết số 11-NQ/TW.");
    expect(typeDates(r)).toEqual([["CONFERENCE", "2017-09-15"]]);
    const sunday = run("05/10/2014\n\nChiều Chủ nhật, 3.10, Huyện ủy Ba Bể tổ chức hội nghị sơ kết.");
    expect(typeDates(sunday)).toEqual([["CONFERENCE", "2014-10-03"]]);
  });

  it("does not date a meeting by the anniversary day that closes a span of years", () => {
    const r = run(
      "Ngày 1/2, Thành ủy Mỹ Tho trao Huy hiệu Đảng cho 87 đảng viên\n\n01/02/2024 16:12\n\nNhân dịp kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024), Thành ủy Mỹ Tho tổ chức lễ trao Huy hiệu Đảng cho 87 đảng viên.",
    );
    expect(typeDates(r)).toEqual([["CEREMONY", "2024-02-01"]]);
  });

  it("takes the year of a page without a date from the latest full date its text writes out", () => {
    const r = run(
      "Học tập, quán triệt Nghị quyết 79 của Bộ Chính trị\n\nSáng 5/3, Ban Thường vụ Tỉnh ủy Đồng Nai tổ chức hội nghị trực tuyến học tập, quán triệt Nghị quyết số 79-NQ/TW ngày 6/1/2026 của Bộ Chính trị về phát triển kinh tế nhà nước. Các đảng ủy hoàn thành việc học tập trước ngày 31/3.",
    );
    expect(r.article.publishedAt).toBeNull();
    expect(typeDates(r)).toEqual([["CONFERENCE", "2026-03-05"]]);
  });

  it("opens a second visit of the day from a field check ('kiểm tra thực tế tại', 'giám sát trực tiếp')", () => {
    const r = run(
      "Bắc Kạn: Kiểm tra việc thực hiện Nghị quyết Trung ương 4 tại Ba Bể\n\n10/10/2013 08:05\n\nChiều 3.10, đoàn công tác của Ban Thường vụ Tỉnh ủy Bắc Kạn do đồng chí Hà Văn Sùng làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Ba Bể về kết quả thực hiện Nghị quyết số 12-NQ/TW.\n\nTrước đó, sáng cùng ngày, đoàn do đồng chí Hà Văn Sùng dẫn đầu đã kiểm tra thực tế tại Đảng ủy xã Cao Thượng về công tác phát triển đảng viên.",
    );
    expect(typeDates(r)).toEqual([
      ["WORKING_SESSION", "2013-10-03"],
      ["INSPECTION", "2013-10-03"],
    ]);
    const s = run(
      "Giám sát việc thực hiện Chỉ thị 05 tại huyện Mường Chà\n\n10/06/2020\n\nNgày 9/6, Đoàn giám sát số 4 của Ban Thường vụ Tỉnh ủy Điện Biên đã giám sát Ban Thường vụ Huyện ủy Mường Chà về việc thực hiện Chỉ thị số 05-CT/TW.\n\nChiều cùng ngày, đoàn do bà Lò Thị Thanh dẫn đầu giám sát trực tiếp việc thực hiện Chỉ thị 05 tại Đảng ủy xã Ma Thì Hồ.",
    );
    expect(typeDates(s)).toEqual([
      ["INSPECTION", "2020-06-09"],
      ["INSPECTION", "2020-06-09"],
    ]);
    expect(roles(s)).toContain("Lò Thị Thanh LED_DELEGATION");
  });

  it("dates a visit told as before the reported meeting ('Trước buổi làm việc, đoàn đã kiểm tra thực tế tại …') by that meeting", () => {
    const r = run(
      "Bí thư Tỉnh ủy làm việc với xã Măng Đen\n\nThứ Năm, 21/08/2025 - 19:30\n\nChiều 21/8, đồng chí Phan Văn Thịnh, Bí thư Tỉnh ủy Quảng Ngãi đã có buổi làm việc với Ban Thường vụ Đảng ủy xã Măng Đen.\n\nKết luận buổi làm việc, ông Thịnh ghi nhận nỗ lực của xã.\n\nTrước buổi làm việc, đoàn đã kiểm tra thực tế tại Trung tâm Phục vụ hành chính công xã Măng Đen.",
    );
    expect(typeDates(r)).toEqual([
      ["WORKING_SESSION", "2025-08-21"],
      ["INSPECTION", "2025-08-21"],
    ]);
    // an undated visit with no meeting before it to lean on stays unreported
    expect(typeDates(run("Thứ Năm, 21/08/2025\n\nTrước đây, đoàn đã kiểm tra thực tế tại xã Măng Đen."))).toEqual([]);
  });

  it("makes a working session on a later day of an inspection tour one of its visits, with the tour's subject and make-up", () => {
    const r = run(
      "Quảng Trị kiểm tra thực hiện Nghị quyết 57\n\nThứ Năm, 16/04/2026 | 06:10\n\nTừ ngày 14 đến 15/4, Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Quảng Trị do đồng chí Hồ Xuân Lâm, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã kiểm tra việc thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị. Tham gia đoàn có bà Đinh Thị Hà, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.\n\nNgày 14/4, đoàn kiểm tra Ban Thường vụ Đảng ủy phường Đồng Hới. Báo cáo với đoàn, đồng chí Nguyễn Tiến Dũng, Bí thư Đảng ủy phường cho biết đã ban hành kế hoạch.\n\nNgày 15/4, đoàn ra đặc khu Cồn Cỏ làm việc với Đảng ủy đặc khu. Đồng chí Lê Văn Thành, Bí thư Đảng ủy đặc khu báo cáo kết quả.",
    );
    expect(typeDates(r)).toEqual([
      ["INSPECTION", "2026-04-14"],
      ["INSPECTION", "2026-04-15"],
    ]);
    const byDay = (role: string): string[] =>
      rels(r, "PARTICIPATED_IN")
        .filter((p) => p.props.role === role)
        .map((p) => `${p.from} ${String(r.entities.find((e) => e.name === p.to && e.type === "Event")?.properties.date)}`);
    expect(byDay("LED_DELEGATION")).toEqual(["Hồ Xuân Lâm 2026-04-14", "Hồ Xuân Lâm 2026-04-15"]);
    expect(byDay("ATTENDED")).toEqual(["Đinh Thị Hà 2026-04-14", "Đinh Thị Hà 2026-04-15"]);
    expect(rels(r, "CONCERNS").map((c) => c.to)).toEqual(["Nghị quyết số 57-NQ/TW", "Nghị quyết số 57-NQ/TW"]);
    expect(rels(r, "IMPLEMENTS").map((i) => `${i.from} → ${i.to}`)).toContain("Đảng ủy đặc khu Cồn Cỏ → Nghị quyết số 57-NQ/TW");
  });

  it("makes the body that opens a session its organizer ('HĐND tỉnh … khai mạc Kỳ họp'), not a body named inside a meeting that opens", () => {
    const r = run(
      "Hà Tĩnh: Khai mạc Kỳ họp thứ 32 HĐND tỉnh\n\nThứ Tư, 10/12/2025 11:48\n\nSáng nay, 10/12, HĐND tỉnh Hà Tĩnh khóa XVIII khai mạc Kỳ họp thứ 32. Chủ tịch HĐND tỉnh Trần Đình Khiêm chủ trì kỳ họp.",
    );
    expect(rels(r, "ORGANIZED").map((o) => o.from)).toEqual(["Hội đồng nhân dân tỉnh Hà Tĩnh"]);
    const congress = run("Đại hội Đảng bộ tỉnh Điện Biên\n\n09/10/2025\n\nSáng 9/10, Đại hội đại biểu Đảng bộ tỉnh Điện Biên nhiệm kỳ 2025 - 2030 long trọng khai mạc với sự tham dự của 350 đại biểu.");
    expect(typeDates(congress)).toEqual([["CONFERENCE", "2025-10-09"]]);
    expect(rels(congress, "ORGANIZED")).toEqual([]);
  });

  it("opens a committee's own sitting told as after the reported meeting ('Ngay sau hội nghị, Đảng ủy phường X đã họp')", () => {
    const r = run(
      "Học tập, quán triệt Nghị quyết 79\n\nThứ Năm, 05/03/2026\n\nSáng 5/3, Ban Thường vụ Tỉnh ủy Đồng Nai tổ chức hội nghị trực tuyến học tập, quán triệt Nghị quyết số 79-NQ/TW.\n\nNgay sau hội nghị, Đảng ủy phường Trấn Biên đã họp, triển khai kế hoạch thực hiện Nghị quyết 79. Ông Phạm Minh Quân nhấn mạnh yêu cầu.",
    );
    expect(typeDates(r)).toEqual([
      ["CONFERENCE", "2026-03-05"],
      ["CONFERENCE", "2026-03-05"],
    ]);
    expect(rels(r, "CONCERNS").length).toBe(2);
  });

  it("drops a 'Video liên quan' box with the places it names", () => {
    const r = run(
      "01/02/2024 16:12\n\nSáng 1/2, Thành ủy Mỹ Tho tổ chức lễ trao Huy hiệu Đảng cho 87 đảng viên.\n\nThanh Tâm - Minh Trí\n\nVideo liên quan\n▶ Gò Công Tây: Trao Huy hiệu Đảng cho 52 đảng viên\n▶ Cái Bè tổ chức họp mặt mừng Đảng",
    );
    expect(names(r, "Locality")).not.toContain("Gò Công Tây");
    expect(names(r, "Locality")).not.toContain("Cái Bè");
    expect(r.article.authors).toEqual(["Thanh Tâm", "Minh Trí"]);
  });
});
