// The many ways the press refers to one catalogued document: code, number, plenum and term,
// catalogue aliases, with or without date and issuer.
import type { Rng } from "./prng.js";
import type { DocumentRec, SynthData } from "./data.js";

export interface DocForm {
  text: string;
  /** Central body named in the form ("của Bộ Chính trị"), which then belongs to the truth. */
  issuerId: string | null;
}

const ARABIC_TERMS: Record<string, string> = { VIII: "8", IX: "9", X: "10", XI: "11", XII: "12", XIII: "13", XIV: "14" };

export class DocumentForms {
  private codeCount = new Map<string, number>();
  private plenumCount = new Map<string, number>();
  private numberCount = new Map<string, number>();

  constructor(private data: SynthData) {
    for (const d of data.documents) {
      if (d.code) this.codeCount.set(d.code, (this.codeCount.get(d.code) ?? 0) + 1);
      if (d.plenum !== null && d.term) {
        const k = `${d.docType}|${d.term}|${d.plenum}`;
        this.plenumCount.set(k, (this.plenumCount.get(k) ?? 0) + 1);
      }
      if (d.number) {
        const k = `${d.docType}|${d.number}`;
        this.numberCount.set(k, (this.numberCount.get(k) ?? 0) + 1);
      }
    }
  }

  /** Last day before which no article can cite the document. */
  static availableFrom(d: DocumentRec): string {
    return d.issuedOn ?? `${d.year ?? 2010}-12-31`;
  }

  key(d: DocumentRec): string {
    return d.code ?? (d.docType === "CHARTER" ? "Điều lệ Đảng" : d.title);
  }

  private typeName(d: DocumentRec): string {
    return this.data.docTypeNames.get(d.docType) ?? "Nghị quyết";
  }

  private ddmmyyyy(iso: string): string {
    return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  }

  /** Forms that name the document unambiguously on their own (usable for a first mention). */
  forms(d: DocumentRec, rng: Rng): DocForm[] {
    if (d.docType === "CHARTER") return [{ text: "Điều lệ Đảng", issuerId: null }];
    const out: DocForm[] = [];
    const tn = this.typeName(d);
    const term = d.term;
    const issuer = d.issuer ? (this.data.centralNames.get(d.issuer) ?? null) : null;
    const uniqueCode = d.code !== null && (this.codeCount.get(d.code) ?? 0) === 1;
    if (d.code && uniqueCode) {
      out.push({ text: `${tn} số ${d.code}`, issuerId: null });
      if (issuer) out.push({ text: `${tn} số ${d.code} của ${issuer}`, issuerId: d.issuer });
    }
    if (d.code && issuer && d.issuedOn) {
      out.push({ text: `${tn} số ${d.code} ngày ${this.ddmmyyyy(d.issuedOn)} của ${issuer}`, issuerId: d.issuer });
      if (term) out.push({ text: `${tn} số ${d.code} ngày ${this.ddmmyyyy(d.issuedOn)} của ${issuer} khóa ${term}`, issuerId: d.issuer });
    }
    if (d.code && term && !uniqueCode) out.push({ text: `${tn} số ${d.code} (khóa ${term})`, issuerId: null });
    if (d.plenum !== null && term && (this.plenumCount.get(`${d.docType}|${term}|${d.plenum}`) ?? 0) === 1) {
      const p = d.plenum;
      const ord = this.data.ordinals.get(p);
      out.push({ text: `${tn} Trung ương ${p} (khóa ${term})`, issuerId: null });
      out.push({ text: `${tn} Hội nghị Trung ương ${p} khóa ${term}`, issuerId: null });
      if (d.docType === "RESOLUTION") {
        out.push({ text: `NQ TW${p} (Khóa ${term})`, issuerId: null });
        out.push({ text: `Nghị quyết TW${p} khóa ${term}`, issuerId: null });
        const arabic = ARABIC_TERMS[term];
        if (arabic) out.push({ text: `Nghị quyết Trung ương ${p} (khóa ${arabic})`, issuerId: null });
      }
      if (ord) {
        out.push({
          text: `${tn} Hội nghị lần thứ ${ord} Ban Chấp hành Trung ương Đảng (khóa ${term})`,
          issuerId: "org:ban-chap-hanh-trung-uong",
        });
      }
    }
    for (const a of d.aliases) {
      // A bare number ("Kết luận 21") is only safe when no other document of that type has it.
      const bareNumber = /^\S+( \S+)? (số )?\d+$/.test(a);
      if (bareNumber && (this.numberCount.get(`${d.docType}|${d.number}`) ?? 0) > 1) continue;
      if (!out.some((f) => f.text === a)) out.push({ text: a, issuerId: null });
    }
    if (out.length === 0 && d.code) out.push({ text: `${tn} số ${d.code}`, issuerId: null });
    return rng.sample(out, out.length);
  }

  /** The title, when it can follow a form without naming anything else. */
  titleClause(d: DocumentRec): string | null {
    if (/\d|Chỉ thị|Nghị quyết|Kết luận|Quy định|Điều lệ|Hồ Chí Minh|Việt Nam|Trung ương|Đảng ủy|Quốc hội/.test(d.title)) return null;
    const t = d.title.replace(/^Về /, "về ");
    return t.startsWith("về ") ? t : `về “${t}”`;
  }
}
