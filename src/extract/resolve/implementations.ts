// IMPLEMENTS: a body doing something with a document — the organizer of an event that concerns it,
// or the subject of an implementing verb in a clause naming it.
import type { Span } from "../types.js";
import { longest, sentenceSpan } from "../doc.js";
import type { Token } from "../tokens.js";
import type { DocMention } from "../recognize/documents.js";
import { resolveBody, type OrgInfo } from "../recognize/bodies.js";
import type { Assembly, ResolvedBody } from "./context.js";
import type { Events } from "./events.js";
import { pluralReferences } from "./plural-documents.js";

const IMPL_KINDS = new Set(["PARTY_COMMITTEE", "STANDING_COMMITTEE", "PARTY_BOARD", "GOVERNMENT", "PEOPLES_COUNCIL", "FRONT", "PARTY_ORGANIZATION", "MASS_ORGANIZATION", "STATE_AGENCY"]);

interface Clause {
  tokStart: number;
  tokEnd: number;
  sIdx: number;
}

export function addImplementations(
  a: Assembly,
  ev: Events,
  eventDocs: Map<string, Set<string>>,
  docsInSentence: (s: number) => DocMention[],
  docIds: Map<DocMention, string>,
): void {
  const { doc, g } = a;
  const claimed = new Set<string>();
  // the sentences in which a clause credited a body with a document
  const claimedIn = new Map<string, Set<number>>();
  const implement = (o: OrgInfo, docId: string, evidence: Span, firstSeen: string | null, sIdx = -1): void => {
    a.orgEntity(o);
    const key = `${o.id}|${docId}`;
    claimed.add(key);
    if (sIdx >= 0) {
      const l = claimedIn.get(key);
      if (l) l.add(sIdx);
      else claimedIn.set(key, new Set([sIdx]));
    }
    const r = g.relate("IMPLEMENTS", o.id, docId, { firstSeen }, evidence);
    if (r && firstSeen && (!r.properties.firstSeen || String(r.properties.firstSeen) > firstSeen)) r.properties.firstSeen = firstSeen;
  };
  const byEvents = (withOrganizer: boolean): void => {
    for (const e of ev.events) {
      if ((e.organizer !== null) !== withOrganizer) continue;
      // a delegation's working session or inspection reviews the work of the body it visits
      const visited = e.organizer ? [] : hostsOf(a, e);
      const actor = e.organizer ?? visited[0];
      if (!actor) continue;
      // a board (Ban Tuyên giáo, Ủy ban Kiểm tra) or a Ban Thường vụ holding its own event is the actor,
      // not its committee; a Thường trực office acts for its committee
      const own = actor.kind === "PARTY_BOARD" || (e.organizer !== null && actor.id.startsWith("org:ban-thuong-vu-"));
      const c = own ? actor : (a.committeeOf(actor) ?? actor);
      const head = e.heads[0];
      const docs = new Set(eventDocs.get(e.id) ?? []);
      // visited: what the body reports to the delegation on its own results ("Bí thư Huyện ủy X báo cáo
      // với đoàn kết quả thực hiện Nghị quyết …") is the visited body's implementation too
      if (!e.organizer) for (const d of reportedTo(a, e, ev, claimedIn, [actor.id, c.id])) docs.add(d);
      const span = head ? sentenceSpan(doc, head.tokStart) : { start: 0, end: 0, text: "" };
      const when = e.date ?? ev.asOf;
      if (e.organizer) {
        const partners = coOrganizers(a, e);
        for (const d of docs) {
          implement(c, d, span, when);
          for (const p of partners) implement(p, d, span, when);
        }
        // an inspection held by a board (Ủy ban Kiểm tra) over a body: the inspected body implements
        // what is inspected, as for a visiting delegation
        const host = hostOf(a, e);
        if (host && host !== actor && host.id !== c.id && (e.type === "INSPECTION" || e.type === "WORKING_SESSION")) {
          for (const d of docs) implement(visitedImplementer(a, host), d, span, when);
        }
        continue;
      }
      // the visited bodies themselves ("làm việc với Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy"): a
      // visited Ban Thường vụ or board answers for itself, a visited Đảng bộ through its committee
      for (const o of visited) for (const d of docs) implement(visitedImplementer(a, o), d, span, when);
    }
  };
  byEvents(true);
  const mainOrganizer = ev.events.find((e) => e.organizer)?.organizer ?? null;
  // "thực hiện hai nghị quyết, Ban Thường vụ Huyện ủy đã …": each document a plural reference stands for
  const plural = pluralReferences(a, docIds);
  const idOf = new Map<DocMention, string>([...docIds, ...plural.map((p): [DocMention, string] => [p.d, p.id])]);
  // the bodies the last clause credited, for a clause after ";" that goes on without a subject of its own
  let carried: { sIdx: number; end: number; subjects: OrgInfo[] } | null = null;
  for (const cl of clauses(a)) {
    const inClause = (d: DocMention): boolean => d.tokStart >= cl.tokStart && d.tokStart < cl.tokEnd;
    const ds = [...docsInSentence(cl.sIdx).filter(inClause), ...plural.map((p) => p.d).filter((d) => doc.tokSentence[d.tokStart] === cl.sIdx && inClause(d))];
    if (ds.length === 0) continue;
    const stands = new Set(plural.map((p) => p.d));
    const found = subjectsOf(a, cl, ds, mainOrganizer);
    // "Đảng bộ tỉnh đã thực hiện nghiêm túc Chỉ thị 05 …; hiện đang tập trung chuẩn bị đại hội theo Chỉ thị
    // 35": the clause after the semicolon has the same subject
    if (carried && carried.sIdx === cl.sIdx && carried.end === cl.tokStart && continuesSubject(a, cl)) {
      for (const d of ds) if (!stands.has(d) && !found.some((f) => f.d === d) && actedOn(a, cl, d)) found.push({ d, chosen: carried.subjects });
    }
    carried = null;
    for (const { d, chosen } of found) {
      // a plural reference credits only a body the clause names as the doer, never a fallback
      // ("ông X quán triệt nội dung hai nghị quyết" credits nobody)
      const named = stands.has(d) ? new Set(a.bodiesInSentence(cl.sIdx).filter((r) => r.b.tokStart >= cl.tokStart && r.b.tokStart < cl.tokEnd).map((r) => r.o.id)) : null;
      for (const t of chosen) {
        if (named && !named.has(t.id)) continue;
        const target = t.kind === "PARTY_ORGANIZATION" ? (a.committeeOf(t) ?? t) : t;
        implement(target, idOf.get(d) as string, sentenceSpan(doc, cl.tokStart), ev.eventDate ?? ev.asOf, cl.sIdx);
      }
      // only a subject the clause names is carried on
      const own = chosen.filter((t) => a.bodiesInSentence(cl.sIdx).some((r) => r.o.id === t.id && r.b.tokStart >= cl.tokStart && r.b.tokStart < cl.tokEnd));
      if (own.length > 0 && a.tokens[cl.tokEnd - 1]?.text === ";") carried = { sIdx: cl.sIdx, end: cl.tokEnd, subjects: own };
    }
  }
  // visited bodies last: credited only for documents no clause already gives them or their committee
  byEvents(false);
}

/**
 * Documents a clause credited to the visited body (or its committee) in the sentences reporting a
 * working session or inspection without organizer: its head sentence and the next two, up to the next
 * event's own sentence.
 */
function reportedTo(a: Assembly, e: Events["events"][number], ev: Events, claimedIn: Map<string, Set<number>>, orgIds: string[]): string[] {
  const own = e.heads.filter((h) => h.zone === "body").map((h) => h.sentence);
  if (own.length === 0) return [];
  const from = Math.min(...own);
  let to = from + 3;
  for (const o of ev.events) {
    if (o === e) continue;
    for (const h of o.heads) if (h.zone === "body" && h.sentence > from && h.sentence < to && !h.anaphoric) to = h.sentence;
  }
  const out: string[] = [];
  for (const [key, ss] of claimedIn) {
    const bar = key.indexOf("|");
    if (!orgIds.includes(key.slice(0, bar))) continue;
    for (const s of ss) if (s >= from && s < to) out.push(key.slice(bar + 1));
  }
  return out;
}

/** "Ban Tuyên giáo Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức tọa đàm": the partners hold it too. */
function coOrganizers(a: Assembly, e: Events["events"][number]): OrgInfo[] {
  const { tokens, m } = a;
  const out: OrgInfo[] = [];
  for (const s of new Set(e.heads.filter((h) => h.zone === "body" && !h.anaphoric).map((h) => h.sentence))) {
    const rs = a.bodiesInSentence(s);
    rs.forEach((r, q) => {
      if (r.o.level === "CENTRAL" || m.inDoc[r.b.tokStart] || r.o.id === e.organizer?.id) return;
      const at = r.b.tokStart;
      const joined = tokens[at - 1]?.low === "với" && tokens[at - 2]?.low === "hợp" && tokens[at - 3]?.low === "phối";
      // "… phối hợp với Ban Tổ chức Tỉnh ủy và Ban Dân vận Tỉnh ủy"
      const prev = rs[q - 1];
      const listed = prev !== undefined && out.includes(prev.o) && at - prev.b.tokEnd === 1 && (tokens[prev.b.tokEnd]?.low === "và" || tokens[prev.b.tokEnd]?.text === ",");
      if (joined || listed) out.push(r.o);
    });
  }
  return out;
}

/** Who implements for a visited body: itself, or the committee of a visited Đảng bộ. */
function visitedImplementer(a: Assembly, o: OrgInfo): OrgInfo {
  return o.kind === "PARTY_ORGANIZATION" ? (a.committeeOf(o) ?? o) : o;
}

/** The visited body and the bodies coordinated with it ("với Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy"). */
function hostsOf(a: Assembly, e: Events["events"][number]): OrgInfo[] {
  const first = hostOf(a, e);
  if (!first) return [];
  const out = [first];
  for (const h of e.heads) {
    if (h.zone !== "body" || h.anaphoric) continue;
    const rs = a.bodiesInSentence(h.sentence);
    const at = rs.findIndex((r) => r.o === first || r.o.id === first.id);
    if (at < 0) continue;
    for (let q = at + 1; q < rs.length; q++) {
      const prev = rs[q - 1] as ResolvedBody;
      const r = rs[q] as ResolvedBody;
      const gap = a.tokens[prev.b.tokEnd];
      if (r.b.tokStart - prev.b.tokEnd !== 1 || !gap || (gap.low !== "và" && gap.text !== ",")) break;
      if (r.o.level === "CENTRAL" || !IMPL_KINDS.has(r.o.kind)) break;
      out.push(r.o);
    }
    break;
  }
  return out;
}

/**
 * The local body a working session or inspection without an organizer is held with: "(đoàn …)
 * làm việc với Ban Thường vụ Tỉnh ủy X", "kiểm tra tại Huyện ủy Y".
 */
function hostOf(a: Assembly, e: Events["events"][number]): OrgInfo | null {
  if (e.type !== "WORKING_SESSION" && e.type !== "INSPECTION") return null;
  const { tokens, m } = a;
  for (const h of e.heads) {
    if (h.zone !== "body" || h.anaphoric) continue;
    // "Ban Thường vụ Tỉnh ủy X đã tiếp và làm việc với Đoàn kiểm tra …": the host receives the delegation
    if (tokens[h.tokStart]?.low === "tiếp") {
      const host = a.bodiesInSentence(h.sentence).find((r) => r.b.tokEnd <= h.tokStart && h.tokStart - r.b.tokEnd <= 1 && r.o.level !== "CENTRAL" && IMPL_KINDS.has(r.o.kind));
      if (host) return host.o;
    }
    for (const r of a.bodiesInSentence(h.sentence)) {
      if (r.o.level === "CENTRAL" || !IMPL_KINDS.has(r.o.kind) || m.inDoc[r.b.tokStart]) continue;
      const prev = tokens[r.b.tokStart - 1]?.low;
      if (r.b.tokStart === h.tokEnd || (r.b.tokStart > h.tokStart && r.b.tokStart - h.tokEnd <= 1 && (prev === "với" || prev === "tại"))) return r.o;
    }
    // further on in the head's sentence: "(đoàn …) đã công bố quyết định kiểm tra đối với Ban Thường vụ
    // Huyện ủy X", "giám sát tại Đảng ủy xã Y", "đã làm việc với Ban Thường vụ Tỉnh ủy Z"
    for (const r of a.bodiesInSentence(h.sentence)) {
      if (r.b.tokStart <= h.tokStart || r.o.level === "CENTRAL" || !IMPL_KINDS.has(r.o.kind) || m.inDoc[r.b.tokStart]) continue;
      const p1 = tokens[r.b.tokStart - 1]?.low;
      const p2 = tokens[r.b.tokStart - 2]?.low;
      // … and "giám sát trực tiếp việc thực hiện Chỉ thị 05 tại Đảng ủy xã Y": "tại" right after what is inspected
      if ((p1 === "với" && (p2 === "đối" || p2 === "việc")) || (p1 === "tại" && (p2 === "tra" || p2 === "sát" || m.inDoc[r.b.tokStart - 2] === 1))) return r.o;
    }
  }
  return null;
}

/** Words that open a clause with a subject of its own: a quantity, a determiner, a new actor. */
const OWN_SUBJECT = new Set(["các", "những", "nhiều", "một", "mỗi", "toàn", "trong", "tuy", "nhưng", "song", "còn", "việc", "công"]);

/** A clause after ";" that opens with a verb or an adverb, naming no body nor person before its first document. */
function continuesSubject(a: Assembly, cl: Clause): boolean {
  const first = a.tokens[cl.tokStart];
  if (!first || !first.alpha || first.cap || OWN_SUBJECT.has(first.low)) return false;
  const firstDoc = a.m.docMentions.find((d) => d.tokStart >= cl.tokStart && d.tokStart < cl.tokEnd)?.tokStart ?? cl.tokEnd;
  for (let k = cl.tokStart; k < firstDoc; k++) if (a.m.inBody[k] || a.m.persons.some((p) => p.tokStart === k)) return false;
  return true;
}

/** The clause acts on the document: an implementing verb before it, or "theo"/"về" right before it. */
function actedOn(a: Assembly, cl: Clause, d: DocMention): boolean {
  const p = a.tokens[d.tokStart - 1]?.low;
  if (p === "theo" || p === "về") return true;
  for (let k = cl.tokStart; k < d.tokStart; k++) if (!a.m.inDoc[k] && longest(a.doc, k, "implVerb")) return true;
  return false;
}

/** Body and title sentences cut at semicolons and colons outside document references. */
function clauses(a: Assembly): Clause[] {
  const { doc, tokens, m } = a;
  const out: Clause[] = [];
  doc.sentences.forEach((s, sIdx) => {
    if (s.kind !== "body" && s.kind !== "title") return;
    let c0 = s.tokStart;
    for (let k = s.tokStart; k < s.tokEnd; k++) {
      const tx = (tokens[k] as Token).text;
      if ((tx === ";" || tx === ":") && !m.inDoc[k]) {
        out.push({ tokStart: c0, tokEnd: k + 1, sIdx });
        c0 = k + 1;
      }
    }
    if (c0 < s.tokEnd) out.push({ tokStart: c0, tokEnd: s.tokEnd, sIdx });
  });
  return out;
}

/** Words of a time phrase ("thời gian qua", "những năm qua", "đến nay", "năm 2025"). */
const TIME_WORDS = new Set(["qua", "nay", "năm", "gian", "tháng", "đây"]);
const PRAISE = new Set(["biểu dương", "tuyên dương", "khen thưởng", "khen ngợi", "đánh giá", "ghi nhận"]);
const REASON = new Set(["vì", "do", "về", "trong", "cao"]);

/** A central document: a /TW code, a plenum form or a catalogue alias. */
function central(d: DocMention): boolean {
  return (d.codeKey !== null && d.codeKey.endsWith("/TW")) || d.plenum !== null || d.aliasDoc !== null;
}

/** For each document of the clause, the bodies implementing it (the subject and its coordinated bodies). */
function subjectsOf(a: Assembly, cl: Clause, ds: DocMention[], mainOrganizer: OrgInfo | null): Array<{ d: DocMention; chosen: OrgInfo[] }> {
  const { doc, tokens, m } = a;
  const out: Array<{ d: DocMention; chosen: OrgInfo[] }> = [];
  const verbs: number[] = [];
  // "sẽ sơ kết", "dự kiến triển khai": planned, not done
  // … or advised: "cần gắn việc thực hiện Nghị quyết 35 với Kết luận 21" is what should be done
  const planned = (k: number): boolean => {
    for (let q = Math.max(cl.tokStart, k - 3); q < k; q++) {
      const w = (tokens[q] as Token).low;
      if (w === "sẽ" || w === "cần" || (w === "dự" && tokens[q + 1]?.low === "kiến")) return true;
    }
    return false;
  };
  for (let k = cl.tokStart; k < cl.tokEnd; k++) if (!m.inDoc[k] && longest(doc, k, "implVerb") && !planned(k)) verbs.push(k);
  // "… theo Nghị định 150", "Về Nghị quyết 68, …": a document named after these can be acted on without
  // an implementing verb
  const cued = ds.some((d) => tokens[d.tokStart - 1]?.low === "theo" || tokens[d.tokStart - 1]?.low === "về");
  if (verbs.length === 0 && !cued) return out;
  const askedAt = (k: number): boolean => {
    let q = k - 1;
    // over coordinated bodies and "các": "yêu cầu Huyện ủy A và Thành ủy B …"
    // (an acronym of a body without its place, "HĐND và UBND thành phố", is one of them)
    while (q > cl.tokStart && (m.inBody[q] || tokens[q]?.low === "và" || tokens[q]?.text === "," || tokens[q]?.low === "các" || (tokens[q]?.upper === true && (tokens[q]?.text.length ?? 0) >= 3))) q--;
    const w = `${tokens[q - 1]?.low ?? ""} ${tokens[q]?.low ?? ""}`;
    return w === "yêu cầu" || w === "đề nghị";
  };
  const allCands = a.bodiesInSentence(cl.sIdx).filter((r) => {
    if (r.b.tokStart < cl.tokStart || r.b.tokStart >= cl.tokEnd) return false;
    // "tham mưu (cho) Ban Thường vụ Tỉnh ủy sơ kết …": the advised body's act is still to come
    const p1 = tokens[r.b.tokStart - 1]?.low;
    const p2 = tokens[r.b.tokStart - 2]?.low;
    if ((p1 === "mưu" && p2 === "tham") || (p1 === "cho" && p2 === "mưu")) return false;
    // "yêu cầu HĐND và UBND thành phố cụ thể hóa …": a body asked to act has not acted yet
    if (askedAt(r.b.tokStart)) return false;
    if (r.o.level === "CENTRAL" || !IMPL_KINDS.has(r.o.kind) || m.inDoc[r.b.tokStart]) return false;
    // "Nghị quyết 57 của Bộ Chính trị": the issuer, never the implementer
    const prev = tokens[r.b.tokStart - 1];
    return !(prev && prev.low === "của" && m.inDoc[r.b.tokStart - 2]);
  });
  // subject-verb pairs: a body followed closely by an implementing verb
  // within a few words, or further when nothing but the predicate separates them (đã ban hành 5 văn bản triển khai …)
  const plain = (x: number, y: number): boolean => {
    for (let k = x; k < y; k++) if (/^[,;:()"]$/.test((tokens[k] as Token).text) || m.inDoc[k] || m.inBody[k]) return false;
    return true;
  };
  // "ông X, Bí thư Huyện ủy Y báo cáo với đoàn kết quả thực hiện …": the official reports on the
  // work of the body he heads
  const reports = (k: number): boolean => {
    const t0 = tokens[k]?.low;
    const t1 = tokens[k + 1]?.low;
    return (t0 === "báo" && t1 === "cáo") || (t0 === "cho" && t1 === "biết") || (t0 === "thông" && t1 === "tin");
  };
  const issues = (k: number): boolean => {
    const q = tokens[k]?.low === "đã" ? k + 1 : k;
    return tokens[q]?.low === "ban" && tokens[q + 1]?.low === "hành";
  };
  const bodyBetween = (x: number, y: number): boolean => {
    for (let k = x; k < y; k++) if (m.inBody[k]) return true;
    return false;
  };
  const noBreak = (x: number, y: number): boolean => {
    for (let k = x; k < y; k++) if (/^[;:()"]$/.test((tokens[k] as Token).text) || m.inDoc[k]) return false;
    return true;
  };
  // "Đảng ủy xã X được biểu dương vì sớm tổ chức cho đảng viên nghiên cứu Nghị quyết 80": the praised
  // body did what it is praised for
  const praised = (k: number): boolean => {
    if (tokens[k]?.low !== "được") return false;
    const w = `${tokens[k + 1]?.low ?? ""} ${tokens[k + 2]?.low ?? ""}`;
    return PRAISE.has(w) && REASON.has(tokens[k + 3]?.low ?? "");
  };
  // "Ban Thường vụ Huyện ủy Hải Hậu (tỉnh Nam Định) đã ban hành …": the parenthesis is part of the subject
  const endOf = (r: ResolvedBody): number => {
    const e = r.b.tokEnd;
    if (tokens[e]?.text !== "(") return e;
    for (let q = e + 1; q < e + 8 && q < cl.tokEnd; q++) if ((tokens[q] as Token).text === ")") return q + 1;
    return e;
  };
  const verbAfter = (r: ResolvedBody): number => {
    const e = endOf(r);
    return (
      verbs.find(
        (v) =>
          v >= e &&
          (v - e <= 5 ||
            (v - e <= 8 && plain(e, v)) ||
            // "Huyện ủy X đã luân chuyển 15 cán bộ về cơ sở để thực hiện Nghị quyết 26": a purpose clause
            (v - e <= 12 && plain(e, v) && (tokens[v - 1]?.low === "để" || tokens[v - 1]?.low === "nhằm")) ||
            ((reports(e) || (tokens[e]?.low === "trình" && reports(e + 2))) && v - e <= 12 && noBreak(e, v)) ||
            // "Ban Thường vụ Huyện ủy đã ban hành 4 kế hoạch, 12 văn bản chỉ đạo thực hiện Chỉ thị 06": what it
            // issued, counted, carries the verb
            (issues(e) && v - e <= 14 && noBreak(e, v) && !bodyBetween(e, v)) ||
            (praised(e) && v - e <= 16 && noBreak(e, v))),
      ) ?? -1
    );
  };
  const first = tokens[cl.tokStart] as Token;
  // quoted speech: a document named inside quotes pairs only with bodies inside them
  const sent = doc.sentences[cl.sIdx] as { tokStart: number; tokEnd: number };
  const quoteParity = new Uint8Array(sent.tokEnd - sent.tokStart);
  let qd = 0;
  for (let k = sent.tokStart; k < sent.tokEnd; k++) {
    if ((tokens[k] as Token).text === '"') qd ^= 1;
    quoteParity[k - sent.tokStart] = qd;
  }
  // -1 outside the sentence
  const quoteDepth = (k: number): number => (k >= sent.tokStart && k < sent.tokEnd ? (quoteParity[k - sent.tokStart] as number) : -1);
  // "Việc thực hiện Quy định số 96-QĐ/TW … còn hình thức": the work named as a topic and then faulted is
  // criticism, not anyone's implementation
  const criticised = (d: DocMention): boolean => {
    const v = verbs.find((x) => x < d.tokStart && d.tokStart - x <= 3 && tokens[x - 1]?.low === "việc");
    if (v === undefined) return false;
    for (let k = d.tokEnd; k < cl.tokEnd; k++) if (!m.inDoc[k] && (tokens[k]?.low === "còn" || tokens[k]?.low === "chưa")) return true;
    return false;
  };
  // "Thực hiện Nghị quyết số 12-NQ/TW, thời gian qua Tỉnh ủy đã …": a time phrase between the comma and the subject
  const timePhrase = (x: number, y: number): boolean => {
    if (y - x > 4) return false;
    let timed = false;
    for (let k = x; k < y; k++) {
      const t = tokens[k] as Token;
      if (!t.alpha && !t.digit) return false;
      if (TIME_WORDS.has(t.low)) timed = true;
    }
    return timed;
  };
  for (const d of ds) {
    if (criticised(d)) continue;
    let chosen: OrgInfo | null = null;
    // "(Theo ông X,) thực hiện <document>, <body> đã …": a fronted purpose phrase opening the clause or
    // a comma-separated part of it
    // ("thực hiện Chỉ thị 35 và Hướng dẫn 26, …": each document of the list)
    let lead = d.tokStart;
    while (lead > cl.tokStart && (m.inDoc[lead - 1] || tokens[lead - 1]?.low === "và" || tokens[lead - 1]?.text === ",")) lead--;
    const opensPart = (k: number): boolean => k === cl.tokStart || tokens[k - 1]?.text === ",";
    // "Về Nghị quyết 68, Đảng ủy xã X đã lãnh đạo …": the document as the topic of what follows
    const topic = lead - 1 >= cl.tokStart && tokens[lead - 1]?.low === "về" && opensPart(lead - 1) ? lead - 1 : -1;
    const fronted = verbs.find((v) => v < d.tokStart && lead - v <= 3 && lead - v >= 0 && opensPart(v)) ?? topic;
    const cands = allCands.filter((r) => quoteDepth(r.b.tokStart) === quoteDepth(d.tokStart));
    // passive agent: "… được Thành ủy triển khai"
    for (const r of cands) {
      const prev = tokens[r.b.tokStart - 1];
      if (prev && (prev.low === "được" || prev.low === "do") && r.b.tokStart > d.tokEnd && verbs.some((v) => v >= r.b.tokEnd && v - r.b.tokEnd <= 3)) chosen = r.o;
    }
    if (!chosen) {
      let best = Infinity;
      for (const r of cands) {
        let v = verbAfter(r);
        if (v < 0 && fronted >= 0 && r.b.tokStart >= d.tokEnd) v = fronted;
        if (v < 0) continue;
        let dist = Infinity;
        // "<body> đã lãnh đạo thực hiện <document>"
        if (r.b.tokEnd <= v && v < d.tokStart && d.tokStart - v <= 40) dist = d.tokStart - r.b.tokEnd;
        // "Thực hiện <document>, <body> đã ban hành kế hoạch…"
        else if (r.b.tokStart >= d.tokEnd && r.b.tokStart - d.tokEnd <= 6) dist = r.b.tokStart - d.tokEnd;
        else if (r.b.tokStart >= d.tokEnd && fronted >= 0) {
          // "Thực hiện Nghị quyết số 29-NQ/TW ngày … của …, Huyện ủy đã …": the subject after the fronted phrase
          // the comma closing the phrase; other documents of the list do not count towards its length
          let comma = d.tokEnd;
          let words = 0;
          while (comma < r.b.tokStart && ((tokens[comma] as Token).text !== "," || m.inDoc[comma])) {
            if (!m.inDoc[comma]) words++;
            comma++;
          }
          if (comma < r.b.tokStart && (r.b.tokStart - comma <= 3 || timePhrase(comma + 1, r.b.tokStart)) && words <= 20) dist = r.b.tokStart - d.tokEnd;
        }
        if (dist < best) {
          best = dist;
          chosen = r.o;
        }
      }
    }
    // "(báo cáo) kết quả 5 năm thực hiện Chỉ thị 05-CT/TW (2016 - 2021) của Đảng bộ xã": a local body
    // after "của" owns the results on a central document (a local document's "của" names its issuer)
    if (!chosen && central(d)) {
      const owner = cands.find((r) => {
        if (r.b.tokStart < d.tokEnd || r.b.tokStart - d.tokEnd > 8 || tokens[r.b.tokStart - 1]?.low !== "của") return false;
        for (let k = d.tokEnd; k < r.b.tokStart; k++) if (/^[;:"]$/.test((tokens[k] as Token).text) || m.inDoc[k]) return false;
        return verbs.some((v) => v < d.tokStart && d.tokStart - v <= 4);
      });
      if (owner) chosen = owner.o;
    }
    // "Ngay sau khi Nghị quyết 35 được ban hành, …, Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch thực
    // hiện, …": a verb left without an object acts on the document the clause opened with
    if (!chosen) {
      const doer = cands.find((r) => {
        if (r.b.tokStart < d.tokEnd) return false;
        const v = verbAfter(r);
        if (v < 0) return false;
        // over chained verbs ("ban hành kế hoạch thực hiện")
        let end = longest(doc, v, "implVerb")?.end ?? v + 1;
        for (let x = longest(doc, end, "implVerb"); x && end < cl.tokEnd; x = longest(doc, end, "implVerb")) end = x.end;
        const after = tokens[end];
        return end >= cl.tokEnd || (after !== undefined && /^[,.;]$/.test(after.text));
      });
      if (doer) chosen = doer.o;
    }
    // the reporting official's body, also when a locative body follows ("… tại đảng bộ xã")
    if (!chosen) chosen = reporterBody(a, cl, d, verbs, reports, noBreak);
    // the main organizer answers for a subjectless clause, not for a private person's promise
    // ("đồng chí X phát biểu cảm ơn, hứa … thực hiện tốt Quy định 08" by a member receiving a badge)
    const untitled = a.m.persons.some(
      (p) => p.tokStart >= cl.tokStart && p.tokStart < d.tokStart && !p.role && !p.short && !a.m.persons.some((q) => q.chain && q.name === p.name),
    );
    // "UBND phường đã kiện toàn 3 phòng chuyên môn theo Nghị định số 150/2025/NĐ-CP": done under the document
    if (!chosen && tokens[d.tokStart - 1]?.low === "theo") {
      const doer = [...cands].reverse().find((r) => r.b.tokEnd < d.tokStart && tokens[r.b.tokEnd]?.low === "đã" && d.tokStart - r.b.tokEnd <= 26 && noBreak(r.b.tokEnd, d.tokStart));
      if (doer) chosen = doer.o;
    }
    if (!chosen && cands.length === 0 && mainOrganizer && verbs.length > 0 && !untitled && !/^(theo|nhờ)$/.test(first.low)) chosen = a.committeeOf(mainOrganizer) ?? mainOrganizer;
    if (!chosen) continue;
    const targets = [chosen];
    // "Huyện ủy Nam Đàn và Thành ủy Vinh xây dựng kế hoạch…": every coordinated subject
    const at = cands.findIndex((r) => r.o === chosen);
    for (let q = at - 1; q >= 0; q--) {
      const prev = cands[q] as ResolvedBody;
      const next = cands[q + 1] as ResolvedBody;
      const gap = tokens[prev.b.tokEnd];
      if (next.b.tokStart - prev.b.tokEnd === 1 && gap && (gap.low === "và" || gap.text === ",")) targets.push(prev.o);
      else break;
    }
    out.push({ d, chosen: targets });
  }
  return out;
}

/**
 * "Đồng chí X, Bí thư Huyện ủy Y báo cáo với đoàn kết quả thực hiện <document>": the local body
 * the reporting official heads (the last local body of the title chain) implements the document.
 */
function reporterBody(
  a: Assembly,
  cl: Clause,
  d: DocMention,
  verbs: number[],
  reports: (k: number) => boolean,
  noBreak: (x: number, y: number) => boolean,
): OrgInfo | null {
  for (const p of a.m.persons) {
    const c = p.chain;
    if (!c || p.tokStart < cl.tokStart || p.tokStart >= d.tokStart) continue;
    // the title chain after the name (X, Bí thư …) or before it (Bí thư … X)
    let at = c.tokStart >= p.tokEnd ? c.tokEnd : c.tokEnd <= p.tokStart ? p.tokEnd : -1;
    if (at < 0) continue;
    if (!reports(at)) continue;
    const v = verbs.find((x) => x > at && x < d.tokStart && d.tokStart - at <= 14);
    if (v === undefined || !noBreak(at, d.tokStart)) continue;
    for (let q = c.items.length - 1; q >= 0; q--) {
      const it = c.items[q];
      if (!it?.body || it.title.body !== "follow") continue;
      const o = resolveBody(a.bodyContext, it.body);
      if (o && o.level !== "CENTRAL" && IMPL_KINDS.has(o.kind)) return o.kind === "PARTY_BOARD" ? o : (a.committeeOf(o) ?? o);
    }
    at = -1;
  }
  return null;
}
