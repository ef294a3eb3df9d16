// Plural references to documents named before ("thực hiện hai nghị quyết, Ban Thường vụ … đã ban hành kế
// hoạch", "triển khai các nghị quyết này"): not document mentions of their own, but what a body does with
// them it does with each of the documents they stand for.
import { isActive } from "../doc.js";
import type { DocType } from "../reference.js";
import type { DocMention } from "../recognize/documents.js";
import type { Assembly } from "./context.js";

const TYPE_WORDS: Record<string, DocType> = { "nghị quyết": "RESOLUTION", "chỉ thị": "DIRECTIVE", "kết luận": "CONCLUSION", "quy định": "REGULATION" };
const COUNTS: Record<string, number> = { hai: 2, ba: 3, bốn: 4, "2": 2, "3": 3, "4": 4 };

function central(d: DocMention): boolean {
  return (d.codeKey !== null && d.codeKey.endsWith("/TW")) || d.plenum !== null;
}

/**
 * One stand-in mention per document a plural reference stands for, spanning the reference: "hai nghị
 * quyết" for the last two resolutions named before it, "các nghị quyết này/trên" for every central
 * resolution named before it when there are two to four of them.
 */
export function pluralReferences(a: Assembly, docIds: Map<DocMention, string>): Array<{ d: DocMention; id: string }> {
  const { doc, tokens } = a;
  const named = a.m.docMentions.filter((d) => docIds.has(d)).sort((x, y) => x.tokStart - y.tokStart);
  const out: Array<{ d: DocMention; id: string }> = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i]?.low ?? "";
    const count = COUNTS[w];
    if (count === undefined && w !== "các") continue;
    const type = TYPE_WORDS[`${tokens[i + 1]?.low ?? ""} ${tokens[i + 2]?.low ?? ""}`];
    if (!type || !isActive(doc, i) || doc.tokZone[i] !== "body" || a.m.inDoc[i + 1]) continue;
    let end = i + 3;
    const next = tokens[end]?.low;
    const demonstrative = next === "này" || next === "trên" || (next === "nói" && tokens[end + 1]?.low === "trên");
    if (demonstrative) end += next === "nói" ? 2 : 1;
    // "các nghị quyết" alone is a kind of document, not the ones just named
    if (count === undefined && !demonstrative) continue;
    // "Dự kiến …, Ban Thường vụ sẽ làm việc … về triển khai hai nghị quyết": work still to come
    if (plannedBefore(a, i)) continue;
    const before = named.filter((d) => d.tokEnd <= i && d.docType === type);
    const ids: string[] = [];
    for (let k = before.length - 1; k >= 0; k--) {
      const d = before[k] as DocMention;
      const id = docIds.get(d) as string;
      if (ids.includes(id) || (count === undefined && !central(d))) continue;
      ids.push(id);
      if (count !== undefined && ids.length === count) break;
    }
    if (count !== undefined ? ids.length !== count : ids.length < 2 || ids.length > 4) continue;
    const first = tokens[i];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    for (const id of ids) {
      const src = before.find((d) => docIds.get(d) === id) as DocMention;
      out.push({ d: { ...src, tokStart: i, tokEnd: end, start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) }, id });
    }
    i = end - 1;
  }
  return out;
}

/** "sẽ" or "dự kiến" earlier in the sentence of token i. */
function plannedBefore(a: Assembly, i: number): boolean {
  const s = a.doc.sentences[a.doc.tokSentence[i] as number];
  if (!s) return false;
  for (let k = s.tokStart; k < i; k++) {
    const w = a.tokens[k]?.low;
    if (w === "sẽ" || (w === "dự" && a.tokens[k + 1]?.low === "kiến")) return true;
  }
  return false;
}
