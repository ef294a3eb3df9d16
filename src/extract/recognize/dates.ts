// Dates: absolute (14/12/2012, ngày 3-7-2022, ngày 3 tháng 7 năm 2022) and relative ones
// without a year (chiều ngày 14/12, sáng 25/3), plus the years the text talks about.
import type { Doc } from "../doc.js";
import { isActive, lastStartingAt } from "../doc.js";
import { foldLower } from "../fold.js";

export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  tok: number;
  /** a limit or a starting point (trước ngày 15/1, từ ngày 1/7), not when something happened */
  deadline: boolean;
  /** "chiều cùng ngày": the date of the previous date mention */
  sameDay: boolean;
  /** with sameDay, days after that date ("sáng hôm sau": 1) */
  offset: number;
  /** the last day of a span ("trong 2 ngày 5 và 6/8", "từ ngày 3 đến 5/10"), same month; 0 if none */
  lastDay: number;
}

export interface YearMention {
  year: number;
  start: number;
  /** the year is named as a coming period (chủ đề năm 2014, kế hoạch năm 2014) */
  ahead: boolean;
  /** the year is a target (đến năm 2030, tầm nhìn 2045) */
  target: boolean;
  /** the end of a term or period ("nhiệm kỳ 2025 - 2030"): often still ahead of the text's own time */
  termEnd: boolean;
  /** a starting point the text looks back to ("từ năm 2012"): the text is later */
  since: boolean;
}

const FULL = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/g;
const WORDY = /(?:ngay|ngay mong)\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+((?:19|20)\d{2}))?/g;
const PARTIAL = /(?:sang|chieu|toi|trua|dem|ngay|hom|vao|tu|den)\s+(?:ngay\s+|hom\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/-])/g;
// "Sáng thứ Sáu (15/9)", "chiều Chủ nhật, 3.10": the weekday between the time of day and the date
const WEEKDAY_DAY = /(?:sang|chieu|toi|trua)\s+(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*[,(]?\s*(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d/-]|[.,]\d)/g;
const DOTTED = /(?:sang|chieu|toi|trua)\s+(?:ngay\s+)?(\d{1,2})\.(\d{1,2})(?![\d%]|[.,]\d)/g;
// "trong hai ngày 27 và 28/9", "ngày 27-28/9": the first day is when the event opened
const RANGE = /ngay\s+(\d{1,2})\s*(?:va|,|-|den)\s*(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*((?:19|20)\d{2}))?(?![\d/-])/g;
// "hôm qua", "sáng nay (12/3)", "chiều qua (2/2)": relative to the page's date
const RELATIVE = /(?:(?:sang|chieu|toi|trua)\s+)?hom\s+(qua|nay)(?![a-z])|(?:sang|chieu|toi|trua)\s+(nay|qua)(?![a-z])/g;
const YEAR = /(?<![\d/.])((?:19[5-9]|20[0-4])\d)(?![\d/])/g;

function valid(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function tokenAt(doc: Doc, pos: number): number {
  return lastStartingAt(doc.tokens, pos);
}

export function recognizeDates(doc: Doc): { dates: DateMention[]; years: YearMention[] } {
  const folded = foldLower(doc.text);
  const lower = doc.lower;
  const dates: DateMention[] = [];
  const taken = new Uint8Array(folded.length + 1);
  const push = (start: number, end: number, y: number | null, mo: number, d: number, lastDay = 0): void => {
    if (!valid(mo, d)) return;
    for (let k = start; k < end; k++) if (taken[k]) return;
    const tok = tokenAt(doc, start);
    if (doc.tokens.length === 0 || !isActive(doc, tok)) return;
    taken.fill(1, start, end);
    // on the unfolded text: "tới" (until) and "tối" (evening) fold alike
    const pre = lower.slice(Math.max(0, start - 14), start);
    // "từ ngày 3 đến 5/10" is a span of days, not a starting point
    const deadline = lastDay === 0 && (/(?:trước|đến|từ|sau|kể từ|hạn|chậm nhất|tới)\s+(?:ngày\s+)?$/.test(pre) || /^(?:trước|đến|từ|tới)(?![\p{L}])/u.test(lower.slice(start, end)));
    dates.push({ start, end, year: y, month: mo, day: d, tok, deadline, sameDay: false, offset: 0, lastDay });
  };
  let m: RegExpExecArray | null;
  // spans first: "ngày 8 và 9/8/2017" opened on the 8th, not the 9th
  RANGE.lastIndex = 0;
  while ((m = RANGE.exec(folded)) !== null) {
    const first = +(m[1] as string);
    const last = +(m[2] as string);
    push(m.index, m.index + m[0].length, m[4] ? +m[4] : null, +(m[3] as string), first, last > first ? last : 0);
  }
  FULL.lastIndex = 0;
  while ((m = FULL.exec(folded)) !== null) push(m.index, m.index + m[0].length, +(m[3] as string), +(m[2] as string), +(m[1] as string));
  WORDY.lastIndex = 0;
  while ((m = WORDY.exec(folded)) !== null) push(m.index, m.index + m[0].length, m[3] ? +m[3] : null, +(m[2] as string), +(m[1] as string));
  const pub = doc.meta.publishedAt;
  if (pub && /^\d{4}-\d{2}-\d{2}/.test(pub)) {
    RELATIVE.lastIndex = 0;
    while ((m = RELATIVE.exec(folded)) !== null) {
      const day = new Date(Date.UTC(+pub.slice(0, 4), +pub.slice(5, 7) - 1, +pub.slice(8, 10) - ((m[1] ?? m[2]) === "qua" ? 1 : 0)));
      // "sáng nay (12/3)" spells the date out: the explicit one wins
      if (/^\s*\(?\s*\d{1,2}\s*[/-]\s*\d{1,2}/.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
        const x = /^\s*\(?\s*(\d{1,2})\s*[/-]\s*(\d{1,2})/.exec(folded.slice(m.index + m[0].length)) as RegExpExecArray;
        push(m.index, m.index + m[0].length + x[0].length, null, +(x[2] as string), +(x[1] as string));
        continue;
      }
      push(m.index, m.index + m[0].length, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
    }
  }
  // day and month after a time word; "chiều 3.10" (a dot) first, only after a time-of-day word
  for (const re of [WEEKDAY_DAY, DOTTED, PARTIAL]) {
    re.lastIndex = 0;
    while ((m = re.exec(folded)) !== null) {
      const before = m.index > 0 ? folded[m.index - 1] : " ";
      if (before && /[a-z0-9]/.test(before)) continue;
      push(m.index, m.index + m[0].length, null, +(m[2] as string), +(m[1] as string));
    }
  }
  // "chiều cùng ngày" and "sáng hôm sau", "ngày hôm sau": the day of the meeting before, or the next one
  const SAME = /cung ngay|(?:ngay )?hom sau(?![a-z])/g;
  while ((m = SAME.exec(folded)) !== null) {
    const pre = /(?:sang|chieu|toi|trua)\s+$/.exec(folded.slice(Math.max(0, m.index - 8), m.index));
    const start = pre ? m.index - pre[0].length : m.index;
    const tok = tokenAt(doc, start);
    if (doc.tokens.length === 0 || !isActive(doc, tok)) continue;
    // "Tối cùng ngày 3/2" spells the day out: the explicit date wins
    if (/^\s*\(?\s*\d{1,2}\s*[/-]\s*\d{1,2}/.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const offset = m[0].endsWith("sau") ? 1 : 0;
    dates.push({ start, end: m.index + m[0].length, year: null, month: 1, day: 1, tok, deadline: false, sameDay: true, offset, lastDay: 0 });
  }
  dates.sort((a, b) => a.start - b.start);

  const years: YearMention[] = [];
  YEAR.lastIndex = 0;
  while ((m = YEAR.exec(folded)) !== null) {
    const start = m.index;
    if (doc.tokens.length === 0 || !isActive(doc, tokenAt(doc, start))) continue;
    if (taken[start]) continue;
    const pre = folded.slice(Math.max(0, start - 40), start);
    const ahead = /(?:chu de|ke hoach|phuong huong|nhiem vu|chi tieu)(?: cua)? (?:nam )?$/.test(pre);
    const target = /(?:den nam|tam nhin(?: den)?(?: nam)?|dinh huong den(?: nam)?|toi nam) $/.test(pre);
    const termEnd = /(?:nhiem ky|giai doan) (?:19|20)\d{2}\s*-\s*$/.test(pre);
    // "từ năm 2012": a starting point the text looks back to
    const since = /(?:^|\s)(?:ke )?tu (?:nam )?$/.test(pre);
    years.push({ year: +(m[1] as string), start, ahead, target, termEnd, since });
  }
  return { dates, years };
}

/**
 * The year a date without one belongs to: the publication year when the text's own years agree
 * with it (a re-published page carries a later stamp), otherwise the latest year the text
 * reports on ("chủ đề năm 2014" in December speaks of the year ahead).
 */
export function referenceYear(years: YearMention[], publishedAt: string | null): { year: number; fromPub: boolean } | null {
  // without a page date, a term's end says nothing about when the text was written
  const usable = years.filter((y) => !y.target && !y.since && (publishedAt || !y.termEnd)).map((y) => (y.ahead ? y.year - 1 : y.year));
  const maxText = usable.length > 0 ? Math.max(...usable) : null;
  const pubYear = publishedAt ? +publishedAt.slice(0, 4) : null;
  if (pubYear !== null) {
    if (maxText === null || maxText >= pubYear - 1) return { year: pubYear, fromPub: true };
    return { year: maxText, fromPub: false };
  }
  return maxText === null ? null : { year: maxText, fromPub: false };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** ISO date of a mention; the year inferred when not written. */
export function resolveDate(
  d: DateMention,
  refYear: { year: number; fromPub: boolean } | null,
  publishedAt: string | null,
): { date: string | null; inferred: boolean } {
  if (d.year !== null) return { date: `${d.year}-${pad(d.month)}-${pad(d.day)}`, inferred: false };
  if (!refYear) return { date: null, inferred: true };
  let y = refYear.year;
  if (refYear.fromPub && publishedAt) {
    const pm = +publishedAt.slice(5, 7);
    const pd = +publishedAt.slice(8, 10);
    // an event reported in January can be from last December, never from next December
    if (d.month > pm + 1 || (d.month === pm + 1 && d.day > pd)) y -= 1;
  }
  return { date: `${y}-${pad(d.month)}-${pad(d.day)}`, inferred: true };
}
