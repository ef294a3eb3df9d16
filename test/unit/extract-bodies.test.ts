import { describe, expect, it } from "vitest";
import { entity, names, positions, rels, run } from "./extract-helpers.js";

describe("titles and bodies", () => {
  it("reads a title after the name, with an implicit body from the article's locality", () => {
    const r = run(
      "Thành ủy Cần Thơ sơ kết Nghị quyết\n\nChiều ngày 14/12/2012, Thành ủy Cần Thơ tổ chức hội nghị. Đồng chí Nguyễn Hữu Lợi, Phó bí thư thường trực Thành ủy đến dự.",
    );
    expect(positions(r)).toContain("Nguyễn Hữu Lợi | Phó Bí thư Thường trực | Thành ủy Cần Thơ");
    expect(entity(r, "Person", "Nguyễn Hữu Lợi")?.properties.gender).toBeNull();
  });

  it("splits a chain of titles into positions at two bodies and resolves tỉnh ủy to the city's province", () => {
    const r = run(
      "Thành ủy Phan Thiết sinh hoạt chuyên đề\n\nChiều ngày 29/11/2022, ông Nguyễn Hồng Hải - ủy viên BTV tỉnh ủy – Bí thư Thành ủy Phan Thiết phát biểu chỉ đạo.",
    );
    const p = positions(r);
    expect(p).toContain("Nguyễn Hồng Hải | Ủy viên Ban Thường vụ | Tỉnh ủy Bình Thuận");
    expect(p).toContain("Nguyễn Hồng Hải | Bí thư | Thành ủy Phan Thiết");
    expect(entity(r, "Person", "Nguyễn Hồng Hải")?.properties.gender).toBe("MALE");
    expect(names(r, "Locality")).toEqual(expect.arrayContaining(["Phan Thiết", "Bình Thuận"]));
    expect(rels(r, "BASED_IN")).toContainEqual(expect.objectContaining({ from: "Tỉnh ủy Bình Thuận", to: "Bình Thuận" }));
  });

  it("gives a bare Ủy viên BTV the committee of the next title's board", () => {
    const r = run("Tại Phan Thiết, ông Lê Văn Hưng - Ủy viên BTV– Trưởng BTG Thành ủy, nêu rõ các nội dung.");
    const p = positions(r);
    expect(p).toContain("Lê Văn Hưng | Ủy viên Ban Thường vụ | Thành ủy Phan Thiết");
    expect(p).toContain("Lê Văn Hưng | Trưởng Ban | Ban Tuyên giáo Thành ủy Phan Thiết");
    expect(rels(r, "PART_OF")).toContainEqual(expect.objectContaining({ from: "Ban Tuyên giáo Thành ủy Phan Thiết", to: "Thành ủy Phan Thiết" }));
  });

  it("expands UBND tỉnh to the province of a district article", () => {
    const r = run("Các cấp ủy trên địa bàn huyện Tháp Mười. Đồng chí Phạm Thiện Nghĩa – Chủ tịch UBND tỉnh (thứ 5, từ trái sang) tặng Bằng khen.");
    expect(positions(r)).toContain("Phạm Thiện Nghĩa | Chủ tịch | Ủy ban nhân dân tỉnh Đồng Tháp");
    expect(entity(r, "Organization", "Ủy ban nhân dân tỉnh Đồng Tháp")?.properties.kind).toBe("GOVERNMENT");
  });

  it("maps central titles to their bodies", () => {
    const r = run(
      "Ông Đinh Thế Huynh, Ủy viên Bộ Chính trị, Bí thư TƯ Đảng, Trưởng Ban Tuyên giáo TƯ làm việc với cán bộ chủ chốt TP Cần Thơ.",
    );
    const p = positions(r);
    expect(p).toContain("Đinh Thế Huynh | Ủy viên Bộ Chính trị | Bộ Chính trị");
    expect(p).toContain("Đinh Thế Huynh | Bí thư Trung ương Đảng | Ban Bí thư");
    expect(p).toContain("Đinh Thế Huynh | Trưởng Ban | Ban Tuyên giáo Trung ương");
    expect(entity(r, "Organization", "Ban Tuyên giáo Trung ương")?.properties.level).toBe("CENTRAL");
  });

  it("reads a title written before the name", () => {
    const r = run("Kết luận hội nghị, Bí thư Tỉnh ủy Quảng Ninh Vũ Văn Thành yêu cầu các cấp ủy gương mẫu.");
    expect(positions(r)).toContain("Vũ Văn Thành | Bí thư | Tỉnh ủy Quảng Ninh");
  });

  it("names a committee's place even when the gazetteer lacks it", () => {
    const r = run("Tỉnh ủy Quảng Nam tổ chức hội nghị. Ông Phan Văn Lực, Bí thư Huyện ủy Núi Thành cho biết kết quả.");
    expect(positions(r)).toContain("Phan Văn Lực | Bí thư | Huyện ủy Núi Thành");
    const loc = entity(r, "Locality", "Núi Thành");
    expect(loc?.properties.level).toBe("DISTRICT");
    expect(loc?.id).toBe("loc:quang-nam:nui-thanh");
  });

  it("does not read a body out of a generic plural", () => {
    const r = run("Tại Cần Thơ, tập thể Ban thường vụ các quận ủy, huyện ủy và tương đương đã kiểm điểm.");
    expect(names(r, "Organization")).toEqual([]);
  });

  it("takes a prefixed commune over a same-named district elsewhere", () => {
    const r = run("Đoàn công tác làm việc với Huyện ủy Chợ Mới, tỉnh An Giang, rồi kiểm tra tại Đảng ủy xã Kiến An.");
    expect(names(r, "Organization")).toEqual(expect.arrayContaining(["Huyện ủy Chợ Mới", "Đảng ủy xã Kiến An"]));
    const kienAn = entity(r, "Locality", "Kiến An");
    expect(kienAn?.properties.level).toBe("COMMUNE");
  });
});

describe("persons", () => {
  it("links short references to the full name and reads gender from ông/bà", () => {
    const r = run("Bà Trần Thị Mỹ Dung, Phó Bí thư Huyện ủy Chợ Mới báo cáo. Theo bà Dung, huyện đã hoàn thành kiểm điểm.");
    const p = entity(r, "Person", "Trần Thị Mỹ Dung");
    expect(p?.properties.gender).toBe("FEMALE");
    expect(p?.mentions.length).toBe(2);
    expect(names(r, "Person")).toEqual(["Trần Thị Mỹ Dung"]);
  });

  it("keeps Hồ Chí Minh the person apart from the city", () => {
    const person = run("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.");
    expect(names(person, "Person")).toEqual(["Hồ Chí Minh"]);
    expect(names(person, "Locality")).toEqual([]);
    const city = run("Thành ủy TP Hồ Chí Minh tổ chức hội nghị tại TP. Hồ Chí Minh.");
    expect(names(city, "Person")).toEqual([]);
    expect(names(city, "Locality")).toEqual(["Thành phố Hồ Chí Minh"]);
  });

  it("does not take place names for people", () => {
    const r = run("Hội nghị có đại biểu các phường Dịch Vọng, Nghĩa Đô, Quan Hoa của quận Cầu Giấy và Thành ủy Buôn Ma Thuột.");
    expect(names(r, "Person")).toEqual([]);
    expect(names(r, "Locality")).toEqual(expect.arrayContaining(["Dịch Vọng", "Nghĩa Đô", "Quan Hoa", "Cầu Giấy"]));
  });

  it("reads names with an apostrophe (H'Lim Byă) and all-caps bylines", () => {
    const r = run("Bà H'Lim Byă, Ủy viên BTV, Chủ nhiệm Ủy ban Kiểm tra Thành ủy Buôn Ma Thuột trình bày báo cáo.\n\nDŨNG CHINH");
    expect(names(r, "Person")).toEqual(expect.arrayContaining(["H'Lim Byă", "Dũng Chinh"]));
    expect(positions(r)).toContain("H'Lim Byă | Chủ nhiệm | Ủy ban Kiểm tra Thành ủy Buôn Ma Thuột");
    expect(r.article.authors).toEqual(["Dũng Chinh"]);
  });

  it("keeps given names that are also honorifics and reads agency-tagged bylines", () => {
    const r = run("Báo cáo kết quả, đồng chí Võ Anh Quân – Ủy viên Ban Thường vụ Huyện ủy Giồng Riềng nêu rõ các con số.\n\nMinh Khang (QĐND)");
    expect(names(r, "Person")).toEqual(["Võ Anh Quân", "Minh Khang"]);
    expect(positions(r)).toEqual(["Võ Anh Quân | Ủy viên Ban Thường vụ | Huyện ủy Giồng Riềng"]);
    expect(r.article.authors).toEqual(["Minh Khang"]);
  });
});

describe("party organisations inside state bodies", () => {
  it("reads Ban cán sự đảng UBND, Đảng đoàn HĐND, Đảng ủy Quân sự and Công an of the province", () => {
    const r = run("Tỉnh ủy Kon Tum tổ chức hội nghị. Đảng đoàn HĐND tỉnh và Ban cán sự đảng UBND tỉnh đã tổ chức kiểm điểm. Đảng ủy Quân sự tỉnh và Đảng ủy Công an tỉnh đã quán triệt.");
    expect(names(r, "Organization")).toEqual(
      expect.arrayContaining(["Đảng đoàn Hội đồng nhân dân tỉnh Kon Tum", "Ban cán sự đảng Ủy ban nhân dân tỉnh Kon Tum", "Đảng ủy Quân sự tỉnh Kon Tum", "Đảng ủy Công an tỉnh Kon Tum"]),
    );
  });
});

describe("acting and deputy-standing titles, and a police or military party committee", () => {
  it("reads Phó Trưởng ban Thường trực, Quyền Chủ tịch, Quyền Giám đốc, and 'Bí thư Đảng ủy, Giám đốc Công an tỉnh'", () => {
    const r = run(
      "Tỉnh ủy Kon Tum họp. Bà Lê Thị Hồng Vân, Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy trình bày. Ông Võ Thành Nhân, Quyền Chủ tịch UBND huyện Sa Thầy phát biểu. Bà Đinh Thị Thu Trang, Quyền Giám đốc Sở Y tế phát biểu. Đại tá Lê Văn Hùng, Bí thư Đảng ủy, Giám đốc Công an tỉnh cho biết.",
    );
    expect(positions(r)).toEqual(
      expect.arrayContaining([
        "Lê Thị Hồng Vân | Phó Trưởng ban Thường trực | Ban Tổ chức Tỉnh ủy Kon Tum",
        "Võ Thành Nhân | Quyền Chủ tịch | Ủy ban nhân dân huyện Sa Thầy",
        "Đinh Thị Thu Trang | Quyền Giám đốc | Sở Y tế tỉnh Kon Tum",
        "Lê Văn Hùng | Bí thư | Đảng ủy Công an tỉnh Kon Tum",
        "Lê Văn Hùng | Giám đốc | Công an tỉnh Kon Tum",
      ]),
    );
  });
});

describe("line breaks", () => {
  it("a committee at the end of a breadcrumb line does not take the next line's words as its place", () => {
    const r = run(
      "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LẠC SƠN - TỈNH HÒA BÌNH\nBạn đang ở: Tin tức - Sự kiện > Hoạt động của Huyện ủy\n\nBan Thường vụ Huyện ủy kiểm tra việc thực hiện Chỉ thị 05\n\nNgày 3/10, Ban Thường vụ Huyện ủy Lạc Sơn tổ chức kiểm tra.",
    );
    expect(names(r, "Organization")).not.toContain("Huyện ủy Ban Thường");
    expect(names(r, "Locality")).not.toContain("Ban Thường");
  });
});

describe("more title abbreviations", () => {
  it("expands UVTW and BT", () => {
    const r = run("Đắk Nông sơ kết Nghị quyết 18\n\n29/09/2020\n\nSáng 28/9, Tỉnh ủy Đắk Nông tổ chức hội nghị sơ kết. Đồng chí Lê Trọng Khang, UVTW, Bí thư Tỉnh ủy Đắk Nông chủ trì hội nghị. Đồng chí Trịnh Văn Hiếu, BT Huyện ủy Cư Jút phát biểu.");
    expect(positions(r)).toEqual([
      "Lê Trọng Khang | Ủy viên Trung ương Đảng | Ban Chấp hành Trung ương Đảng",
      "Lê Trọng Khang | Bí thư | Tỉnh ủy Đắk Nông",
      "Trịnh Văn Hiếu | Bí thư | Huyện ủy Cư Jút",
    ]);
    expect(rels(r, "PARTICIPATED_IN").map((x) => `${x.from} ${String(x.props.role)}`)).toContain("Lê Trọng Khang CHAIRED");
  });
});

describe("a bare 'Đảng ủy' inside a chain", () => {
  it("is the committee of the place the chain names next, and the chain goes on past it", () => {
    const r = run("Ông Đặng Minh Khôi, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Sài Gòn, đề xuất thành phố phân cấp. Ông Võ Thành Trung, Bí thư Đảng ủy phường Bến Thành phát biểu.");
    expect(positions(r)).toEqual(
      expect.arrayContaining([
        "Đặng Minh Khôi | Phó Bí thư | Đảng ủy phường Sài Gòn",
        "Đặng Minh Khôi | Chủ tịch | Ủy ban nhân dân phường Sài Gòn",
        "Võ Thành Trung | Bí thư | Đảng ủy phường Bến Thành",
      ]),
    );
  });
});

describe("bylines and credits in more site styles", () => {
  it("reads 'Tin, ảnh: X - <office>', 'X (tổng hợp)' above a related-news box, and a caption credit after a dash", () => {
    const a = run("Huyện ủy Bù Đăng tổ chức hội nghị.\n\nTin, ảnh: Hoài Nam - Văn phòng Huyện ủy");
    expect(a.article.authors).toEqual(["Hoài Nam"]);
    expect(names(a, "Organization")).not.toContain("Huyện ủy Tin");
    const b = run("Tỉnh ủy Tiền Giang tổ chức hội nghị.\n\nTHANH HƯƠNG (tổng hợp)\n\nTin đã đưa:\n- Châu Thành: Đại hội Hội Cựu chiến binh huyện");
    expect(b.article.authors).toEqual(["Thanh Hương"]);
    expect(names(b, "Locality")).not.toContain("Châu Thành");
    const c = run("Thành ủy làm việc với phường.\n\nÔng Lâm Quốc Hùng phát biểu tại buổi làm việc với phường Sài Gòn - Ảnh: HỮU HẠNH\n\nMINH ĐỨC");
    expect(names(c, "Person")).toEqual(expect.arrayContaining(["Hữu Hạnh", "Minh Đức"]));
    const d = run("Đảng ủy phường Tuy Hòa tổ chức hội nghị.\n\nNgọc Thảo (Văn phòng Đảng ủy phường)");
    expect(d.article.authors).toEqual(["Ngọc Thảo"]);
    expect(names(d, "Organization")).not.toContain("Văn phòng Đảng ủy phường Tuy Hòa");
  });
});

describe("abbreviated titles and names after a place prefix", () => {
  it("expands UVBTV, Phó Bí thư TT and PCT UBND", () => {
    const r = run(
      "Ngày 20/2, Tỉnh ủy Tuyên Quang tổ chức hội nghị. Dự có các đồng chí: Lý Thị Lan, UVBTV, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Vương Ngọc Hà, Phó Bí thư TT Tỉnh ủy; Hoàng Văn Chung, PCT UBND tỉnh.",
    );
    expect(positions(r).sort()).toEqual([
      "Hoàng Văn Chung | Phó Chủ tịch | Ủy ban nhân dân tỉnh Tuyên Quang",
      "Lý Thị Lan | Trưởng Ban | Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang",
      "Lý Thị Lan | Ủy viên Ban Thường vụ | Tỉnh ủy Tuyên Quang",
      "Vương Ngọc Hà | Phó Bí thư Thường trực | Tỉnh ủy Tuyên Quang",
    ]);
  });

  it("ends a place the gazetteer lacks where a person's name begins, and keeps numbered wards", () => {
    const r = run("Sáng 22/9, Tỉnh ủy Hưng Yên làm việc với Đảng ủy phường Phố Hiến. Bí thư Đảng ủy phường Phố Hiến Lê Thị Ngọc báo cáo. Đảng ủy phường Hà Giang 1 được biểu dương.");
    expect(names(r, "Person")).toEqual(["Lê Thị Ngọc"]);
    expect(names(r, "Locality").sort()).toEqual(["Hà Giang 1", "Hưng Yên", "Phố Hiến"]);
    expect(positions(r)).toEqual(["Lê Thị Ngọc | Bí thư | Đảng ủy phường Phố Hiến"]);
  });

  it("reads a person, not a city, after 'thành phố' when no such city exists", () => {
    const r = run("Chiều 14/6, Thành ủy Đà Nẵng tổ chức hội nghị. Báo cáo tại hội nghị, Giám đốc Sở Văn hóa và Thể thao thành phố Huỳnh Tấn Phúc cho biết kết quả.");
    expect(names(r, "Person")).toEqual(["Huỳnh Tấn Phúc"]);
    expect(names(r, "Locality")).toEqual(["Đà Nẵng"]);
    expect(positions(r)).toEqual(["Huỳnh Tấn Phúc | Giám đốc | Sở Văn hóa và Thể thao thành phố Đà Nẵng"]);
  });
});

describe("special zones after the 2025 reform", () => {
  it("reads a bare 'Đảng ủy đặc khu' as the committee of the special zone the text is at, though the gazetteer keeps it as a district", () => {
    const r = run(
      "Quảng Trị kiểm tra thực hiện Nghị quyết 57\n\nThứ Năm, 16/04/2026\n\nNgày 14/4, đoàn kiểm tra Ban Thường vụ Đảng ủy phường Đồng Hới. Ngày 15/4, đoàn ra đặc khu Cồn Cỏ làm việc với Đảng ủy đặc khu. Đồng chí Lê Văn Thành, Bí thư Đảng ủy đặc khu báo cáo kết quả.",
    );
    expect(positions(r)).toContain("Lê Văn Thành | Bí thư | Đảng ủy đặc khu Cồn Cỏ");
  });

  it("reads 'Thành ủy viên', 'Tỉnh ủy viên', 'Quận ủy viên' as members of the committee over the chain's next body", () => {
    const r = run(
      "Long Biên sơ kết Kết luận 21\n\n17/10/2024\n\nChiều 16/10, Ban Thường vụ Quận ủy Long Biên tổ chức hội nghị. Đồng chí Trịnh Văn Hiếu, Thành ủy viên, Bí thư Quận ủy Long Biên chủ trì hội nghị. Dự có đồng chí Lê Văn An, Tỉnh ủy viên, Bí thư Huyện ủy Tháp Mười. Đồng chí Trần Văn Bình, Quận ủy viên, Bí thư Đảng ủy phường Thạch Bàn phát biểu.",
    );
    expect(positions(r)).toEqual(
      expect.arrayContaining([
        "Trịnh Văn Hiếu | Ủy viên | Thành ủy Hà Nội",
        "Trịnh Văn Hiếu | Bí thư | Quận ủy Long Biên",
        "Lê Văn An | Ủy viên | Tỉnh ủy Đồng Tháp",
        "Trần Văn Bình | Ủy viên | Quận ủy Long Biên",
      ]),
    );
  });

  it("reads the office a congress elects to ('tái cử chức Bí thư Huyện ủy', 'A và B được bầu giữ chức Phó Bí thư Huyện ủy')", () => {
    const r = run(
      "Đại hội Đảng bộ huyện Văn Chấn\n\n16/07/2015\n\nBan Chấp hành khóa mới đã bầu Ban Thường vụ gồm 11 đồng chí; đồng chí Hà Thị Mai tái cử chức Bí thư Huyện ủy Văn Chấn, các đồng chí Nguyễn Quang Vinh và Lò Văn Thắm được bầu giữ chức Phó Bí thư Huyện ủy.",
    );
    expect(positions(r)).toEqual(["Hà Thị Mai | Bí thư | Huyện ủy Văn Chấn", "Nguyễn Quang Vinh | Phó Bí thư | Huyện ủy Văn Chấn", "Lò Văn Thắm | Phó Bí thư | Huyện ủy Văn Chấn"]);
  });
});

describe("places listed after a plural prefix", () => {
  it("reads every name of 'các xã A, B và C' as a commune, even one that starts like a family name", () => {
    const r = run(
      "Hà Tĩnh khai mạc kỳ họp\n\n10/12/2025\n\nCử tri các xã Cẩm Bình, Thạch Khê và Thạch Lạc kiến nghị về sạt lở bờ biển. Ông Thạch Văn Lợi, Bí thư Đảng ủy xã Thạch Khê phát biểu.",
    );
    expect(names(r, "Locality")).toEqual(expect.arrayContaining(["Cẩm Bình", "Thạch Khê", "Thạch Lạc"]));
    expect(names(r, "Person")).toEqual(["Thạch Văn Lợi"]);
  });
});

describe("numbered wards", () => {
  it("reads 'phường 6' as the ward Phường 6, with its committee and its Đảng bộ", () => {
    const r = run(
      "Thành ủy Mỹ Tho trao Huy hiệu Đảng\n\n01/02/2024 16:12\n\nChiều 1/2, Thành ủy Mỹ Tho tổ chức lễ trao Huy hiệu Đảng. Đảng ủy phường 6 được tỉnh khen thưởng. Đồng chí Nguyễn Hữu An trao Huy hiệu cho đồng chí Lê Văn Bảy (Đảng bộ phường 6).",
    );
    expect(names(r, "Locality")).toContain("Phường 6");
    expect(names(r, "Organization")).toEqual(expect.arrayContaining(["Đảng ủy Phường 6", "Đảng bộ Phường 6"]));
  });
});

describe("boards of a People's Council", () => {
  it("reads 'Trưởng Ban Văn hóa - Xã hội HĐND tỉnh' as a position at the council's board", () => {
    const r = run(
      "Hà Tĩnh: Khai mạc Kỳ họp thứ 32 HĐND tỉnh\n\n10/12/2025\n\nSáng 10/12, HĐND tỉnh Hà Tĩnh khai mạc Kỳ họp thứ 32. Trình bày báo cáo thẩm tra, bà Phan Thị Hương, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh đánh giá cao các dự thảo. Ông Lê Văn Nam, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Hà Tĩnh phát biểu.",
    );
    expect(positions(r)).toEqual(
      expect.arrayContaining([
        "Phan Thị Hương | Trưởng Ban | Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Hà Tĩnh",
        "Lê Văn Nam | Phó Trưởng Ban | Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Hà Tĩnh",
      ]),
    );
  });
});
