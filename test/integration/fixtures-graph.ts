// Hand-built ExtractionResults and a small reference skeleton for the writer tests: the writer is
// tested on its own contract, whatever the extractor currently produces.
import { createHash } from "node:crypto";
import type { Entity, EntityType, ExtractionResult, PropertyValue, Relation, RelationType } from "../../src/extract/types.js";
import type { GraphReference } from "../../src/graph/reference-seed.js";

export const REFERENCE: GraphReference = {
  localities: [
    { id: "loc:vn", name: "Việt Nam", level: "COUNTRY", parent: null, aliases: [] },
    { id: "loc:can-tho", name: "Cần Thơ", level: "MUNICIPALITY", parent: "loc:vn", aliases: ["TP Cần Thơ"] },
    { id: "loc:can-tho:ninh-kieu", name: "Ninh Kiều", level: "DISTRICT", parent: "loc:can-tho", aliases: ["quận Ninh Kiều"] },
    { id: "loc:dong-thap", name: "Đồng Tháp", level: "PROVINCE", parent: "loc:vn", aliases: ["tỉnh Đồng Tháp"] },
    { id: "loc:hau-giang", name: "Hậu Giang", level: "PROVINCE", parent: "loc:vn", aliases: [], validUntil: "2025-06-30", successor: "loc:can-tho" },
  ],
  documents: [
    {
      id: "doc:12-nq-tw-2012", code: "12-NQ/TW", number: "12", docType: "RESOLUTION", issuer: "org:ban-chap-hanh-trung-uong",
      issuedOn: "2012-01-16", term: "XI", plenum: 4, title: "Một số vấn đề cấp bách về xây dựng Đảng hiện nay",
      aliases: ["Nghị quyết Trung ương 4 khóa XI"],
    },
  ],
  centralBodies: [{ id: "org:ban-chap-hanh-trung-uong", name: "Ban Chấp hành Trung ương Đảng", kind: "PARTY_COMMITTEE", forms: ["Trung ương Đảng"] }],
  problems: [],
};

/** Builds a result from a compact description; spans point into `text`. */
export class ResultBuilder {
  private readonly entities: Entity[] = [];
  private readonly relations: Relation[] = [];

  constructor(
    private readonly id: string,
    private readonly text: string,
    private readonly meta: { publishedAt?: string | null; url?: string | null; title?: string | null } = {},
  ) {}

  private span(needle: string, from = 0) {
    const start = this.text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
    return { start, end: start + needle.length, text: needle };
  }

  entity(type: EntityType, id: string, name: string, properties: Record<string, PropertyValue> = {}, surface: string[] = [name]): this {
    const mentions = surface.map((s) => this.span(s));
    this.entities.push({ id, type, name, aliases: surface.filter((s) => s !== name), properties, mentions });
    return this;
  }

  rel(type: RelationType, from: string, to: string, evidence: string, properties: Record<string, PropertyValue> = {}): this {
    this.relations.push({ type, from, to, properties, evidence: [this.span(evidence)] });
    return this;
  }

  build(): ExtractionResult {
    return {
      article: {
        id: this.id,
        path: `fixtures/${this.id}.txt`,
        url: this.meta.url ?? null,
        title: this.meta.title ?? this.text.split("\n")[0] ?? null,
        publishedAt: this.meta.publishedAt ?? null,
        source: "fixture",
        authors: [],
        textHash: createHash("sha256").update(this.text).digest("hex"),
      },
      entities: this.entities,
      relations: this.relations,
      extractorVersion: "fixture-1",
    };
  }
}

const TEXT_A = `Cần Thơ sơ kết Nghị quyết Trung ương 4
Chiều 14/12, Thành ủy Cần Thơ tổ chức hội nghị sơ kết 1 năm thực hiện Nghị quyết Trung ương 4 (khóa XI).
Đồng chí Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy phát biểu tại hội nghị.
Lê Thanh`;

/** Cần Thơ, 2012: a conference, one official, one author, a catalogued resolution. */
export function articleA(): ExtractionResult {
  return new ResultBuilder("art:aaaa1111", TEXT_A, { publishedAt: "2012-12-14" })
    .entity("Person", "per:nguyen-huu-loi", "Nguyễn Hữu Lợi", { gender: "MALE" })
    .entity("Person", "per:le-thanh", "Lê Thanh", { role: "AUTHOR" })
    // "Thành ủy" alone: a name only this version of A uses (a replacement must withdraw it)
    .entity("Organization", "org:thanh-uy:can-tho", "Thành ủy Cần Thơ", { kind: "PARTY_COMMITTEE", level: "PROVINCE", locality: "loc:can-tho" }, ["Thành ủy Cần Thơ", "Thành ủy"])
    .entity("Locality", "loc:can-tho", "Cần Thơ", { level: "MUNICIPALITY" })
    .entity("Resolution", "doc:12-nq-tw-2012", "Nghị quyết Trung ương 4 khóa XI", { code: "12-NQ/TW", catalogued: true }, ["Nghị quyết Trung ương 4 (khóa XI)"])
    .entity("Event", "evt:aaaa1111:1", "Hội nghị sơ kết 1 năm thực hiện Nghị quyết Trung ương 4 (khóa XI)", { eventType: "CONFERENCE", date: "2012-12-14", dateInferred: true }, ["hội nghị sơ kết"])
    .rel("HOLDS_POSITION", "per:nguyen-huu-loi", "org:thanh-uy:can-tho", "Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy", { title: "Phó Bí thư Thường trực", asOf: "2012-12-14" })
    .rel("BASED_IN", "org:thanh-uy:can-tho", "loc:can-tho", "Thành ủy Cần Thơ")
    .rel("IMPLEMENTS", "org:thanh-uy:can-tho", "doc:12-nq-tw-2012", "Thành ủy Cần Thơ tổ chức hội nghị sơ kết 1 năm thực hiện Nghị quyết Trung ương 4 (khóa XI)")
    .rel("ORGANIZED", "org:thanh-uy:can-tho", "evt:aaaa1111:1", "Thành ủy Cần Thơ tổ chức hội nghị")
    .rel("HELD_IN", "evt:aaaa1111:1", "loc:can-tho", "Cần Thơ sơ kết")
    .rel("CONCERNS", "evt:aaaa1111:1", "doc:12-nq-tw-2012", "hội nghị sơ kết 1 năm thực hiện Nghị quyết Trung ương 4 (khóa XI)")
    .rel("PARTICIPATED_IN", "per:nguyen-huu-loi", "evt:aaaa1111:1", "Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy phát biểu", { role: "SPOKE", title: "Phó Bí thư Thường trực Thành ủy" })
    .build();
}

const TEXT_A2 = `Cần Thơ sơ kết Nghị quyết Trung ương 4 (bản sửa)
Thành ủy Cần Thơ tiếp tục thực hiện Nghị quyết. Đồng chí Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy chỉ đạo Ban Tuyên giáo Thành ủy Cần Thơ.`;

/** A corrected version of A: same id, no event, no author, no implementation; a new board. */
export function articleA2(): ExtractionResult {
  return new ResultBuilder("art:aaaa1111", TEXT_A2, { publishedAt: "2012-12-15" })
    .entity("Person", "per:nguyen-huu-loi", "Nguyễn Hữu Lợi", { gender: "MALE" })
    .entity("Organization", "org:thanh-uy:can-tho", "Thành ủy Cần Thơ", { kind: "PARTY_COMMITTEE", level: "PROVINCE", locality: "loc:can-tho" })
    .entity("Organization", "org:ban-tuyen-giao-thanh-uy:can-tho", "Ban Tuyên giáo Thành ủy Cần Thơ", { kind: "PARTY_BOARD", level: "PROVINCE", locality: "loc:can-tho" })
    .entity("Locality", "loc:can-tho", "Cần Thơ", { level: "MUNICIPALITY" })
    .rel("HOLDS_POSITION", "per:nguyen-huu-loi", "org:thanh-uy:can-tho", "Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy", { title: "Phó Bí thư Thường trực", asOf: "2012-12-15" })
    .rel("BASED_IN", "org:thanh-uy:can-tho", "loc:can-tho", "Thành ủy Cần Thơ")
    .rel("PART_OF", "org:ban-tuyen-giao-thanh-uy:can-tho", "org:thanh-uy:can-tho", "Ban Tuyên giáo Thành ủy Cần Thơ")
    .build();
}

const TEXT_B = `Thành ủy Cần Thơ triển khai Nghị quyết Trung ương 4 (khóa XI)
Ngày 1/5/2013, đồng chí Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy Cần Thơ chủ trì hội nghị triển khai Nghị quyết Trung ương 4 (khóa XI).`;

/** Another Cần Thơ article: the same official and the same implementation, a second source. */
export function articleB(): ExtractionResult {
  return new ResultBuilder("art:bbbb2222", TEXT_B, { publishedAt: "2013-05-01" })
    .entity("Person", "per:nguyen-huu-loi", "Nguyễn Hữu Lợi", { gender: "MALE" })
    .entity("Organization", "org:thanh-uy:can-tho", "Thành ủy Cần Thơ", { kind: "PARTY_COMMITTEE", level: "PROVINCE", locality: "loc:can-tho" })
    .entity("Resolution", "doc:12-nq-tw-2012", "Nghị quyết Trung ương 4 khóa XI", { code: "12-NQ/TW", catalogued: true }, ["Nghị quyết Trung ương 4 (khóa XI)"])
    .rel("HOLDS_POSITION", "per:nguyen-huu-loi", "org:thanh-uy:can-tho", "Nguyễn Hữu Lợi, Phó Bí thư Thường trực Thành ủy Cần Thơ", { title: "Phó Bí thư Thường trực", asOf: "2013-05-01" })
    .rel("IMPLEMENTS", "org:thanh-uy:can-tho", "doc:12-nq-tw-2012", "Thành ủy Cần Thơ triển khai Nghị quyết Trung ương 4 (khóa XI)")
    .build();
}

const TEXT_C = `Đồng Tháp: ông Nguyễn Hữu Lợi làm Phó Chủ tịch UBND tỉnh
Ông Nguyễn Hữu Lợi, Phó Chủ tịch UBND tỉnh Đồng Tháp, dự buổi làm việc.`;

/** A namesake in another province. */
export function articleC(): ExtractionResult {
  return new ResultBuilder("art:cccc3333", TEXT_C, { publishedAt: "2019-03-02" })
    .entity("Person", "per:nguyen-huu-loi", "Nguyễn Hữu Lợi", { gender: "MALE" })
    .entity("Organization", "org:ubnd:dong-thap", "Ủy ban nhân dân tỉnh Đồng Tháp", { kind: "GOVERNMENT", level: "PROVINCE", locality: "loc:dong-thap" }, ["UBND tỉnh Đồng Tháp"])
    .entity("Locality", "loc:dong-thap", "Đồng Tháp", { level: "PROVINCE" })
    .rel("HOLDS_POSITION", "per:nguyen-huu-loi", "org:ubnd:dong-thap", "Ông Nguyễn Hữu Lợi, Phó Chủ tịch UBND tỉnh Đồng Tháp", { title: "Phó Chủ tịch" })
    .rel("BASED_IN", "org:ubnd:dong-thap", "loc:dong-thap", "UBND tỉnh Đồng Tháp")
    .build();
}

const TEXT_D = `Một ý kiến
Ông Nguyễn Hữu Lợi cho rằng cần làm tốt hơn.`;

/** No position, no locality: the name alone cannot tell which Lợi this is. */
export function articleD(): ExtractionResult {
  return new ResultBuilder("art:dddd4444", TEXT_D, { publishedAt: "2020-01-01" })
    .entity("Person", "per:nguyen-huu-loi", "Nguyễn Hữu Lợi", { gender: "MALE" })
    .build();
}
