// Event heads (hội nghị sơ kết, buổi làm việc, sinh hoạt chuyên đề, lễ…), whether the sentence
// makes them a reported event (a trigger verb, a date, or a title line), and back-references
// (tại hội nghị, tại buổi sinh hoạt).
import type { Doc } from "../doc.js";
import { isActive, longest } from "../doc.js";
import type { Token } from "../tokens.js";

export interface EventMention {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  type: string;
  sentence: number;
  /** the sentence reports this event happening */
  triggered: boolean;
  anaphoric: boolean;
  /** token of the nearest trigger verb in the sentence, -1 if none */
  triggerTok: number;
  zone: string;
  /** a back-reference by position (Kết luận hội nghị, sau hội nghị), weaker than "tại hội nghị" */
  weak: boolean;
}

const VERBAL_HEADS = new Set(["đã", "làm", "họp", "trao", "thăm", "tiếp", "kiểm", "giám"]);
const HOLD_VERBS = new Set(["tổ chức", "khai mạc", "bế mạc", "triệu tập"]);
const RECALL_VERBS = new Set(["nhắc lại", "nhớ lại", "ôn lại"]);
const TALLY_WORDS = new Set(["hai", "ba", "bốn", "năm", "nhiều", "các", "những", "hàng", "mấy"]);

/** A phrase of the category ending right before token i. */
function longestBefore(doc: Doc, i: number, cat: "anaphoricBefore"): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) {
    const m = longest(doc, k, cat);
    if (m && m.end === i) return true;
  }
  return false;
}

export function recognizeEvents(doc: Doc, blocked: Uint8Array, dateToks: Set<number>): EventMention[] {
  const out: EventMention[] = [];
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!isActive(doc, i) || blocked[i]) continue;
    const zone = doc.tokZone[i] as string;
    if (zone !== "body" && zone !== "title" && zone !== "caption") continue;
    const an = longest(doc, i, "anaphoric");
    const head = longest(doc, an ? an.end - 1 : i, "eventHead") ?? longest(doc, i, "eventHead");
    if (!head && !an) continue;
    const sIdx = doc.tokSentence[i] as number;
    const s = doc.sentences[sIdx];
    if (!s) continue;
    if (an) {
      const h = longest(doc, i + 1, "eventHead") ?? longest(doc, an.end, "eventHead");
      const type = h ? (doc.ref.eventTypes[h.ref] as string) : "";
      out.push({ tokStart: i, tokEnd: an.end, start: (t[i] as Token).start, end: (t[an.end - 1] as Token).end, type, sentence: sIdx, triggered: false, anaphoric: true, triggerTok: -1, zone, weak: false });
      i = an.end - 1;
      continue;
    }
    if (!head) continue;
    // "… chủ trì đã làm việc với …": a head that is itself a verb is never a back-reference
    const verbal = VERBAL_HEADS.has((t[i] as Token).low);
    const backRef = !verbal && longestBefore(doc, i, "anaphoricBefore");
    if (backRef) {
      const type = doc.ref.eventTypes[head.ref] as string;
      out.push({ tokStart: i, tokEnd: head.end, start: (t[i] as Token).start, end: (t[head.end - 1] as Token).end, type, sentence: sIdx, triggered: false, anaphoric: true, triggerTok: -1, zone, weak: true });
      i = head.end - 1;
      continue;
    }
    // plenums (Hội nghị lần thứ tư Ban Chấp hành Trung ương) are documents' sources, not reported events
    // … unless the sentence holds it: "Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 4"
    const held = i >= 2 && HOLD_VERBS.has(`${(t[i - 2] as Token).low} ${(t[i - 1] as Token).low}`);
    if (!held && longest(doc, head.end, "notEventAfter")) continue;
    const type = doc.ref.eventTypes[head.ref] as string;
    // inside quoted speech a head is talk about an event, not the report of one
    let quotes = 0;
    for (let k = s.tokStart; k < i; k++) if ((t[k] as Token).text === '"') quotes++;
    if (quotes % 2 === 1) continue;
    let triggerTok = -1;
    let best = Infinity;
    let dated = false;
    for (let k = s.tokStart; k < s.tokEnd; k++) {
      if (dateToks.has(k)) dated = true;
      if (k >= i && k < head.end) continue;
      if (longest(doc, k, "trigger")) {
        const d = Math.abs(k - i);
        if (d < best) {
          best = d;
          triggerTok = k;
        }
      }
    }
    // "sẽ tổ chức hội nghị", "dự kiến tổ chức": a planned meeting, not a report of one
    let planned = false;
    const from = Math.max(s.tokStart, Math.min(i, triggerTok >= 0 ? triggerTok : i) - 4);
    // … and a subject-first one: "Hội nghị sơ kết … sẽ diễn ra vào ngày 10/10 tới", "Theo kế hoạch, …"
    const to = triggerTok > i ? triggerTok : i;
    for (let k = from; k < to; k++) {
      if (k >= i && k < head.end) continue;
      const w = (t[k] as Token).low;
      if (w === "sẽ" || (w === "dự" && t[k + 1]?.low === "kiến")) planned = true;
    }
    if ((t[s.tokStart] as Token).low === "theo" && t[s.tokStart + 1]?.low === "kế" && t[s.tokStart + 2]?.low === "hoạch") planned = true;
    const selfTriggered = type === "WORKING_SESSION" && /làm việc(?: trực tuyến| trực tiếp và trực tuyến)? (?:với|tại)$/.test(doc.text.slice((t[i] as Token).start, (t[head.end - 1] as Token).end).toLowerCase());
    // "Báo cáo với đoàn, ông X cho biết, … đã tổ chức quán triệt …": an undated meeting inside reported
    // results is part of the results, not a new event
    let reported = false;
    if (!dated) {
      for (let k = s.tokStart; k < i - 1; k++) {
        const w = (t[k] as Token).low;
        const w1 = (t[k + 1] as Token).low;
        if ((w === "cho" && w1 === "biết") || (w === "báo" && w1 === "cáo" && t[k + 2]?.low === "với") || (k === s.tokStart && w === "theo" && w1 === "báo")) reported = true;
      }
    }
    // "công tác chuẩn bị đại hội": the meeting being prepared is the subject, not the report of one
    const prepared = i >= 2 && (t[i - 2] as Token).low === "chuẩn" && (t[i - 1] as Token).low === "bị";
    // "phường đã tổ chức 2 hội nghị đối thoại", "nhiều buổi sinh hoạt": a tally of meetings, not the report of one
    const tally = i > s.tokStart && ((t[i - 1] as Token).digit || TALLY_WORDS.has((t[i - 1] as Token).low));
    // "Nhắc lại Hội nghị Thành ủy hồi tháng 3/2018, …", "lãnh đạo tỉnh nhắc lại Hội nghị … ngày 1/7": recalled, not reported
    let recalled = false;
    for (let k = Math.max(s.tokStart, i - 4); k + 1 < i; k++) {
      if (RECALL_VERBS.has(`${(t[k] as Token).low} ${(t[k + 1] as Token).low}`)) recalled = true;
    }
    if (selfTriggered) triggerTok = i;
    // a caption reports a meeting only with its own day and verb ("… trao Huy hiệu … chiều qua (2/2). Ảnh: X")
    const captioned = zone === "caption" && dated && VERBAL_HEADS.has((t[i] as Token).low);
    const triggered = (zone !== "caption" || captioned) && !planned && !reported && !prepared && !recalled && !tally && (triggerTok >= 0 || dated || selfTriggered || zone === "title");
    out.push({
      tokStart: i,
      tokEnd: head.end,
      start: (t[i] as Token).start,
      end: (t[head.end - 1] as Token).end,
      type,
      sentence: sIdx,
      triggered,
      anaphoric: false,
      triggerTok,
      zone,
      weak: false,
    });
    i = head.end - 1;
  }
  // one reported event per sentence: the head nearest its trigger (or the first one)
  const bySentence = new Map<number, EventMention[]>();
  for (const m of out) if (m.triggered) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const ms of bySentence.values()) {
    if (ms.length < 2) continue;
    // a delegation (Đoàn giám sát … có buổi làm việc với) is the actor; the other head is the event
    const delegation = (m: EventMention): number => ((t[m.tokStart] as Token).low === "đoàn" ? 1e7 : 0);
    const score = (m: EventMention): number => delegation(m) + (m.triggerTok >= 0 ? Math.abs(m.tokStart - m.triggerTok) : 1e6 + m.tokStart);
    const best = ms.reduce((a, b) => (score(b) < score(a) ? b : a));
    for (const m of ms) if (m !== best && m.type !== best.type) m.triggered = false;
  }
  return out;
}
