// Stage 2: decide what each line of the article is (body, title, caption, credit, byline, source,
// dateline, site chrome), find the publication date, source and authors, and cut sentences.
import { zoneActive, type Doc, type Line, type Sentence, type ZoneKind, type AuthorMention, type DocMeta } from "./doc.js";
import type { Reference } from "./reference.js";
import { lexKey } from "./reference.js";
import { tokenize, type Token } from "./tokens.js";
import { capitalizeWords, lowerSameLength } from "./fold.js";

const WEEKDAY = /^(?:chu nhat|thu\s+(?:hai|bay|ba|tu|nam|sau|[2-7])|cn|t[2-7])(?![a-z])\s*,?\s*/;
const DATE_TIME =
  /^(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s*[,|-]?\s*(?:luc\s*)?(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*:\s*(\d{2}))?)?\s*$/;
// "(GMT+7)", "[GMT+7]" after the time
const GMT = /\s*[([]?\s*gmt\s*[+-]\s*\d+\s*[)\]]?\s*$/;
const TIME_DATE = /^(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*:\s*(\d{2}))?\s*[,|-]?\s*(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

function pad(n: string | number): string {
  return String(n).padStart(2, "0");
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1945 || y > 2100) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A whole line that is only a date (with weekday, time, or an "updated" prefix) -> ISO text. */
export function parseDateLine(line: string, ref: Reference): string | null {
  const key = lexKey(line).replace(/^[|•·\-\s]+/, "");
  if (key.length > 60) return null;
  // "Ngày đăng: 08/10/2018 | Lượt xem: 312": the date is one of the line's fields
  for (const field of [key, ...key.split(/\s+\|\s+/)]) {
    const date = parseDateField(field, ref);
    if (date) return date;
  }
  // "VOV.VN - Thứ Năm, 16/04/2026 | 06:10": the site's short name before the date
  const site = SITE_BEFORE_DATE.exec(key);
  return site ? parseDateLine(key.slice(site[0].length), ref) : null;
}

const SITE_BEFORE_DATE = /^[^\s\d|-]+(?:\s+[^\s\d|-]+){0,2}\s+[-–]\s+(?=\S)/;

function parseDateField(field: string, ref: Reference): string | null {
  let k = field;
  for (const p of ref.boilerplate.updatedPrefixes) {
    if (k.startsWith(p)) {
      k = k.slice(p.length).trim();
      break;
    }
  }
  k = k.replace(/^(?:ngay dang|cap nhat|dang ngay|ngay)\s*:?\s*/, "");
  k = k.replace(WEEKDAY, "").replace(/^luc\s+/, "").replace(GMT, "");
  let m = DATE_TIME.exec(k);
  if (m) {
    const d = +(m[1] as string), mo = +(m[2] as string), y = +(m[3] as string);
    if (!validDate(y, mo, d)) return null;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] !== undefined && m[5] !== undefined) return `${date}T${pad(m[4])}:${m[5]}:${m[6] ?? "00"}`;
    return date;
  }
  m = TIME_DATE.exec(k);
  if (m) {
    const d = +(m[4] as string), mo = +(m[5] as string), y = +(m[6] as string);
    if (!validDate(y, mo, d)) return null;
    return `${y}-${pad(mo)}-${pad(d)}T${pad(m[1] as string)}:${m[2]}:${m[3] ?? "00"}`;
  }
  return null;
}

const NAME_PART = /^[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){1,3}$/u;

// "Bài, ảnh:", "Tin và ảnh:", "Bài:" before the author's name
const AUTHOR_LABEL = /^(?:Bài|Tin|Bài viết)(?:\s*(?:,|và|\+)\s*(?:ảnh|video|clip))*\s*:\s*/iu;

/**
 * "Lê Thanh – Văn Ngô", "Bài, ảnh: KHÁNH HÒA" -> the names; null when the line is not a byline.
 * `stop` holds folded words that are never part of a name ("PV" in "Nhóm PV").
 */
export function parseByline(line: string, stop?: Set<string>): string[] | null {
  // "Thanh Tâm (CTV)", "Minh Đức (thực hiện)" under an interview, "(Theo …)": drop a trailing role tag
  const labelled = AUTHOR_LABEL.test(line.trim());
  const t = line
    .trim()
    .replace(AUTHOR_LABEL, "")
    .replace(/\s*\((?:[\p{Lu}][\p{Lu}\p{N}+/.-]{1,15}|Cộng tác viên|Phóng viên|thực hiện|ghi|lược ghi|tổng hợp|[\p{L}.]+\.(?:vn|com)|(?:Văn phòng|Ban|Trung tâm|Đài|Báo|Phòng) [^()]{2,40})\)\s*$/iu, "")
    .replace(/^\(|\)$/g, "")
    .trim();
  if (t.length < 4 || t.length > 60 || /[.!?:;"]$/.test(t)) return null;
  let parts = t.split(/\s*(?:[-,&]| và )\s*/).filter((p) => p.length > 0);
  // "Tin, ảnh: Hoài Nam - Văn phòng Huyện ủy": after a label, the author's office follows the name
  if (labelled && parts.length > 1 && NAME_PART.test(parts[0] as string)) {
    const firstOffice = parts.findIndex((p) => !NAME_PART.test(p));
    if (firstOffice > 0) parts = parts.slice(0, firstOffice);
  }
  if (parts.length === 0 || parts.length > 4) return null;
  const out: string[] = [];
  for (const p of parts) {
    if (!NAME_PART.test(p)) return null;
    if (stop && p.split(/\s+/).some((w) => stop.has(lexKey(w)))) return null;
    out.push(capitalizeWords(p));
  }
  return out;
}

/** "Hoàng Phước - Ảnh: Thanh Trúc": an author line that ends with the photo credit. */
const BYLINE_WITH_CREDIT = /^(.+?)\s*[-–|]\s*(?:Ảnh|Hình)\s*:\s*(.+)$/u;

/** The photo patterns all need one of these words: a substring test spares most lines the regular expressions. */
function namesPhoto(line: string): boolean {
  return line.includes("Ảnh") || line.includes("Hình");
}

function creditNames(s: string, ref: Reference): string[] {
  const cut = s.split(/[/()]/)[0] ?? "";
  const out: string[] = [];
  for (const p of cut.split(/\s*(?:[-,;&]| và )\s*/)) {
    const q = p.trim();
    if (!q || ref.boilerplate.creditStop.has(lexKey(q))) continue;
    if ((NAME_PART.test(q) && q.split(/\s+/).length <= 4) || /^[\p{Lu}]'[\p{Lu}][\p{Ll}]+$/u.test(q)) out.push(capitalizeWords(q));
  }
  return out;
}

const ABBREV_BEFORE_DOT = new Set(["tp", "tx", "q", "h", "p", "ths", "ts", "pgs", "gs", "bs", "ks", "st", "tt", "đ", "v"]);

function splitSentences(text: string, tokens: Token[], line: Line, out: Sentence[]): void {
  let sStart = line.tokStart;
  for (let i = line.tokStart; i < line.tokEnd; i++) {
    const t = tokens[i] as Token;
    // every sentence end is one unit long: most tokens stop at this integer test
    if (t.end - t.start !== 1) continue;
    const c = t.text;
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    const next = tokens[i + 1];
    const last = i + 1 >= line.tokEnd;
    if (!last && next) {
      if (next.start === t.end) continue; // "3.548", "v.v"
      const prev = tokens[i - 1];
      if (c === "." && prev && prev.end === t.start && (ABBREV_BEFORE_DOT.has(prev.low) || (prev.alpha && prev.text.length === 1 && prev.cap))) continue;
      if (next.alpha && !next.cap) continue;
    }
    out.push({ start: (tokens[sStart] as Token).start, end: t.end, tokStart: sStart, tokEnd: i + 1, kind: line.kind });
    sStart = i + 1;
  }
  if (sStart < line.tokEnd) {
    out.push({ start: (tokens[sStart] as Token).start, end: (tokens[line.tokEnd - 1] as Token).end, tokStart: sStart, tokEnd: line.tokEnd, kind: line.kind });
  }
}

interface Prepared {
  lines: string[];
  captionPrefixes: string[];
}

// boilerplate patterns with their trailing punctuation cut, once per reference
const preparedCache = new WeakMap<Reference, Prepared>();

function prepared(ref: Reference): Prepared {
  let p = preparedCache.get(ref);
  if (!p) {
    const bp = ref.boilerplate;
    p = { lines: bp.lines.map((x) => x.replace(/[:.\s]+$/, "")), captionPrefixes: bp.captionPrefixes.map((x) => x.replace(/[:\s]+$/, "")) };
    preparedCache.set(ref, p);
  }
  return p;
}

export function buildDoc(text: string, ref: Reference): Doc {
  const lower = lowerSameLength(text);
  const tokens = tokenize(text, lower);
  const { matches, masks } = ref.trie.matchAll(tokens);
  const lines: Line[] = [];
  {
    let pos = 0;
    let ti = 0;
    while (pos <= text.length) {
      let nl = text.indexOf("\n", pos);
      if (nl < 0) nl = text.length;
      if (nl > pos) {
        const ts = ti;
        while (ti < tokens.length && (tokens[ti] as Token).start < nl) ti++;
        if (ti > ts) lines.push({ start: pos, end: nl, kind: "body", tokStart: ts, tokEnd: ti });
      }
      pos = nl + 1;
    }
  }
  const bp = ref.boilerplate;
  const pre = prepared(ref);
  const meta: DocMeta = { title: null, publishedAt: null, source: null, authors: [] };
  const tokZone: ZoneKind[] = new Array(tokens.length).fill("body");
  const lineText = (l: Line): string => text.slice(l.start, l.end);
  const keyCache = new Map<Line, string>();
  const keyOf = (l: Line): string => {
    let k = keyCache.get(l);
    if (k === undefined) {
      k = lexKey(lineText(l).slice(0, 64)).replace(/^[<>•·|\-\s]+/, "").replace(/[:.\s]+$/, "");
      keyCache.set(l, k);
    }
    return k;
  };
  const words = (l: Line): number => {
    let n = 0;
    for (let i = l.tokStart; i < l.tokEnd; i++) if ((tokens[i] as Token).alpha) n++;
    return n;
  };

  // Site chrome: a list heading ends the article; known widget lines are chrome anywhere.
  let cut = lines.length;
  for (let i = 1; i < lines.length; i++) {
    if (bp.cutAfter.has(keyOf(lines[i] as Line))) {
      cut = i;
      break;
    }
  }
  lines.forEach((l, i) => {
    const k = keyOf(l);
    if (i >= cut) l.kind = "chrome";
    else if (pre.lines.some((p) => k.startsWith(p))) l.kind = "chrome";
    else if (!/[\p{L}\p{N}]/u.test(lineText(l))) l.kind = "chrome";
  });

  // Dates, captions, credits, sources.
  const credits: AuthorMention[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== "body") return;
    const raw = lineText(l);
    const k = keyOf(l);
    const date = raw.length <= 80 ? parseDateLine(raw, ref) : null;
    if (date) {
      l.kind = "dateline";
      if (!meta.publishedAt) meta.publishedAt = date;
      return;
    }
    // "(Ảnh: …)" or "… quyết định. Ảnh: Hải Đăng" closing the line: a photo caption with its credit
    const inner = !namesPhoto(raw) ? null : (/\((?:Ảnh|Hình|Ảnh minh họa)\s*:\s*([^)]*)\)\s*$/u.exec(raw) ?? /(?:(?<=[.!?…"”])|\s[-–])\s*(?:Ảnh|Hình|Ảnh minh họa)\s*:\s*([^.:;!?]{2,40})$/u.exec(raw));
    if (inner) {
      l.kind = "caption";
      const cStart = l.start + inner.index;
      for (let t = l.tokStart; t < l.tokEnd; t++) if ((tokens[t] as Token).start >= cStart) tokZone[t] = "credit";
      for (const n of creditNames(inner[1] as string, ref)) credits.push({ name: n, role: "PHOTOGRAPHER", start: cStart, end: l.end });
      return;
    }
    const cap = pre.captionPrefixes.find((p) => k.startsWith(p) && /^[(]?\s*\p{L}+\s*(?:\p{L}+\s*)?:/u.test(raw.trim()));
    if (cap !== undefined) {
      const after = raw.slice(raw.indexOf(":") + 1);
      const names = creditNames(after, ref);
      if (words(l) <= 7) {
        l.kind = "credit";
        for (const n of names) credits.push({ name: n, role: "PHOTOGRAPHER", start: l.start, end: l.end });
        const prev = lines[i - 1];
        if (prev && prev.kind === "body" && words(prev) <= 60) prev.kind = "caption";
      } else {
        l.kind = "caption";
      }
      return;
    }
    const src = bp.sourcePrefixes.find((p) => raw.trim().startsWith(p));
    if (src !== undefined && words(l) <= 6 && (/\.\w{2,}/.test(raw) || /^(?:Theo|Nguồn)\s*:?\s*[\p{Lu}]/u.test(raw.trim()))) {
      l.kind = "source";
      if (!meta.source) meta.source = raw.trim().slice(src.length).replace(/^[\s:]+/, "").replace(/[)\s.]+$/, "");
    }
  });

  // Title: the first substantial line; short lines above it are section labels.
  let titleLine = -1;
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    const l = lines[i] as Line;
    if (l.kind !== "body") continue;
    const k = keyOf(l);
    if (ref.sectionLabels.has(k) || isMasthead(lineText(l), words(l), bp.mastheadWords)) {
      l.kind = "chrome";
      continue;
    }
    if (words(l) < 4) {
      l.kind = "label";
      continue;
    }
    titleLine = i;
    break;
  }
  if (titleLine >= 0) {
    const l = lines[titleLine] as Line;
    l.kind = "title";
    let title = lineText(l).trim();
    const next = lines[titleLine + 1];
    if (/:$/.test(title) && next && next.kind === "body" && words(next) < 40) {
      next.kind = "title";
      title = `${title} ${lineText(next).trim()}`;
    }
    meta.title = title;
    const tk = lexKey(lineText(l));
    for (let i = titleLine + 1; i < Math.min(lines.length, titleLine + 4); i++) {
      const o = lines[i] as Line;
      if (o.kind === "body" && lexKey(lineText(o)) === tk) o.kind = "title";
    }
    // short lines right after the title and before the lead are labels (place names, kickers)
    for (let i = titleLine + 1; i < Math.min(lines.length, titleLine + 4); i++) {
      const o = lines[i] as Line;
      if (o.kind === "body" && words(o) < 4 && !parseByline(lineText(o), bp.creditStop)) o.kind = "label";
      else if (o.kind === "body") break;
    }
  }

  // Bylines: short name lines at the end of the article text.
  const authors: AuthorMention[] = [];
  {
    let seen = 0;
    for (let i = cut - 1; i >= 0 && seen < 4; i--) {
      const l = lines[i] as Line;
      if (l.kind === "chrome" || l.kind === "source" || l.kind === "credit") continue;
      const withCredit = l.kind === "body" && namesPhoto(lineText(l)) ? BYLINE_WITH_CREDIT.exec(lineText(l)) : null;
      if (withCredit) {
        const names = parseByline(withCredit[1] as string, bp.creditStop);
        const photo = creditNames(withCredit[2] as string, ref);
        if (names && photo.length > 0 && words(l) <= 12) {
          l.kind = "byline";
          authors.unshift(...names.map((n): AuthorMention => ({ name: n, role: "AUTHOR", start: l.start, end: l.end })));
          for (const n of photo) credits.push({ name: n, role: "PHOTOGRAPHER", start: l.start, end: l.end });
          seen++;
          continue;
        }
      }
      // a short name line right above a photo credit was taken for its caption
      if (l.kind === "caption" && !(words(l) <= 4 && parseByline(lineText(l), bp.creditStop))) break;
      if (l.kind !== "body" && l.kind !== "label" && l.kind !== "caption") break;
      const names = parseByline(lineText(l), bp.creditStop);
      if (names && words(l) <= 8) {
        l.kind = "byline";
        authors.unshift(...names.map((n): AuthorMention => ({ name: n, role: "AUTHOR", start: l.start, end: l.end })));
        seen++;
        continue;
      }
      break;
    }
  }

  // Dateline prefix of the lead ("ĐTO - ", "TTXVN- ").
  for (const l of lines) {
    if (l.kind !== "body") continue;
    const m = /^\s*(?:([\p{Lu}][\p{Lu}+/]{1,14})|\(([\p{L}][\p{L}\p{N}+/. ]{1,30})\))\s*-\s+/u.exec(lineText(l));
    if (m) {
      const agency = (m[1] ?? m[2]) as string;
      if (!meta.source) meta.source = bp.agencies[agency] ?? agency;
      const end = l.start + m[0].length;
      for (let t = l.tokStart; t < l.tokEnd && (tokens[t] as Token).start < end; t++) tokZone[t] = "dateline";
    }
    break;
  }

  for (const l of lines) for (let t = l.tokStart; t < l.tokEnd; t++) if (tokZone[t] === "body") tokZone[t] = l.kind;
  const sentences: Sentence[] = [];
  for (const l of lines) splitSentences(text, tokens, l, sentences);
  const tokSentence = new Int32Array(tokens.length);
  sentences.forEach((s, i) => {
    for (let t = s.tokStart; t < s.tokEnd; t++) tokSentence[t] = i;
  });
  const seenNames = new Set<string>();
  for (const a of [...authors, ...credits]) {
    if (seenNames.has(a.name)) continue;
    seenNames.add(a.name);
    meta.authors.push(a);
  }
  const active = new Uint8Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) if (zoneActive(tokZone[t])) active[t] = 1;
  return { text, ref, tokens, matches, masks, lines, sentences, tokSentence, tokZone, active, lower, meta, synthetic: new Map() };
}

/**
 * A site's name, menu or breadcrumb line above the headline: a menu ("Thời sự | Chính trị | …"), a
 * breadcrumb ("Địa phương » Yên Bái"), or a name line
 * in capitals before its first dash or bar that has a masthead word ("BÁO HÀ NAM ĐIỆN TỬ", "LÂM ĐỒNG TV -
 * Báo và Phát thanh …"), or one ending in "điện tử"/"online" ("Báo Quảng Ninh điện tử").
 */
export function isMasthead(line: string, wordCount: number, mastheadWords: string[]): boolean {
  const t = line.trim();
  if ((t.match(/\s\|\s/g) ?? []).length >= 2) return true;
  // a breadcrumb: "Địa phương » Yên Bái", "Chính trị > Xây dựng Đảng", "Bạn đang ở: Trang chủ > …"
  if (/\s[»›>]\s/.test(t) && wordCount <= 20) return true;
  if (wordCount > 20 || /[.!?:;]$/.test(t)) return false;
  const low = t.toLowerCase();
  if (/(?:điện tử|online)$/u.test(low) && wordCount <= 8) return true;
  const head = t.split(/\s[-–|]\s/)[0] ?? t;
  const letters = head.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0 || letters !== letters.toUpperCase()) return false;
  return mastheadWords.some((w) => (w.startsWith(".") ? low.includes(w) : new RegExp(`(?:^|[\\s-])${w}(?=$|[\\s-])`, "u").test(low)));
}
