// Implementation and document rules: visited bodies, state document codes, plural plenum references,
// bare back-references, reported results of a Đảng bộ, praised bodies.
import { describe, expect, it } from "vitest";
import { entity, names, rels, run } from "./extract-helpers.js";

const page = (body: string, date = "12/09/2023 15:30"): string => `Tin công tác xây dựng Đảng\n\n${date}\n\n${body}`;
const impl = (body: string, date?: string): string[] =>
  rels(run(page(body, date)), "IMPLEMENTS")
    .map((x) => `${x.from} → ${x.to}`)
    .sort();

describe("visited bodies implement the document of the visit", () => {
  it("credits a visited Standing Committee, and its committee only where the text makes it an actor", () => {
    expect(
      impl(
        "Ngày 16/5, Đoàn công tác của Ban Tổ chức Trung ương do đồng chí Phan Văn Lộc, Phó Trưởng Ban Tổ chức Trung ương làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Bắc Giang về việc thực hiện Nghị quyết số 18-NQ/TW. Báo cáo với đoàn, ông Trần Hữu Tín, Trưởng Ban Tổ chức Tỉnh ủy cho biết tỉnh đã giảm 23 đầu mối.",
        "17/05/2019 16:40",
      ),
    ).toEqual(["Ban Thường vụ Tỉnh ủy Bắc Giang → Nghị quyết số 18-NQ/TW"]);
    expect(
      impl(
        "Ngày 16/5, Đoàn công tác của Ban Tổ chức Trung ương đã làm việc với Ban Thường vụ Tỉnh ủy Bắc Giang về việc thực hiện Nghị quyết số 18-NQ/TW. Tỉnh ủy Bắc Giang đã ban hành kế hoạch thực hiện Nghị quyết 18.",
        "17/05/2019 16:40",
      ),
    ).toEqual(["Ban Thường vụ Tỉnh ủy Bắc Giang → Nghị quyết số 18-NQ/TW", "Tỉnh ủy Bắc Giang → Nghị quyết số 18-NQ/TW"]);
  });

  it("credits the body an inspection held by a board is about ('kiểm tra đối với'), besides the board", () => {
    const text =
      "Ủy ban Kiểm tra Tỉnh ủy Kiên Giang kiểm tra tại Huyện ủy Giồng Riềng\n\n12/09/2023 | 15:30\n\nHôm qua, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy Kiên Giang do ông Lê Văn Mười, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã công bố quyết định kiểm tra đối với Ban Thường vụ Huyện ủy Giồng Riềng về việc thực hiện Quy định số 22-QĐ/TW.";
    expect(rels(run(text), "ORGANIZED").map((x) => x.from)).toEqual(["Ủy ban Kiểm tra Tỉnh ủy Kiên Giang"]);
    expect(
      rels(run(text), "IMPLEMENTS")
        .map((x) => `${x.from} → ${x.to}`)
        .sort(),
    ).toEqual(["Ban Thường vụ Huyện ủy Giồng Riềng → Quy định số 22-QĐ/TW", "Ủy ban Kiểm tra Tỉnh ủy Kiên Giang → Quy định số 22-QĐ/TW"]);
  });

  it("credits a visited commune committee whose secretary reports, even with a locative 'tại đảng bộ xã' after the document", () => {
    expect(
      impl(
        "Ngày 11/9, đoàn công tác của Tỉnh ủy Kiên Giang làm việc với Đảng ủy xã Bình An. Ông Nguyễn Văn Tư, Bí thư Đảng ủy xã báo cáo việc thực hiện Quy định 22-QĐ/TW tại đảng bộ xã.",
      ),
    ).toEqual(["Đảng ủy xã Bình An → Quy định số 22-QĐ/TW"]);
  });

  it("gives no implementation to a visit whose subject names no document", () => {
    expect(impl("Chiều 19/2, Thường trực Tỉnh ủy Tuyên Quang làm việc với Đảng ủy xã Hàm Yên về tình hình sản xuất đầu năm.", "20/02/2026")).toEqual([]);
  });
});

describe("state document codes", () => {
  it("reads National Assembly, Government and Prime Minister codes after a type word", () => {
    const r = run(
      page(
        "Theo Nghị quyết số 202/2025/QH15, tỉnh Hưng Yên mới được hợp nhất. Chính phủ ban hành Nghị định số 15/2019/NĐ-CP; Thủ tướng ký Quyết định số 1234/QĐ-TTg ngày 5/10/2020.",
        "22/09/2025",
      ),
    );
    expect(names(r, "Resolution").sort()).toEqual(["Nghị quyết số 202/2025/QH15", "Nghị định số 15/2019/NĐ-CP", "Quyết định số 1234/QĐ-TTg"].sort());
    // the National Assembly resolution is in the catalogue; the decree is not
    expect(entity(r, "Resolution", "Nghị quyết số 202/2025/QH15")?.properties).toMatchObject({ code: "202/2025/QH15", catalogued: true, docType: "RESOLUTION" });
    expect(entity(r, "Resolution", "Nghị định số 15/2019/NĐ-CP")?.properties).toMatchObject({ code: "15/2019/NĐ-CP", catalogued: false });
    expect(entity(r, "Resolution", "Quyết định số 1234/QĐ-TTg")?.properties).toMatchObject({ code: "1234/QĐ-TTg", docType: "DECISION" });
  });

  it("does not read a date after a type word as a code", () => {
    const r = run(page("Ngày 12/4/2025, Huyện ủy Kim Sơn quán triệt Nghị quyết 12/4/2025 đã ban hành.", "13/04/2025"));
    expect(names(r, "Resolution")).toEqual([]);
  });
});

describe("plural and bare references", () => {
  it("does not read 'các nghị quyết, kết luận Hội nghị lần thứ năm' as one document", () => {
    const r = run(
      page(
        "Ngày 12/8, Tỉnh ủy Phú Yên tổ chức hội nghị học tập, quán triệt các nghị quyết, kết luận Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII. Đồng chí Phạm Đại Dương, Bí thư Tỉnh ủy chủ trì hội nghị.",
        "12/08/2022",
      ),
    );
    expect(names(r, "Resolution")).toEqual([]);
  });

  it("reads a bare 'Nghị quyết' after a specific one as the same document", () => {
    const r = run(
      page(
        "Chiều 14/6, Thành ủy Huế tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW. Báo cáo tại hội nghị cho biết 10 năm qua Ban Thường vụ Thành ủy Huế đã ban hành 2 chương trình hành động thực hiện Nghị quyết; nhiều thiết chế văn hóa được xây dựng.",
        "15/06/2024",
      ),
    );
    expect(names(r, "Resolution")).toEqual(["Nghị quyết số 33-NQ/TW"]);
    expect(rels(r, "IMPLEMENTS").map((x) => `${x.from} → ${x.to}`)).toContain("Ban Thường vụ Thành ủy Huế → Nghị quyết số 33-NQ/TW");
  });

  it("leaves a bare 'Nghị quyết' alone when two resolutions were just named", () => {
    const r = run(
      page("Ngày 20/2, Tỉnh ủy Yên Bái quán triệt Nghị quyết số 79-NQ/TW và Nghị quyết số 80-NQ/TW. Huyện ủy Lục Yên đã xây dựng kế hoạch thực hiện Nghị quyết.", "20/02/2026"),
    );
    expect(rels(r, "IMPLEMENTS").filter((x) => x.from === "Huyện ủy Lục Yên")).toEqual([]);
  });
});

describe("who owns reported results", () => {
  it("credits the committee of a Đảng bộ whose results on a central document are reported", () => {
    expect(
      impl(
        "Ngày 9/6, Đảng ủy xã Phước Hiệp tổ chức sinh hoạt chuyên đề năm 2021. Tại buổi sinh hoạt, đồng chí Trần Văn Út, Phó Bí thư Thường trực Đảng ủy xã trình bày báo cáo kết quả 5 năm thực hiện Chỉ thị 05-CT/TW (2016 - 2021) của Đảng bộ xã.",
        "10/06/2021",
      ),
    ).toContain("Đảng ủy xã Phước Hiệp → Chỉ thị số 05-CT/TW");
  });

  it("credits bodies praised for carrying out a resolution", () => {
    expect(
      impl(
        "Ngày 20/2, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị quán triệt Nghị quyết số 80-NQ/TW. Đảng ủy xã Sơn Dương và Đảng ủy phường Minh Xuân được biểu dương vì sớm tổ chức cho đảng viên nghiên cứu Nghị quyết 80.",
        "20/02/2026",
      ),
    ).toEqual(
      [
        "Ban Thường vụ Tỉnh ủy Tuyên Quang → Nghị quyết số 80-NQ/TW",
        "Đảng ủy phường Minh Xuân → Nghị quyết số 80-NQ/TW",
        "Đảng ủy xã Sơn Dương → Nghị quyết số 80-NQ/TW",
      ].sort(),
    );
  });
});

const parts = (text: string): string[] =>
  rels(run(text), "PARTICIPATED_IN")
    .map((x) => `${x.from} ${String(x.props.role)}`)
    .sort();
const events = (text: string): string[] =>
  run(text)
    .entities.filter((e) => e.type === "Event")
    .map((e) => `${String(e.properties.eventType)} ${String(e.properties.date)}`)
    .sort();

describe("documents by plenum and by repeated code", () => {
  it("reads a repeated code as the document in force at the article's date", () => {
    const r = run(page("Ngày 18/8, Tỉnh ủy Bình Phước quán triệt Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn.", "19/08/2022"));
    expect(entity(r, "Resolution", "Nghị quyết số 19-NQ/TW")?.properties).toMatchObject({ issuedOn: "2022-06-16", term: "XIII" });
  });

  it("does not pin a plenum that issued several resolutions on one when the article names two of them", () => {
    const r = run(
      "Bình Phước: quán triệt Nghị quyết Trung ương 5 khóa XIII\n\n19/08/2022\n\nSáng 18/8, Tỉnh ủy Bình Phước tổ chức hội nghị quán triệt Nghị quyết số 19-NQ/TW và Nghị quyết số 21-NQ/TW.",
    );
    expect(names(r, "Resolution").sort()).toEqual(["Nghị quyết số 19-NQ/TW", "Nghị quyết số 21-NQ/TW"]);
  });
});

describe("bodies written without their place", () => {
  it("reads a bare 'Thành ủy' as the city's committee when city and province share a name", () => {
    const r = run(page("Sáng 7/11, Thành ủy Bắc Kạn tổ chức hội nghị. Đồng chí Nông Văn Khải, Phó Bí thư Thường trực Thành ủy phát biểu.", "07/11/2017"));
    expect(rels(r, "HOLDS_POSITION").map((x) => `${x.from} | ${String(x.props.title)} | ${x.to}`)).toEqual(["Nông Văn Khải | Phó Bí thư Thường trực | Thành ủy Bắc Kạn"]);
  });

  it("reads a bare 'Huyện ủy' as the district committee just named in the same sentence", () => {
    const r = run(
      page(
        "Ngày 20/6, Huyện ủy Càng Long tổ chức hội nghị. Trước đó, ngày 18/6, Huyện ủy Châu Thành tổ chức hội nghị; bà Kim Thị Sa Ly, Phó Bí thư Huyện ủy Châu Thành chủ trì; ông Sơn Văn Tha, Trưởng Ban Tuyên giáo Huyện ủy trình bày nội dung.",
        "21/06/2016",
      ),
    );
    expect(rels(r, "HOLDS_POSITION").map((x) => `${x.from} → ${x.to}`)).toContain("Sơn Văn Tha → Ban Tuyên giáo Huyện ủy Châu Thành");
  });
});

describe("events", () => {
  it("keeps two supervisions of one day apart when they visit different bodies", () => {
    expect(
      events(
        page(
          "Sáng 11/4, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy Bạc Liêu đã giám sát đối với Ban Thường vụ Huyện ủy Hồng Dân. Chiều cùng ngày, đoàn giám sát tại Đảng ủy xã Ninh Quới.",
          "11/04/2024",
        ),
      ),
    ).toEqual(["INSPECTION 2024-04-11", "INSPECTION 2024-04-11"]);
  });

  it("does not read an undated meeting inside reported results as an event", () => {
    expect(
      events(
        page(
          "Sáng 11/4, đoàn công tác của Tỉnh ủy Bạc Liêu làm việc với Huyện ủy Hồng Dân. Báo cáo với đoàn, ông Lê Văn Nam, Bí thư Huyện ủy cho biết, Ban Thường vụ Huyện ủy đã tổ chức quán triệt Quy định 131 đến 100% chi bộ.",
          "11/04/2024",
        ),
      ),
    ).toEqual(["WORKING_SESSION 2024-04-11"]);
  });

  it("reads a contest (hội thi) as an OTHER event with its organizer", () => {
    const text = page('Ngày 18/9, Đảng ủy Khối các cơ quan tỉnh Bình Thuận tổ chức Hội thi "Bí thư chi bộ giỏi" năm 2018.', "20/09/2018");
    const r = run(text);
    expect(events(text)).toEqual(["OTHER 2018-09-18"]);
    expect(rels(r, "ORGANIZED")).toHaveLength(1);
  });

  it("gives a working session no organizer from the headline's first body", () => {
    const r = run(
      "Thường trực Tỉnh ủy Hà Giang làm việc với Ban Tuyên giáo Tỉnh ủy\n\n15/07/2024 18:05\n\nChiều 15/7, Thường trực Tỉnh ủy Hà Giang làm việc với Ban Tuyên giáo Tỉnh ủy về việc thực hiện Nghị quyết số 43-NQ/TW.",
    );
    expect(rels(r, "ORGANIZED")).toEqual([]);
  });
});

describe("visited and advised bodies", () => {
  it("credits every body a working session is held with ('với Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy')", () => {
    expect(
      impl(
        "Chiều 15/7, Thường trực Tỉnh ủy Hà Giang làm việc với Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy về việc thực hiện Nghị quyết số 43-NQ/TW.",
        "15/07/2024",
      ),
    ).toEqual(["Ban Dân vận Tỉnh ủy Hà Giang → Nghị quyết số 43-NQ/TW", "Ban Tuyên giáo Tỉnh ủy Hà Giang → Nghị quyết số 43-NQ/TW"]);
  });

  it("does not credit a body advised to act later, nor a planned act", () => {
    expect(
      impl("Thời gian tới, Ban Tổ chức Tỉnh ủy Hà Nam sẽ tham mưu cho Tỉnh ủy sơ kết 2 năm thực hiện Nghị quyết 21-NQ/TW vào quý IV/2023.", "08/03/2023"),
    ).toEqual([]);
  });

  it("reads a purpose clause and a parenthesised place after the subject", () => {
    expect(impl("Huyện ủy Bình Sơn đã luân chuyển 15 cán bộ về cơ sở để thực hiện Nghị quyết 26-NQ/TW.", "20/09/2018")).toEqual([
      "Huyện ủy Bình Sơn → Nghị quyết số 26-NQ/TW",
    ]);
    expect(
      impl("5 năm qua, Ban Thường vụ Huyện ủy Giao Thủy (tỉnh Nam Định) đã ban hành 6 văn bản lãnh đạo, chỉ đạo thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.", "26/05/2021"),
    ).toEqual(["Ban Thường vụ Huyện ủy Giao Thủy → Chỉ thị số 05-CT/TW"]);
  });

  it("does not credit the organizer with a badge recipient's promise", () => {
    expect(
      impl(
        "Sáng 7/11, Ban Thường vụ Thành ủy Lạng Sơn tổ chức lễ trao Huy hiệu Đảng. Thay mặt các đảng viên được trao Huy hiệu, đồng chí Hoàng Văn Pắn phát biểu cảm ơn, hứa tiếp tục thực hiện tốt Quy định số 08-QĐi/TW.",
        "07/11/2017",
      ),
    ).toEqual([]);
  });
});

describe("participation shapes", () => {
  it("reads the members of the Đoàn Chủ tịch as chairing the congress", () => {
    expect(
      parts(
        page(
          "Sáng 9/10, Đại hội đại biểu Đảng bộ tỉnh Lai Châu nhiệm kỳ 2025 - 2030 khai mạc. Đoàn Chủ tịch đại hội gồm các đồng chí: Giàng Seo Lử, Bí thư Tỉnh ủy; Tẩn Thị Mẩy, Phó Bí thư Thường trực Tỉnh ủy.",
          "09/10/2025",
        ),
      ),
    ).toEqual(["Giàng Seo Lử CHAIRED", "Tẩn Thị Mẩy CHAIRED"]);
  });

  it("reads badge and prize recipients as attending", () => {
    expect(
      parts(
        page(
          "Sáng 7/11, Ban Thường vụ Thành ủy Lạng Sơn tổ chức lễ trao Huy hiệu Đảng. Đồng chí Lương Văn Tới, Bí thư Thành ủy trao Huy hiệu 55 năm tuổi Đảng cho các đồng chí: Hoàng Văn Pắn, Lục Thị Nhàn.",
          "07/11/2017",
        ),
      ),
    ).toEqual(["Hoàng Văn Pắn ATTENDED", "Lương Văn Tới AWARDED", "Lục Thị Nhàn ATTENDED"]);
  });

  it("reads 'Name (thực hiện)' under an interview as its author", () => {
    const r = run(page("PV: Xin đồng chí cho biết kết quả?\n\nĐồng chí Đinh Công Thịnh: Ban Thường vụ Tỉnh ủy Hà Nam đã ban hành kế hoạch.\n\nMinh Đức (thực hiện)", "08/03/2023"));
    expect(r.article.authors).toEqual(["Minh Đức"]);
  });
});

describe("a meeting named only in the headline", () => {
  it("dates it by the page and takes the headline's subject as organizer when the body refers back to it", () => {
    const r = run(
      "Huyện ủy Giao Thủy sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW\n\nThứ Tư, 26/05/2021 - 17:45\n\nTheo báo cáo tại hội nghị, 5 năm qua, 100% chi bộ đã đăng ký mô hình làm theo Bác.\n\nPhát biểu kết luận, đồng chí Vũ Thị Hảo, Phó Bí thư Thường trực Huyện ủy đề nghị nhân rộng các mô hình.",
    );
    expect(events("Huyện ủy Giao Thủy sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW\n\nThứ Tư, 26/05/2021 - 17:45\n\nTheo báo cáo tại hội nghị, 5 năm qua, 100% chi bộ đã đăng ký mô hình làm theo Bác.")).toEqual([
      "CONFERENCE 2021-05-26",
    ]);
    expect(rels(r, "ORGANIZED").map((x) => x.from)).toEqual(["Huyện ủy Giao Thủy"]);
    expect(rels(r, "PARTICIPATED_IN").map((x) => `${x.from} ${String(x.props.role)}`)).toEqual(["Vũ Thị Hảo SPOKE"]);
  });

  it("makes no event of a headline when the body never refers to a meeting", () => {
    expect(events("Huyện ủy Giao Thủy sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW\n\nThứ Tư, 26/05/2021 - 17:45\n\n5 năm qua, 100% chi bộ đã đăng ký mô hình làm theo Bác.")).toEqual([]);
  });
});

// Shapes met in the d31–d72 dev articles (test/eval/FINDINGS.md), each as a whole page with its headline and date.
const implOf = (text: string): string[] =>
  rels(run(text), "IMPLEMENTS")
    .map((x) => `${x.from} → ${x.to}`)
    .sort();

describe("implementations and events in the shapes of the d31–d72 articles", () => {
  it("credits the host that receives a delegation ('X đã tiếp và làm việc với Đoàn kiểm tra … theo Chỉ thị 35')", () => {
    expect(
      implOf(
        "Phú Thọ chuẩn bị đại hội\n\n10/10/2025\n\nBan Thường vụ Tỉnh ủy Phú Thọ đã tiếp và làm việc với Đoàn kiểm tra của Ủy ban Kiểm tra Trung ương vào chiều 9/10, về công tác chuẩn bị Đại hội Đảng bộ tỉnh theo Chỉ thị số 35-CT/TW của Bộ Chính trị.",
      ),
    ).toEqual(["Ban Thường vụ Tỉnh ủy Phú Thọ → Chỉ thị số 35-CT/TW"]);
  });

  it("does not credit a body merely asked to act, and finds the organizer behind an address ('Đảng ủy xã X, huyện Y, tỉnh Z tổ chức')", () => {
    const r = run(
      "Định Thủy sinh hoạt chuyên đề\n\n10/06/2021\n\nNgày 9/6, Đảng ủy xã Định Thủy, huyện Mỏ Cày Nam, tỉnh Bến Tre tổ chức sinh hoạt chuyên đề gắn với thực hiện Kết luận số 01-KL/TW của Bộ Chính trị. Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy yêu cầu Huyện ủy Mỏ Cày Nam và Ủy ban nhân dân huyện cụ thể hóa Kết luận số 01-KL/TW.",
    );
    expect(rels(r, "ORGANIZED").map((x) => x.from)).toEqual(["Đảng ủy xã Định Thủy"]);
    expect(rels(r, "IMPLEMENTS").map((x) => x.from)).toEqual(["Đảng ủy xã Định Thủy"]);
  });

  it("reads 'chiều 3.10' as a date", () => {
    expect(events("Hải Phòng họp báo về sắp xếp bộ máy\n\n04/10/2019\n\nChiều 3.10, Ban Tuyên giáo Thành ủy Hải Phòng tổ chức họp báo.")).toEqual(["OTHER 2019-10-03"]);
  });

  it("credits a body that acted under a document ('đã kiện toàn … theo Nghị định …') and one given a document as topic ('Về Nghị quyết 68, …')", () => {
    expect(
      implOf(
        "Cà Mau triển khai nghị quyết của Bộ Chính trị\n\n12/03/2026\n\nỦy ban nhân dân tỉnh Cà Mau đã kiện toàn 3 phòng chuyên môn theo Nghị định số 150/2025/NĐ-CP của Chính phủ. Về Nghị quyết số 68-NQ/TW, Đảng ủy xã Đất Mũi đã lãnh đạo đưa sàn thương mại điện tử vào tiêu thụ cua.",
      ).map((x) => x.split(" → ")[0]),
    ).toEqual(["Đảng ủy xã Đất Mũi", "Ủy ban nhân dân tỉnh Cà Mau"]);
  });

  it("reads a fronted 'thực hiện A và B, <body> đã …' inside a reported clause, for each document of the list", () => {
    expect(
      implOf(
        "An Giang quán triệt quy định của Bộ Chính trị\n\n08/10/2019\n\nTheo đồng chí Đoàn Văn Cường, thực hiện Chỉ thị số 35-CT/TW và Hướng dẫn số 26-HD/BTCTW ngày 18/6/2019 của Ban Tổ chức Trung ương, Ban Thường vụ Tỉnh ủy An Giang đã cụ thể hóa bằng Kế hoạch số 120-KH/TU.",
      ),
    ).toEqual(["Ban Thường vụ Tỉnh ủy An Giang → Chỉ thị số 35-CT/TW", "Ban Thường vụ Tỉnh ủy An Giang → Hướng dẫn số 26-HD/BTCTW"]);
  });

  it("a working session after 'chủ trì' is reported, not referred back to", () => {
    expect(
      events(
        "An Giang chuẩn bị đại hội\n\n08/10/2019\n\nChiều 8/10, Thường trực Tỉnh ủy An Giang do đồng chí Nguyễn Thị Mộng Tuyền chủ trì đã làm việc với Ban Thường vụ Thành ủy Long Xuyên về công tác chuẩn bị đại hội theo Chỉ thị số 35-CT/TW.",
      ),
    ).toEqual(["WORKING_SESSION 2019-10-08"]);
  });

  it("credits a provincial department named bare ('Sở Giáo dục và Đào tạo') as the province's", () => {
    expect(
      implOf("Hà Nam sơ kết 5 năm thực hiện chỉ thị của Bộ Chính trị\n\n12/05/2018\n\nSở Giáo dục và Đào tạo gắn việc thực hiện Chỉ thị 05-CT/TW với cuộc vận động.").map((x) => x.split(" → ")[0]),
    ).toEqual(["Sở Giáo dục và Đào tạo tỉnh Hà Nam"]);
  });

  it("credits the partner an event is held with ('phối hợp với … tổ chức'), and the body holding a regular session on a document", () => {
    const text =
      "Hải Dương bảo vệ nền tảng tư tưởng của Đảng\n\n29/09/2020\n\nNgày 18/9/2020, Ban Tuyên giáo Tỉnh ủy Hải Dương phối hợp với Trường Chính trị tỉnh tổ chức tọa đàm khoa học về Nghị quyết số 35-NQ/TW. Trước đó, chiều 17/9, Ban Thường vụ Tỉnh ủy Hải Dương họp phiên thường kỳ để cho ý kiến vào dự thảo Kế hoạch thực hiện Quy định số 69-QĐ/TW.";
    expect(implOf(text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Ban Tuyên giáo Tỉnh ủy Hải Dương → .*35/), expect.stringMatching(/^Trường Chính trị tỉnh Hải Dương → .*35/), expect.stringMatching(/^Ban Thường vụ Tỉnh ủy Hải Dương → .*69/)]),
    );
    expect(rels(run(text), "ORGANIZED").map((x) => x.from)).toEqual(["Ban Tuyên giáo Tỉnh ủy Hải Dương", "Ban Thường vụ Tỉnh ủy Hải Dương"]);
  });
});

describe("implementations on unseen text", () => {
  it("does not credit anyone with work named as a topic and then faulted ('Việc thực hiện Quy định 96 … còn hình thức')", () => {
    const lead = "Chiều 16/10, Ban Thường vụ Quận ủy Long Biên tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 21-KL/TW.";
    expect(impl(`${lead} Việc thực hiện Quy định số 96-QĐ/TW về lấy phiếu tín nhiệm ở một số chi bộ còn hình thức, kết quả chưa phản ánh đúng thực chất.`, "17/10/2024")).toEqual([
      "Ban Thường vụ Quận ủy Long Biên → Kết luận số 21-KL/TW",
    ]);
    // the same work done by a named body is credited
    expect(impl(`${lead} Quận ủy Long Biên đã thực hiện Quy định số 96-QĐ/TW về lấy phiếu tín nhiệm.`, "17/10/2024")).toContain("Quận ủy Long Biên → Quy định số 96-QĐ/TW");
  });
});

describe("bodies asked to act, written as acronyms", () => {
  it("does not credit the bodies of 'yêu cầu HĐND và UBND thành phố cụ thể hóa …'", () => {
    expect(
      impl(
        "Chiều 25/6, Kỳ họp thứ nhất Hội đồng nhân dân thành phố Cần Thơ khóa X bế mạc. Phát biểu chỉ đạo, đồng chí Lê Quang Mẫn, Bí thư Thành ủy yêu cầu HĐND và UBND thành phố khẩn trương cụ thể hóa Nghị quyết số 59-NQ/TW ngày 5/8/2020 của Bộ Chính trị.",
        "25/06/2021 17:30",
      ),
    ).toEqual([]);
  });

  it("credits a body whose implementing verb has no object with the document the clause opened with", () => {
    expect(
      impl(
        "Ngay sau khi Nghị quyết số 35-NQ/TW được ban hành, tại cuộc họp ngày 12/12/2018, Ban Thường vụ Tỉnh ủy Hải Dương đã thống nhất ban hành kế hoạch thực hiện, giao Ban Tuyên giáo Tỉnh ủy làm cơ quan thường trực.",
        "29/09/2020 10:15",
      ),
    ).toEqual(["Ban Thường vụ Tỉnh ủy Hải Dương → Nghị quyết số 35-NQ/TW"]);
  });
});

describe("the d73–d84 batch: visited bodies, subjects after a time phrase, counted issues", () => {
  it("credits the body after 'tại' that follows the inspected document ('giám sát trực tiếp việc thực hiện Chỉ thị 05 tại Đảng ủy xã Y')", () => {
    expect(
      impl(
        "Ngày 9/6, Đoàn giám sát số 4 của Ban Thường vụ Tỉnh ủy Điện Biên đã giám sát Ban Thường vụ Huyện ủy Mường Chà về việc thực hiện Chỉ thị số 05-CT/TW.\n\nChiều cùng ngày, đoàn do bà Lò Thị Thanh dẫn đầu giám sát trực tiếp việc thực hiện Chỉ thị 05 tại Đảng ủy xã Ma Thì Hồ.",
        "10/06/2020 10:25",
      ),
    ).toEqual(["Ban Thường vụ Huyện ủy Mường Chà → Chỉ thị số 05-CT/TW", "Đảng ủy xã Ma Thì Hồ → Chỉ thị số 05-CT/TW"]);
  });

  it("reads the subject after a time phrase that follows a fronted 'Thực hiện <document>,'", () => {
    expect(
      impl(
        "Sáng 5/3, Ban Thường vụ Tỉnh ủy Đồng Nai tổ chức hội nghị quán triệt Nghị quyết số 79-NQ/TW. Thực hiện Nghị quyết số 12-NQ/TW của Hội nghị Trung ương 5 khóa XII, thời gian qua Tỉnh ủy đã chỉ đạo sắp xếp, cổ phần hóa 11 doanh nghiệp nhà nước.",
        "05/03/2026 10:00",
      ),
    ).toEqual(["Ban Thường vụ Tỉnh ủy Đồng Nai → Nghị quyết số 79-NQ/TW", "Tỉnh ủy Đồng Nai → Nghị quyết số 12-NQ/TW"]);
  });

  it("pairs a body with the document its counted issues implement ('đã ban hành 4 kế hoạch, 12 văn bản chỉ đạo thực hiện Chỉ thị 06')", () => {
    expect(
      impl(
        "Ngày 28-7, Huyện ủy Cẩm Giàng tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 06-CT/TW ngày 7-11-2006 của Bộ Chính trị.\n\nTheo báo cáo, 5 năm qua, Ban Thường vụ Huyện ủy đã ban hành 4 kế hoạch, 12 văn bản chỉ đạo thực hiện Chỉ thị 06; 100% chi bộ đưa nội dung vào sinh hoạt.",
        "29/07/2011 07:15",
      ),
    ).toEqual(["Ban Thường vụ Huyện ủy Cẩm Giàng → Chỉ thị số 06-CT/TW", "Huyện ủy Cẩm Giàng → Chỉ thị số 06-CT/TW"]);
  });
});

describe("documents a body acts upon ('căn cứ')", () => {
  it("credits the body that acts 'căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW', not the bodies of the reporting official's titles", () => {
    expect(
      impl(
        "Chiều 1/2, Thành ủy Mỹ Tho tổ chức lễ trao Huy hiệu Đảng cho 87 đảng viên. Theo đồng chí Nguyễn Văn Hữu, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Mỹ Tho, căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, Ban Thường vụ Thành ủy đã xét, đề nghị tặng Huy hiệu Đảng cho các đồng chí đủ tiêu chuẩn.",
        "01/02/2024 16:12",
      ),
    ).toEqual(["Ban Thường vụ Thành ủy Mỹ Tho → Quy định số 24-QĐ/TW", "Ban Thường vụ Thành ủy Mỹ Tho → Điều lệ Đảng"]);
  });
});

describe("advice is not implementation", () => {
  it("credits nobody for what a speaker says should be done ('cần gắn việc thực hiện Nghị quyết 35 với Kết luận 21')", () => {
    const r = impl(
      "Chiều 25/8, Ban Tuyên giáo Tỉnh ủy Bình Định tổ chức hội thảo khoa học về bảo vệ nền tảng tư tưởng của Đảng. Đồng chí Võ Ngọc Lân, Hiệu trưởng Trường Chính trị tỉnh cho rằng, cần gắn việc thực hiện Nghị quyết 35 với Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW về những điều đảng viên không được làm.",
      "25/08/2022 17:05",
    );
    expect(r.filter((x) => x.includes("21-KL/TW") || x.includes("37-QĐ/TW"))).toEqual([]);
  });
});

describe("a clause after a semicolon that goes on without a subject", () => {
  it("keeps the subject the clause before named ('Đảng bộ tỉnh đã thực hiện Chỉ thị 05 …; hiện đang chuẩn bị đại hội theo Chỉ thị 35')", () => {
    expect(
      impl(
        "Sáng 3/2, Tỉnh ủy Hà Nam tổ chức lễ kỷ niệm 90 năm Ngày thành lập Đảng. Ông nhấn mạnh, Đảng bộ tỉnh đã thực hiện nghiêm túc Chỉ thị số 05-CT/TW của Bộ Chính trị, đưa việc học tập thành việc làm thường xuyên; hiện đang tập trung chuẩn bị đại hội đảng bộ các cấp theo Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.",
        "03/02/2020 10:00",
      ),
    ).toEqual(["Tỉnh ủy Hà Nam → Chỉ thị số 05-CT/TW", "Tỉnh ủy Hà Nam → Chỉ thị số 35-CT/TW"]);
  });

  it("does not carry a subject into a clause with its own topic ('…; việc xây dựng chuẩn mực theo Chỉ thị 05 còn chung chung')", () => {
    expect(
      impl(
        "Sáng 28/7, Ban Thường vụ Tỉnh ủy Quảng Nam tổ chức hội nghị trực tuyến. Huyện ủy Nam Trà My đã sơ kết 5 năm thực hiện Kết luận số 01-KL/TW; việc xây dựng chuẩn mực đạo đức theo Chỉ thị số 05-CT/TW ở một số cơ quan còn chung chung.",
        "29/07/2021 10:00",
      ).filter((x) => x.includes("05-CT/TW")),
    ).toEqual([]);
  });
});

describe("plural references to documents named before", () => {
  it("credits the body acting on 'hai nghị quyết' or 'các nghị quyết này' with each document they stand for", () => {
    expect(
      impl(
        "Ngày 12-4, Huyện ủy Cầu Kè tổ chức hội nghị sơ kết 6 tháng thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.\n\nBáo cáo sơ kết cho thấy, thực hiện hai nghị quyết, Ban Thường vụ Huyện ủy đã ban hành kế hoạch, thành lập tổ giúp việc.",
        "13/04/2018 09:00",
      ),
    ).toEqual([
      "Ban Thường vụ Huyện ủy Cầu Kè → Nghị quyết số 18-NQ/TW",
      "Ban Thường vụ Huyện ủy Cầu Kè → Nghị quyết số 19-NQ/TW",
      "Huyện ủy Cầu Kè → Nghị quyết số 18-NQ/TW",
      "Huyện ủy Cầu Kè → Nghị quyết số 19-NQ/TW",
    ]);
    expect(
      impl(
        "Sáng 15/9, Tỉnh ủy Kiên Giang tổ chức hội nghị quán triệt Nghị quyết số 10-NQ/TW, Nghị quyết số 11-NQ/TW và Nghị quyết số 12-NQ/TW. UBND tỉnh đã hỗ trợ doanh nghiệp theo Nghị quyết số 35/NQ-CP của Chính phủ.\n\nTrước đó, trong tháng 7, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị triển khai nhanh các nghị quyết này cho lãnh đạo chủ chốt.",
        "15/09/2017 14:22",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Ban Thường vụ Tỉnh ủy Kiên Giang → Nghị quyết số 10-NQ/TW",
        "Ban Thường vụ Tỉnh ủy Kiên Giang → Nghị quyết số 11-NQ/TW",
        "Ban Thường vụ Tỉnh ủy Kiên Giang → Nghị quyết số 12-NQ/TW",
      ]),
    );
  });

  it("credits nobody for a plural presented by a person, planned work, or a bare kind ('các nghị quyết')", () => {
    const presented = impl(
      "Sáng 5/3, Ban Thường vụ Tỉnh ủy Đồng Nai tổ chức hội nghị học tập Nghị quyết số 79-NQ/TW và Nghị quyết số 80-NQ/TW. Tại hội nghị, đồng chí Huỳnh Thị Ngọc Diệp quán triệt nội dung cơ bản của hai nghị quyết.",
      "05/03/2026 10:00",
    );
    expect(presented).toEqual(["Ban Thường vụ Tỉnh ủy Đồng Nai → Nghị quyết số 79-NQ/TW", "Ban Thường vụ Tỉnh ủy Đồng Nai → Nghị quyết số 80-NQ/TW"]);
    const planned = impl(
      "Sáng 5/1, Ban Thường vụ Tỉnh ủy Đồng Tháp tổ chức hội nghị học tập Nghị quyết số 79-NQ/TW và Nghị quyết số 80-NQ/TW. Dự kiến trong tháng 2, Ban Thường vụ Tỉnh ủy sẽ làm việc với Đảng ủy xã Tháp Mười về triển khai hai nghị quyết.",
      "06/01/2026 10:00",
    );
    expect(planned.filter((x) => x.startsWith("Đảng ủy xã"))).toEqual([]);
    const kind = impl(
      "Sáng 5/3, Ban Thường vụ Tỉnh ủy Đồng Nai tổ chức hội nghị học tập Nghị quyết số 79-NQ/TW và Nghị quyết số 80-NQ/TW. Năm qua, Ủy ban nhân dân tỉnh Đồng Nai đã triển khai các nghị quyết về kinh tế.",
      "05/03/2026 10:00",
    );
    expect(kind.filter((x) => x.startsWith("Ủy ban"))).toEqual([]);
  });
});

