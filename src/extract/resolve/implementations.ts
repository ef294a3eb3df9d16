// IMPLEMENTS: a body doing something with a document — the organizer of an event that concerns it,
// or the subject of an implementing verb in a clause naming it.
import type { Span } from "../types.js";
import { longest, sentenceSpan } from "../doc.js";
import type { Token } from "../tokens.js";
import type { DocMention } from "../recognize/documents.js";
import { resolveBody, type OrgInfo } from "../recognize/bodies.js";
import type { Assembly, ResolvedBody } from "./context.js";
import type { Events } from "./events.js";

const IMPL_KINDS = new Set(["PARTY_COMMITTEE", "STANDING_COMMITTEE", "PARTY_BOARD", "GOVERNMENT", "PEOPLES_COUNCIL", "FRONT", "PARTY_ORGANIZATION", "MASS_ORGANIZATION"]);

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
  const implement = (o: OrgInfo, docId: string, evidence: Span, firstSeen: string | null): void => {
    a.orgEntity(o);
    claimed.add(`${o.id}|${docId}`);
    const r = g.relate("IMPLEMENTS", o.id, docId, { firstSeen }, evidence);
    if (r && firstSeen && (!r.properties.firstSeen || String(r.properties.firstSeen) > firstSeen)) r.properties.firstSeen = firstSeen;
  };
  const byEvents = (withOrganizer: boolean): void => {
    for (const e of ev.events) {
      if ((e.organizer !== null) !== withOrganizer) continue;
      // a delegation's working session or inspection reviews the work of the body it visits
      const actor = e.organizer ?? hostOf(a, e);
      if (!actor) continue;
      // a board (Ban Tuyên giáo, Ủy ban Kiểm tra) holding its own event is the actor, not its committee
      const c = actor.kind === "PARTY_BOARD" ? actor : (a.committeeOf(actor) ?? actor);
      const head = e.heads[0];
      // a Ban Thường vụ decides and plans itself; a Thường trực office acts for its committee
      // (the body a delegation visits answers for its committee)
      const both = e.organizer !== null && actor.id.startsWith("org:ban-thuong-vu-") && c !== actor;
      for (const d of eventDocs.get(e.id) ?? []) {
        // the visited body itself reported as implementing the document (in a clause) answers for it
        if (!e.organizer && (claimed.has(`${actor.id}|${d}`) || claimed.has(`${c.id}|${d}`))) continue;
        const span = head ? sentenceSpan(doc, head.tokStart) : { start: 0, end: 0, text: "" };
        implement(c, d, span, e.date ?? ev.asOf);
        if (both) implement(actor, d, span, e.date ?? ev.asOf);
      }
    }
  };
  byEvents(true);
  const mainOrganizer = ev.events.find((e) => e.organizer)?.organizer ?? null;
  for (const cl of clauses(a)) {
    const ds = docsInSentence(cl.sIdx).filter((d) => d.tokStart >= cl.tokStart && d.tokStart < cl.tokEnd);
    if (ds.length === 0) continue;
    for (const { d, chosen } of subjectsOf(a, cl, ds, mainOrganizer)) {
      for (const t of chosen) {
        const target = t.kind === "PARTY_ORGANIZATION" ? (a.committeeOf(t) ?? t) : t;
        implement(target, docIds.get(d) as string, sentenceSpan(doc, cl.tokStart), ev.eventDate ?? ev.asOf);
      }
    }
  }
  // visited bodies last: credited only for documents no clause already gives them or their committee
  byEvents(false);
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
    for (const r of a.bodiesInSentence(h.sentence)) {
      if (r.o.level === "CENTRAL" || !IMPL_KINDS.has(r.o.kind) || m.inDoc[r.b.tokStart]) continue;
      const prev = tokens[r.b.tokStart - 1]?.low;
      if (r.b.tokStart === h.tokEnd || (r.b.tokStart > h.tokStart && r.b.tokStart - h.tokEnd <= 1 && (prev === "với" || prev === "tại"))) return r.o;
    }
  }
  return null;
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

/** For each document of the clause, the bodies implementing it (the subject and its coordinated bodies). */
function subjectsOf(a: Assembly, cl: Clause, ds: DocMention[], mainOrganizer: OrgInfo | null): Array<{ d: DocMention; chosen: OrgInfo[] }> {
  const { doc, tokens, m } = a;
  const out: Array<{ d: DocMention; chosen: OrgInfo[] }> = [];
  const verbs: number[] = [];
  for (let k = cl.tokStart; k < cl.tokEnd; k++) if (!m.inDoc[k] && longest(doc, k, "implVerb")) verbs.push(k);
  if (verbs.length === 0) return out;
  const allCands = a.bodiesInSentence(cl.sIdx).filter((r) => {
    if (r.b.tokStart < cl.tokStart || r.b.tokStart >= cl.tokEnd) return false;
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
  const noBreak = (x: number, y: number): boolean => {
    for (let k = x; k < y; k++) if (/^[;:()"]$/.test((tokens[k] as Token).text) || m.inDoc[k]) return false;
    return true;
  };
  const verbAfter = (r: ResolvedBody): number =>
    verbs.find(
      (v) =>
        v >= r.b.tokEnd &&
        (v - r.b.tokEnd <= 5 || (v - r.b.tokEnd <= 8 && plain(r.b.tokEnd, v)) || (reports(r.b.tokEnd) && v - r.b.tokEnd <= 12 && noBreak(r.b.tokEnd, v))),
    ) ?? -1;
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
  for (const d of ds) {
    let chosen: OrgInfo | null = null;
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
        if (v < 0 && verbs[0] === cl.tokStart && r.b.tokStart >= d.tokEnd) v = cl.tokStart;
        if (v < 0) continue;
        let dist = Infinity;
        // "<body> đã lãnh đạo thực hiện <document>"
        if (r.b.tokEnd <= v && v < d.tokStart && d.tokStart - v <= 40) dist = d.tokStart - r.b.tokEnd;
        // "Thực hiện <document>, <body> đã ban hành kế hoạch…"
        else if (r.b.tokStart >= d.tokEnd && r.b.tokStart - d.tokEnd <= 6) dist = r.b.tokStart - d.tokEnd;
        else if (r.b.tokStart >= d.tokEnd && verbs[0] === cl.tokStart) {
          // "Thực hiện Nghị quyết số 29-NQ/TW ngày … của …, Huyện ủy đã …": the subject after the fronted phrase
          let comma = d.tokEnd;
          while (comma < r.b.tokStart && (tokens[comma] as Token).text !== ",") comma++;
          if (comma < r.b.tokStart && r.b.tokStart - comma <= 3 && comma - d.tokEnd <= 20) dist = r.b.tokStart - d.tokEnd;
        }
        if (dist < best) {
          best = dist;
          chosen = r.o;
        }
      }
    }
    if (!chosen && cands.length === 0) chosen = reporterBody(a, cl, d, verbs, reports, noBreak);
    if (!chosen && cands.length === 0 && mainOrganizer && !/^(theo|nhờ)$/.test(first.low)) chosen = a.committeeOf(mainOrganizer) ?? mainOrganizer;
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
