// Event mentions -> events: grouped by type and date, dated from their sentences, organized by the
// body next to an organizing verb, named after their head phrase.
import { lastStartingAt, longest, sentenceSpan } from "../doc.js";
import { upperFirst } from "../fold.js";
import type { Token } from "../tokens.js";
import { resolveDate, type DateMention } from "../recognize/dates.js";
import { recognizeEvents, type EventMention } from "../recognize/events.js";
import type { OrgInfo } from "../recognize/bodies.js";
import { bySentence, type Assembly } from "./context.js";

export interface EventDraft {
  id: string;
  type: string;
  heads: EventMention[];
  sentences: Set<number>;
  date: string | null;
  /** the last day of a meeting held over several days ("trong 2 ngày 5 và 6/8") */
  until: string | null;
  inferred: boolean;
  organizer: OrgInfo | null;
  firstTok: number;
  /** the tour announced over several days this visit is a day of */
  partOf?: EventDraft;
}

export interface Events {
  events: EventDraft[];
  mentions: EventMention[];
  /** sentences opened by "Trong đó, …", "Cụ thể, …" that go on with an event's sentence */
  continuation: Set<number>;
  /** sentences on a delegation's make-up that hold for each visit of its tour */
  tour: Set<number>;
  /** the first event's date */
  eventDate: string | null;
  /** the day positions are reported as held: the event's, else the publication day */
  asOf: string | null;
}

export function assembleEvents(a: Assembly): Events {
  const { doc, g, m, tokens } = a;
  const { dates, years, refYear } = m;
  const pub = doc.meta.publishedAt;
  // "Nghị quyết số 18-NQ/TW ngày 25/10/2017": a document's date, not an event's
  const docEnds = new Set(m.docMentions.filter((d) => doc.tokSentence[d.tokEnd] === doc.tokSentence[d.tokEnd - 1]).map((d) => d.tokEnd));
  const attached = (d: DateMention): boolean => {
    if (docEnds.has(d.tok)) return true;
    const p1 = tokens[d.tok - 1];
    if (p1 && (p1.low === "ngày" || p1.text === ",") && docEnds.has(d.tok - 1)) return true;
    const p2 = tokens[d.tok - 2];
    return !!p1 && !!p2 && p1.low === "ngày" && p2.text === "," && docEnds.has(d.tok - 2);
  };
  const dateIndex = new Map(dates.map((d, i) => [d, i]));
  // "chiều cùng ngày" takes the day of the last meeting reported before it: deadlines and the
  // dates of documents quoted in between ("Nghị quyết số 33-NQ/TW ngày 9/6/2014") are skipped
  const dateOf = (d: DateMention): { date: string | null; inferred: boolean } => {
    if (!d.sameDay) return resolveDate(d, refYear, pub);
    const i = dateIndex.get(d) ?? -1;
    for (let k = i - 1; k >= 0; k--) {
      const p = dates[k] as DateMention;
      // "… buổi kiểm điểm ngày 20/9/2012" recalled in a 2013 report is context, not the day before "cùng ngày"
      const recalled = p.year !== null && refYear !== null && p.year < refYear.year;
      if (!p.deadline && !p.sameDay && !attached(p) && !recalled) return d.offset === 0 ? resolveDate(p, refYear, pub) : shifted(resolveDate(p, refYear, pub), d.offset);
    }
    return { date: null, inferred: true };
  };
  // "kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020)": a date years before the article's is history
  const yearsBefore = (d: DateMention): boolean => d.year !== null && refYear !== null && d.year < refYear.year - 1;
  // … and so is the anniversary day that span closes: "(3/2/1930 - 3/2/2024)" dates no meeting
  const closesSpan = (d: DateMention): boolean => {
    const p = dates[(dateIndex.get(d) ?? 0) - 1];
    return p !== undefined && yearsBefore(p) && /^\s*[-–]\s*$/.test(doc.text.slice(p.end, d.start));
  };
  const historical = (d: DateMention): boolean => yearsBefore(d) || closesSpan(d);
  // a document's own date does not make its sentence the report of a meeting
  const dateToks = new Set<number>(dates.filter((d) => !d.deadline && !attached(d) && !historical(d)).map((d) => d.tok));
  const eventMentions = recognizeEvents(doc, m.inDoc, dateToks);
  const continuation = new Set<number>();

  const datesBySentence = bySentence(
    doc,
    dates.filter((d) => !d.deadline && !attached(d) && !historical(d)),
    (d) => d.tok,
  );
  const datesInSentence = (s: number): DateMention[] => datesBySentence.get(s) ?? [];
  const events: EventDraft[] = [];
  // "Năm 2023, Huyện ủy cũng đã tổ chức hội nghị…": an undated meeting of an earlier year is context
  const sentenceAt = (pos: number): number => lastStartingAt(doc.sentences, pos);

  // the place named right after a head ("tiếp xúc cử tri xã Hoàng Đan")
  const placeAfter = (h: EventMention): string | null => {
    const l = m.locs.find((x) => x.tokStart >= h.tokEnd && x.tokStart - h.tokEnd <= 2);
    return l ? doc.text.slice(l.start, l.end).toLowerCase() : null;
  };
  const earlierYear = new Set(years.filter((y) => refYear && !y.target && !y.ahead && y.year < refYear.year).map((y) => sentenceAt(y.start)));
  // "Chiều cùng ngày, bà X chủ trì buổi làm việc với Sở …": a dated sentence whose taker-part verb names a
  // meeting of a kind not reported before opens that meeting
  const reportedBefore = (em: EventMention): boolean => eventMentions.some((e) => e.triggered && !e.anaphoric && e.type === em.type && e.sentence <= em.sentence);
  const opensByTaker = (em: EventMention): boolean =>
    em.weak && em.zone === "body" && em.type !== "" && datesInSentence(em.sentence).length > 0 && takerVerbBefore(a, em.tokStart) && !reportedBefore(em) && !eventMentions.some((e) => e.triggered && e.sentence === em.sentence);
  for (const em of eventMentions.filter(opensByTaker)) {
    em.triggered = true;
    em.anaphoric = false;
    em.weak = false;
  }
  // "Trước buổi làm việc, đoàn đã kiểm tra thực tế tại …": a visit told as before or after a meeting
  // reported earlier is another meeting on that meeting's day
  // ("Ngay sau hội nghị, Đảng ủy phường Trấn Biên đã họp, triển khai …": a committee's own meeting after it)
  const besideMeeting = new Map<EventMention, string>();
  for (const em of eventMentions) {
    if (em.triggered || em.anaphoric || em.zone !== "body") continue;
    const visit = (em.type === "INSPECTION" || em.type === "WORKING_SESSION") && FIELD_VERBS.has(tokens[em.tokStart]?.low ?? "");
    const sitting = em.type === "CONFERENCE" && tokens[em.tokStart]?.low === "đã" && tokens[em.tokStart + 1]?.low === "họp";
    const s = doc.sentences[em.sentence];
    const lead = s && tokens[s.tokStart]?.low === "ngay" ? s.tokStart + 1 : (s?.tokStart ?? 0);
    const first = tokens[lead]?.low;
    if (!s || (first !== "trước" && first !== "sau") || !(visit || sitting)) continue;
    const back = eventMentions.find((e) => e.weak && e.sentence === em.sentence && e.tokStart === lead + 1 && e.type !== "" && (e.type !== em.type || sitting));
    if (back && !eventMentions.some((e) => e.triggered && e.sentence === em.sentence)) {
      em.triggered = true;
      besideMeeting.set(em, back.type);
    }
  }
  for (const em of eventMentions.filter((e) => e.triggered && !e.anaphoric)) {
    const besideType = besideMeeting.get(em);
    if (besideType !== undefined) {
      const day = events.filter((e) => e.type === besideType && e.date).at(-1);
      if (day) events.push({ id: "", type: em.type, heads: [em], sentences: new Set([em.sentence]), date: day.date, until: null, inferred: day.inferred, organizer: null, firstTok: em.tokStart });
      continue;
    }
    // the sentence's first date is the event's (Sáng 25/3, Tỉnh ủy tổ chức…)
    const nearest = datesInSentence(em.sentence)[0];
    if (!nearest && em.zone === "body" && earlierYear.has(em.sentence)) continue;
    // "… đã tiếp xúc cử tri xã Hoàng Đan. Hội nghị do Ủy ban MTTQ huyện phối hợp tổ chức": an undated head
    // opening the sentence after a reported meeting names that meeting again, under another word
    const previous = em.zone === "body" && !nearest && em.tokStart === doc.sentences[em.sentence]?.tokStart ? events.find((e) => e.type !== em.type && e.sentences.has(em.sentence - 1)) : undefined;
    if (previous) {
      previous.sentences.add(em.sentence);
      continue;
    }
    const rd = nearest ? dateOf(nearest) : null;
    // two visits of one delegation on one day ("Sáng 11/4, đoàn giám sát đối với Huyện ủy X … Chiều cùng
    // ngày, đoàn giám sát tại Đảng ủy xã Y") are two events: the visited bodies differ
    const host = visitedBody(a, em);
    // "Cùng ngày, Huyện ủy Phú Vang trao Huy hiệu …": another body's meeting, or another visit, on that
    // day ("Chiều cùng ngày, đại hội đã bầu …" goes on with the same one)
    const another =
      nearest?.sameDay === true &&
      !events.some((e) => e.sentences.has(em.sentence)) &&
      (em.type === "WORKING_SESSION" || em.type === "INSPECTION" || a.bodiesInSentence(em.sentence).some((r) => r.o.level !== "CENTRAL" && r.b.tokEnd <= em.tokStart));
    const sameDay = (e: EventDraft): boolean => !rd?.date || !e.date || e.date === rd.date || (e.until !== null && rd.date > e.date && rd.date <= e.until);
    // "Chiều cùng ngày, Tổ đại biểu tiếp tục tiếp xúc cử tri thị trấn Hợp Hòa": the same kind of meeting
    // at another place named right after its head is another meeting
    const place = placeAfter(em);
    const elsewhere = (e: EventDraft): boolean => place !== null && nearest?.sameDay === true && e.heads.some((h) => h.zone === "body" && placeAfter(h) !== null && placeAfter(h) !== place);
    let ev = events.find(
      (e) => !another && e.type === em.type && sameDay(e) && !elsewhere(e) && !(host && rd?.date && e.date && e.heads.some((h) => h.zone === "body" && (visitedBody(a, h) ?? host) !== host)),
    );
    if (!ev) {
      ev = { id: "", type: em.type, heads: [], sentences: new Set(), date: null, until: null, inferred: false, organizer: null, firstTok: em.tokStart };
      events.push(ev);
    }
    ev.heads.push(em);
    ev.sentences.add(em.sentence);
    if (rd?.date && !ev.date) {
      ev.date = rd.date;
      ev.inferred = rd.inferred;
      if (nearest && nearest.lastDay > 0) ev.until = `${rd.date.slice(0, 8)}${String(nearest.lastDay).padStart(2, "0")}`;
    }
  }
  // "Huyện ủy X sơ kết 5 năm thực hiện Chỉ thị 05" as the headline, and a body that only refers back to
  // the meeting ("Theo báo cáo tại hội nghị, …"): the headline's meeting, on the page's day
  if (events.length === 0 && pub) {
    const back = eventMentions.find((e) => e.anaphoric && e.type !== "" && e.zone === "body");
    const title = doc.sentences.findIndex((x) => x.kind === "title");
    const ts = doc.sentences[title];
    if (back && ts && a.bodiesInSentence(title).some((r) => r.o.level !== "CENTRAL") && hasReviewVerb(a, ts.tokStart, ts.tokEnd)) {
      const subject = a.bodiesInSentence(title).find((r) => r.o.level !== "CENTRAL")?.o ?? null;
      events.push({ id: "", type: back.type, heads: [back], sentences: new Set([back.sentence]), date: pub.slice(0, 10), until: null, inferred: true, organizer: subject, firstTok: back.tokStart });
    }
  }
  // a title announces the body's event; it makes one of its own only when the body has none …
  // … or when the body's first meeting is "Chiều cùng ngày, …": that day's earlier meeting is the
  // headline's ("Đoàn công tác … làm việc với Ban Thường vụ Tỉnh ủy X" over "Ngày 12/4, … đã nghe lãnh
  // đạo tỉnh báo cáo …. Chiều cùng ngày, đoàn … thăm và làm việc tại …")
  const bodyHeads = eventMentions.filter((h) => h.zone === "body" && h.triggered && !h.anaphoric && events.some((e) => e.heads.includes(h)));
  const firstBody = bodyHeads.length > 0 ? bodyHeads.reduce((x, y) => (y.tokStart < x.tokStart ? y : x)) : undefined;
  const opener = firstBody ? datesInSentence(firstBody.sentence)[0] : undefined;
  const earlierDay = opener?.sameDay === true && opener.offset === 0 ? dateOf(opener) : null;
  if (firstBody) {
    let kept = false;
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k] as EventDraft;
      if (!e.heads.every((h) => h.zone === "title")) continue;
      if (!kept && earlierDay?.date && !e.date) {
        e.date = earlierDay.date;
        e.inferred = earlierDay.inferred;
        for (let s = (doc.sentences[e.heads[0]?.sentence ?? 0]?.kind === "title" ? (e.heads[0]?.sentence ?? 0) : 0) + 1; s < firstBody.sentence; s++) e.sentences.add(s);
        kept = true;
        continue;
      }
      events.splice(k, 1);
    }
  }
  // an event the headline announces starts, in the body, where the body reports it: the people named
  // after that point belong to it, not to a meeting reported earlier in the body
  for (const e of events) {
    const own = e.heads.filter((h) => h.zone !== "title").map((h) => h.tokStart);
    if (own.length > 0) e.firstTok = Math.min(...own);
  }
  // "Từ ngày 14 đến 15/4, Đoàn kiểm tra … đã kiểm tra …. Ngày 15/4, đoàn ra đặc khu Cồn Cỏ làm việc với Đảng ủy
  // đặc khu": a working session on a later day of an inspection tour is one of the tour's visits
  for (const e of events) {
    if (e.type !== "WORKING_SESSION" || !e.date) continue;
    if (events.some((t) => t.type === "INSPECTION" && t.until !== null && t.date !== null && (e.date as string) > t.date && (e.date as string) <= t.until)) e.type = "INSPECTION";
  }
  // A back-reference ("chủ trì hội nghị", "tại buổi làm việc") is to the latest event of its type
  // reported before it: "Trước đó, ngày 20/12, Thị ủy X tổ chức hội nghị… Ông Y chủ trì hội nghị"
  // is the earlier meeting, not the article's first one.
  const opened = (e: EventDraft): number => {
    const own = e.heads.filter((h) => h.zone !== "title").map((h) => h.sentence);
    return own.length > 0 ? Math.min(...own) : -1;
  };
  const referredTo = (em: EventMention): EventDraft | undefined => {
    const same = em.type === "" ? events : events.filter((e) => e.type === em.type);
    let best: EventDraft | undefined;
    for (const e of same) if (opened(e) <= em.sentence && (!best || opened(e) > opened(best))) best = e;
    return best ?? same[0];
  };
  const tour = new Set<number>();
  for (const em of eventMentions.filter((e) => e.anaphoric || !e.triggered)) {
    // "Đoàn kiểm tra do ông X làm trưởng đoàn; …" before the visits of a tour ("Ngày 3/10, đoàn kiểm tra
    // tại …; ngày 4/10 …"): the delegation's make-up holds for every visit
    // (the tour announced over a span, "từ ngày 3 đến 5/10, … tổ chức kiểm tra …", is one of them)
    const ofType = events.filter((e) => e.type === em.type);
    const visits = ofType.filter((e) => opened(e) > em.sentence);
    const announced = ofType.filter((e) => opened(e) <= em.sentence && e.until !== null);
    if (!em.anaphoric && em.type === "INSPECTION" && visits.length >= 1 && visits.length + announced.length >= 2 && visits.length + announced.length === ofType.length) {
      for (const v of ofType) v.sentences.add(em.sentence);
      tour.add(em.sentence);
      continue;
    }
    const ev = em.anaphoric || em.type !== "" ? referredTo(em) : undefined;
    // a bare head ("… phục vụ đại hội") after another kind of meeting was reported speaks of that
    // later meeting's business, not of the earlier one
    const movedOn = !em.anaphoric && ev !== undefined && events.some((o) => o.type !== ev.type && opened(o) > opened(ev) && opened(o) <= em.sentence);
    if (ev && !movedOn) ev.sentences.add(em.sentence);
  }
  // "Trong đó, …" / "Cụ thể, …" goes on with the sentence before it
  for (const em of eventMentions.filter((e) => e.anaphoric && !e.weak)) {
    const next = doc.sentences[em.sentence + 1];
    if (!next) continue;
    const t0 = tokens[next.tokStart];
    const t1 = tokens[next.tokStart + 1];
    const opener = t0 && t1 ? `${t0.low} ${t1.low}` : "";
    if (opener === "trong đó" || opener === "cụ thể" || opener === "theo đó" || opener === "đồng thời") {
      continuation.add(em.sentence + 1);
      const ev = referredTo(em) ?? events[0];
      if (ev) ev.sentences.add(em.sentence + 1);
    }
  }
  for (const ev of events) {
    if (ev.date) continue;
    for (const s of [...ev.sentences].sort((x, y) => x - y)) {
      const d = datesInSentence(s)[0];
      if (d) {
        const rd = dateOf(d);
        ev.date = rd.date;
        ev.inferred = rd.inferred;
        break;
      }
    }
  }
  // "Ngày 9/1: Công bố quyết định …" as the headline over an undated lead ("Ban Thường vụ Tỉnh ủy đã tổ
  // chức hội nghị công bố …"): the headline's day is the lead meeting's
  const titleIdx = doc.sentences.findIndex((x) => x.kind === "title");
  const titleDate = titleIdx >= 0 ? datesInSentence(titleIdx).find((d) => !d.sameDay) : undefined;
  const lead = events[0];
  if (titleDate && lead && !lead.date && lead.heads.some((h) => h.zone === "body") && events.every((e) => e === lead || !e.date || e.firstTok > lead.firstTok)) {
    const rd = dateOf(titleDate);
    lead.date = rd.date;
    lead.inferred = rd.inferred;
  }
  // "Tuần qua, … tổ chức hội nghị": in a dated article, a meeting whose day cannot be told is context
  if (pub || refYear) {
    for (let k = events.length - 1; k >= 0; k--) if (!(events[k] as EventDraft).date) events.splice(k, 1);
  }
  events.forEach((ev, idx) => {
    const heads = [...ev.heads].sort((x, y) => (x.zone === "title" ? 1 : 0) - (y.zone === "title" ? 1 : 0));
    ev.organizer = organizerOf(a, ev, heads) ?? ev.organizer;
    // a visit on a later day of a tour announced over a span ("từ ngày 3 đến 5/10, Ban Thường vụ Huyện ủy
    // tổ chức kiểm tra … tại A, B và C"; "Ngày 4/10, đoàn kiểm tra tại B") is held by the tour's organizer
    // and is about what the tour is about
    // (a delegation's tour that no body is said to hold still gives its later visits what it is about)
    const tour = events.find((t) => t !== ev && t.type === ev.type && t.until !== null && t.date !== null && ev.date !== null && ev.date > t.date && ev.date <= t.until);
    if (!ev.organizer && tour && (ev.type === "INSPECTION" || ev.type === "WORKING_SESSION")) {
      ev.organizer = tour.organizer;
      ev.partOf = tour;
    }
    const main = heads.find((h) => h.zone !== "title") ?? heads[0];
    ev.id = `evt:${a.articleKey}:${idx + 1}`;
    g.entity(ev.id, "Event", main ? eventName(a, main) : ev.type, { eventType: ev.type, date: ev.date, dateInferred: ev.date ? ev.inferred : false });
    for (const h of ev.heads) g.mention(ev.id, { start: h.start, end: h.end, text: doc.text.slice(h.start, h.end) });
    if (ev.organizer) {
      a.orgEntity(ev.organizer);
      g.relate("ORGANIZED", ev.organizer.id, ev.id, {}, main ? sentenceSpan(doc, main.tokStart) : null);
    }
    const place = ev.organizer?.locality ?? null;
    if (place) g.relate("HELD_IN", ev.id, place.id, {}, main ? sentenceSpan(doc, main.tokStart) : null);
  });
  const eventDate = events.find((e) => e.date)?.date ?? null;
  const asOf = eventDate ?? (pub && refYear?.fromPub ? pub.slice(0, 10) : null);
  return { events, mentions: eventMentions, continuation, tour, eventDate, asOf };
}

/** The verbs that open a visit head ("kiểm tra thực tế tại", "giám sát tại", "làm việc với", "thăm và làm việc tại"). */
const FIELD_VERBS = new Set(["kiểm", "giám", "làm", "thăm"]);

/** "chủ trì", "dự", "tham dự" right before a head: a person's part in the meeting it names. */
function takerVerbBefore(a: Assembly, at: number): boolean {
  const w1 = a.tokens[at - 1]?.low;
  const w2 = a.tokens[at - 2]?.low;
  return w1 === "dự" || (w2 === "chủ" && w1 === "trì");
}

const REVIEW_VERBS = new Set(["sơ kết", "tổng kết", "quán triệt", "triển khai", "học tập"]);

/** A headline verb that names a meeting by what it does ("sơ kết", "tổng kết", "quán triệt"). */
function hasReviewVerb(a: Assembly, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (REVIEW_VERBS.has(`${a.token(k).low} ${a.token(k + 1).low}`)) return true;
  return false;
}

/** The body a working session or inspection is held with or at: "làm việc với X", "giám sát tại X", "giám sát đối với X". */
function visitedBody(a: Assembly, em: EventMention): string | null {
  if ((em.type !== "WORKING_SESSION" && em.type !== "INSPECTION") || em.zone !== "body") return null;
  const { tokens } = a;
  for (const r of a.bodiesInSentence(em.sentence)) {
    if (r.b.tokStart < em.tokEnd || r.o.level === "CENTRAL") continue;
    const p1 = tokens[r.b.tokStart - 1]?.low;
    if (r.b.tokStart === em.tokEnd || p1 === "với" || p1 === "tại") return r.o.id;
  }
  return null;
}

/**
 * The body next to an organizing verb in the event's body sentences (its own sentences first,
 * then those referring back to it), else the subject of the title.
 */
function organizerOf(a: Assembly, ev: EventDraft, heads: EventMention[]): OrgInfo | null {
  const { doc, tokens, m } = a;
  const inLoc = new Uint8Array(tokens.length);
  for (const l of m.locs) inLoc.fill(1, l.tokStart, l.tokEnd);
  const gapWords = (from: number, to: number): number => {
    let n = 0;
    for (let k = from; k < to; k++) if (!inLoc[k] && (tokens[k] as Token).text !== ",") n++;
    return n;
  };
  const organizerIn = (sIdx: number): OrgInfo | null => {
    const s = doc.sentences[sIdx];
    if (!s || s.kind === "title" || s.kind === "caption") return null;
    const cands = a.bodiesInSentence(sIdx).filter((r) => r.o.level !== "CENTRAL" && !m.inDoc[r.b.tokStart]);
    let best: OrgInfo | null = null;
    let bd = Infinity;
    for (let k = s.tokStart; k < s.tokEnd; k++) {
      const t = tokens[k] as Token;
      if (t.low !== "tổ" && t.low !== "triệu" && t.low !== "chủ" && t.low !== "khai") continue;
      const next = tokens[k + 1]?.low;
      // "HĐND tỉnh Hà Tĩnh khóa XVIII khai mạc Kỳ họp thứ 32": the body opening a session holds it
      // (an event that "khai mạc" by itself, "Đại hội Đảng bộ tỉnh … khai mạc", names no holder)
      const opens = t.low === "khai" && next === "mạc" && longest(doc, k + 2, "eventHead") !== null;
      if (!((t.low === "tổ" && next === "chức") || (t.low === "triệu" && next === "tập") || (t.low === "chủ" && next === "trì") || opens)) continue;
      if (tokens[k + 2]?.low === "thực" && tokens[k + 3]?.low === "hiện") continue;
      for (const r of cands) {
        const prev = tokens[r.b.tokStart - 1];
        if (prev && prev.low === "với") continue;
        // an address after the body ("Đảng ủy xã Định Thủy, huyện Mỏ Cày Nam, tỉnh Bến Tre tổ chức") adds no distance
        if (opens && r.b.tokEnd > k) continue;
        const d = r.b.tokEnd <= k ? gapWords(r.b.tokEnd, k) : r.b.tokStart - k + 5;
        if (d < bd && d <= 8) {
          bd = d;
          best = r.o;
        }
      }
    }
    return best;
  };
  const own = [...new Set(heads.filter((h) => h.zone !== "title").map((h) => h.sentence))];
  const others = [...ev.sentences].filter((s) => !own.includes(s)).sort((x, y) => x - y);
  for (const s of [...own, ...others]) {
    const o = organizerIn(s);
    if (o) return o;
  }
  // a head that is itself the verb ("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ", "Huyện ủy X trao Huy
  // hiệu"): the body right before it holds the meeting
  for (const h of heads) {
    if (h.zone !== "body" || h.anaphoric) continue;
    const w = a.token(h.tokStart).low;
    if (w !== "họp" && w !== "trao") continue;
    const subj = a.bodiesInSentence(h.sentence).find((r) => r.o.level !== "CENTRAL" && r.b.tokEnd <= h.tokStart && h.tokStart - r.b.tokEnd <= 1 && !m.inDoc[r.b.tokStart]);
    if (subj) return subj.o;
  }
  // a working session is held with a body, not by the one named first in the headline
  if (ev.type === "WORKING_SESSION") return null;
  for (const h of heads.filter((x) => x.zone === "title")) {
    const subj = a.bodiesInSentence(h.sentence).find((r) => r.o.level !== "CENTRAL" && r.b.tokEnd <= h.tokStart && h.tokStart - r.b.tokEnd <= 2);
    if (subj) return subj.o;
  }
  return null;
}

/** The head and what follows it up to the end of the clause. */
function eventName(a: Assembly, main: EventMention): string {
  const { doc, tokens, m } = a;
  let nameEnd = main.tokEnd;
  const s = doc.sentences[main.sentence];
  const stop = s ? s.tokEnd : main.tokEnd;
  for (let k = main.tokEnd; k < stop && k < main.tokEnd + 30; k++) {
    const t = tokens[k] as Token;
    if (t.text === "," || t.text === "." || t.text === ";" || t.text === ":" || t.text === '"') {
      if (m.inDoc[k]) continue;
      break;
    }
    if (!m.inDoc[k] && (t.low === "do" || t.low === "tại" || t.low === "vào" || t.low === "nhằm" || t.low === "với")) break;
    nameEnd = k + 1;
  }
  return upperFirst(doc.text.slice((tokens[main.tokStart] as Token).start, (tokens[nameEnd - 1] as Token).end).replace(/\s+/g, " "));
}

/** The date some days after a resolved one ("sáng hôm sau"). */
function shifted(rd: { date: string | null; inferred: boolean }, days: number): { date: string | null; inferred: boolean } {
  if (!rd.date) return rd;
  const d = new Date(`${rd.date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { date: d.toISOString().slice(0, 10), inferred: rd.inferred };
}
