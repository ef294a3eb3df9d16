// Document references: codes (21-KL/TW), type + number (Chỉ thị 05), plenum forms (Nghị quyết
// Trung ương 4 (khóa XI), NQ TW4, Nghị quyết hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng),
// congress resolutions (Nghị quyết Đại hội Đảng bộ TP khóa XII) and the Party Charter.
import type { Doc } from "../doc.js";
import { isActive, longest } from "../doc.js";
import { CATEGORY_BIT } from "../matcher.js";
import type { DocType } from "../reference.js";
import { codeKey, fromRoman, toRoman } from "../reference.js";
import type { Token } from "../tokens.js";
import { parseBodyAt, type BodyRef } from "./bodies.js";

export interface DocMention {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  text: string;
  docType: DocType;
  /** canonical code key (5-CT/TW) and the code as displayed (05-CT/TW) */
  codeKey: string | null;
  code: string | null;
  number: string | null;
  plenum: number | null;
  term: string | null;
  congress: { body: BodyRef | null; national: boolean } | null;
  charter: boolean;
  /** catalogue document named by an alias phrase */
  aliasDoc: number | null;
}

interface CodeParse {
  end: number;
  key: string;
  code: string;
  number: string;
  type: string;
}

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1;
}

/** 21-KL/TW, 05-CT/TW, 08-QĐi/TW, 12-NQ/TƯ */
function parseCode(doc: Doc, j: number): CodeParse | null {
  const t = doc.tokens;
  const n = t[j];
  if (!n || !n.digit || n.text.length > 4) return null;
  const dash = t[j + 1];
  const ty = t[j + 2];
  const slash = t[j + 3];
  const iss = t[j + 4];
  if (!dash || !ty || !slash || !iss) return null;
  if (dash.text !== "-" || !ty.alpha || slash.text !== "/" || !iss.alpha) return null;
  if (!adjacent(n, dash) || !adjacent(dash, ty) || !adjacent(ty, slash) || !adjacent(slash, iss)) return null;
  let end = j + 5;
  let issuer = iss.text;
  // T.Ư
  if (iss.text === "T" && t[end]?.text === "." && t[end + 1]?.text === "Ư") {
    issuer = "TƯ";
    end += 2;
  }
  const upperType = ty.text.toUpperCase();
  const code = `${n.text}-${ty.text.length <= 3 ? upperType : ty.text}/${issuer.toUpperCase() === "TƯ" ? "TW" : issuer.toUpperCase()}`;
  const key = codeKey(code);
  if (!key) return null;
  return { end, key, code, number: n.text, type: upperType };
}

/**
 * State codes after a type word: "202/2025/QH15" (National Assembly), "15/2019/NĐ-CP" (Government),
 * "123/QĐ-TTg" (Prime Minister), "05/2022/TT-BNV". The issuer is one unspaced run of letters, digits
 * and hyphens starting with a capital; the year part, when written, has four digits.
 */
function parseStateCode(doc: Doc, j: number): CodeParse | null {
  const t = doc.tokens;
  const n = t[j];
  const s1 = t[j + 1];
  if (!n || !n.digit || n.text.length > 5 || !s1 || s1.text !== "/" || !adjacent(n, s1)) return null;
  let k = j + 2;
  let year = "";
  const y = t[k];
  if (y && y.digit && y.text.length === 4 && t[k + 1]?.text === "/" && adjacent(s1, y) && adjacent(y, t[k + 1] as Token)) {
    year = y.text;
    k += 2;
  }
  const first = t[k];
  if (!first || !first.alpha || !first.cap || !adjacent(t[k - 1] as Token, first)) return null;
  let issuer = first.text;
  let end = k + 1;
  for (;;) {
    const x = t[end];
    const prev = t[end - 1] as Token;
    if (!x || !adjacent(prev, x) || x.start !== prev.end) break;
    if (x.text === "-" && (t[end + 1]?.alpha || t[end + 1]?.digit) && (t[end + 1] as Token).start === x.end) {
      issuer += `-${(t[end + 1] as Token).text}`;
      end += 2;
    } else if (x.alpha || x.digit) {
      issuer += x.text;
      end++;
    } else break;
  }
  // without a year the issuer names a type and an issuer (QĐ-TTg); a lone word is not a code
  if (!year && !issuer.includes("-")) return null;
  const code = `${n.text}/${year ? `${year}/` : ""}${issuer}`;
  const key = codeKey(code);
  if (!key) return null;
  return { end, key, code, number: n.text, type: issuer.split("-")[0]?.toUpperCase() ?? "" };
}

function parseTerm(doc: Doc, j: number): { end: number; term: string } | null {
  const t = doc.tokens;
  let k = j;
  let paren = false;
  if (t[k]?.text === "(") {
    paren = true;
    k++;
  }
  const kw = t[k];
  if (!kw || (kw.low !== "khóa" && kw.low !== "khoá")) return null;
  k++;
  const v = t[k];
  if (!v) return null;
  let term: string | null = null;
  if (v.digit) {
    const n = parseInt(v.text, 10);
    if (n >= 1 && n <= 30) term = toRoman(n);
  } else if (v.alpha) {
    const r = fromRoman(v.text);
    if (r !== null && r <= 30) term = toRoman(r);
  }
  if (!term) return null;
  k++;
  if (paren && t[k]?.text === ")") k++;
  return { end: k, term };
}

function parseNumberWord(doc: Doc, k: number): { end: number; n: number } | null {
  const t = doc.tokens[k];
  if (!t) return null;
  if (t.digit && t.text.length <= 2) return { end: k + 1, n: parseInt(t.text, 10) };
  const o = longest(doc, k, "ordinal");
  if (o) return { end: o.end, n: doc.ref.ordinals[o.ref] as number };
  // local congresses run past the twentieth ("Đại hội Đảng bộ huyện lần thứ XXI"); plenums check their own bound
  const r = t.alpha ? fromRoman(t.text) : null;
  if (r !== null && r <= 40) return { end: k + 1, n: r };
  return null;
}

function parsePlenum(doc: Doc, j: number): { end: number; plenum: number } | null {
  const t = doc.tokens;
  const pw = longest(doc, j, "plenumWord");
  if (!pw) return null;
  let k = pw.end;
  if (t[k]?.low === "lần") {
    k++;
    if (t[k]?.low === "thứ") k++;
  }
  const num = parseNumberWord(doc, k);
  if (!num || num.n < 1 || num.n > 20) return null;
  k = num.end;
  // "... lần thứ tư Ban Chấp hành Trung ương Đảng"
  const c = longest(doc, k, "central");
  if (c) {
    k = c.end;
    if (t[k]?.low === "đảng") k++;
  }
  return { end: k, plenum: num.n };
}

function parseCongress(doc: Doc, j: number, date: string | null): { end: number; body: BodyRef | null; national: boolean; term: string | null } | null {
  const t = doc.tokens;
  if (t[j]?.low !== "đại" || t[j + 1]?.low !== "hội") return null;
  let k = j + 2;
  if (t[k]?.low === "đại" && t[k + 1]?.low === "biểu") k += 2;
  let body: BodyRef | null = null;
  let national = false;
  const b = parseBodyAt(doc, k, date, true);
  if (b && b.type === "institution" && doc.ref.institutions[b.def]?.key === "dang-bo") {
    body = b;
    k = b.tokEnd;
  } else if (t[k]?.low === "đảng") {
    national = true;
    k++;
    if (t[k]?.low === "toàn" && t[k + 1]?.low === "quốc") k += 2;
  } else if (t[k]?.low === "toàn" && t[k + 1]?.low === "quốc") {
    national = true;
    k += 2;
  }
  let term: string | null = null;
  if (t[k]?.low === "lần") {
    k++;
    if (t[k]?.low === "thứ") k++;
    const num = parseNumberWord(doc, k);
    if (num) {
      term = toRoman(num.n);
      k = num.end;
    }
  } else if (t[k]?.alpha && fromRoman(t[k]?.text ?? "") !== null && (t[k] as Token).upper) {
    term = toRoman(fromRoman((t[k] as Token).text) as number);
    national = national || !body;
    k++;
  }
  const tm = parseTerm(doc, k);
  if (tm) {
    term = tm.term;
    k = tm.end;
  }
  // "nhiệm kỳ 2025 - 2030": the term of a local congress, when no number is written
  {
    let q = k;
    if (t[q]?.text === ",") q++;
    if (t[q]?.low === "nhiệm" && t[q + 1]?.low === "kỳ" && t[q + 2]?.digit && t[q + 3]?.text === "-" && t[q + 4]?.digit) {
      if (!term) term = `nhiệm kỳ ${t[q + 2]?.text}-${t[q + 4]?.text}`;
      k = q + 5;
    }
  }
  if (national && t[k]?.low === "của" && t[k + 1]?.low === "đảng") k += 2;
  if (!term) return null;
  if (!body && !national) return null;
  return { end: k, body, national, term };
}

// words of document-type names, to walk back over "các nghị quyết, kết luận, quy định …"
const TYPE_WORDS = new Set(["nghị", "quyết", "kết", "luận", "chỉ", "thị", "quy", "qui", "định", "hướng", "dẫn", "nq", "và", ",", "các", "những"]);

/**
 * "các nghị quyết, kết luận Hội nghị lần thứ năm …", "những nghị quyết Trung ương": a plural
 * reference to a plenum's (or congress's) documents names no single document.
 */
function pluralBefore(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const x = t[k] as Token;
    if (x.low === "các" || x.low === "những") return true;
    if (!TYPE_WORDS.has(x.low)) return false;
  }
  return false;
}

const COUNT_WORDS = new Set(["các", "những", "hai", "ba", "bốn", "năm", "mấy", "nhiều", "mỗi", "từng", "loạt", "số"]);

/**
 * "Ban Thường vụ đã ban hành chương trình hành động thực hiện Nghị quyết;" — a capitalised type word
 * with nothing specific after it, when one document of that type (and only one) was named in the same
 * or the previous sentence: the same document.
 */
function backReference(doc: Doc, out: DocMention[], i: number, end: number): Omit<DocMention, "tokStart" | "tokEnd" | "start" | "end" | "text"> | null {
  const t = doc.tokens;
  const w = t[i] as Token;
  if (!w.cap) return null;
  const next = t[end];
  // "Nghị quyết Đại hội …", "Nghị quyết Trung ương …": a name follows, not a back-reference
  if (next && next.alpha && next.cap && next.start - (t[end - 1] as Token).end <= 1 && doc.tokSentence[end] === doc.tokSentence[i]) return null;
  if (next && next.digit) return null;
  const prev = t[i - 1];
  if (prev && (prev.digit || COUNT_WORDS.has(prev.low))) return null;
  const s = doc.tokSentence[i] as number;
  const typeWord = doc.text.slice(w.start, (t[end - 1] as Token).end).toLowerCase();
  // the one document of the type named in the same or the previous sentence, else the only one named so far
  const pick = (window: boolean): DocMention | null | false => {
    let found: DocMention | null = null;
    for (let k = out.length - 1; k >= 0; k--) {
      const d = out[k] as DocMention;
      if (window && (doc.tokSentence[d.tokStart] as number) < s - 1) break;
      if (!d.text.toLowerCase().startsWith(typeWord)) continue;
      if (!d.codeKey && !d.number && d.plenum === null && d.aliasDoc === null && !d.congress) continue;
      const same = found && (found.codeKey ?? found.number ?? found.plenum) === (d.codeKey ?? d.number ?? d.plenum);
      if (found && !same) return false;
      found = d;
    }
    return found;
  };
  const near = pick(true);
  if (near === false) return null;
  const found = near ?? pick(false);
  if (!found) return null;
  const { tokStart: _a, tokEnd: _b, start: _c, end: _d, text: _e, ...rest } = found;
  return rest;
}

const DOC_START_MASK = CATEGORY_BIT.charter | CATEGORY_BIT.docType | CATEGORY_BIT.docAlias;

export function recognizeDocuments(doc: Doc, date: string | null): DocMention[] {
  const ref = doc.ref;
  const t = doc.tokens;
  const out: DocMention[] = [];
  const push = (i: number, end: number, m: Omit<DocMention, "tokStart" | "tokEnd" | "start" | "end" | "text">): void => {
    const start = (t[i] as Token).start;
    const e = (t[end - 1] as Token).end;
    out.push({ tokStart: i, tokEnd: end, start, end: e, text: doc.text.slice(start, e), ...m });
  };
  for (let i = 0; i < t.length; i++) {
    const z = doc.tokZone[i];
    if (!isActive(doc, i) && z !== "title") continue;
    // no document word starts here and no bare code can: nothing to try
    if (((doc.masks[i] ?? 0) & DOC_START_MASK) === 0 && !(t[i] as Token).digit) continue;
    const ch = longest(doc, i, "charter");
    if (ch) {
      push(i, ch.end, { docType: "CHARTER", codeKey: null, code: null, number: null, plenum: null, term: null, congress: null, charter: true, aliasDoc: null });
      i = ch.end - 1;
      continue;
    }
    const dt = longest(doc, i, "docType");
    if (dt) {
      const def = ref.docTypes[dt.ref];
      if (!def || (def.capitalized && !(t[i] as Token).cap)) continue;
      let j = dt.end;
      if (t[j]?.low === "số") j++;
      const code = parseCode(doc, j) ?? parseStateCode(doc, j);
      if (code) {
        let end = code.end;
        const tm = parseTerm(doc, end);
        if (tm) end = tm.end;
        const docType = ref.codeTypes[code.type] && def.type === "OTHER" ? (ref.codeTypes[code.type] as DocType) : def.type;
        push(i, end, { docType, codeKey: code.key, code: code.code, number: code.number, plenum: null, term: tm?.term ?? null, congress: null, charter: false, aliasDoc: null });
        i = end - 1;
        continue;
      }
      const num = t[j];
      if (num && num.digit && num.text.length <= 4) {
        const nxt = t[j + 1];
        const isDate = nxt && (nxt.text === "/" || nxt.text === "-" || nxt.text === ".") && t[j + 2]?.digit && adjacent(num, nxt);
        if (!isDate) {
          let end = j + 1;
          const tm = parseTerm(doc, end);
          if (tm) end = tm.end;
          push(i, end, { docType: def.type, codeKey: null, code: null, number: num.text, plenum: null, term: tm?.term ?? null, congress: null, charter: false, aliasDoc: null });
          i = end - 1;
          continue;
        }
      }
      if (def.type === "RESOLUTION" || def.type === "CONCLUSION") {
        const pl = parsePlenum(doc, j);
        if (pl && pluralBefore(doc, i)) {
          i = pl.end - 1;
          continue;
        }
        if (pl) {
          let end = pl.end;
          const tm = parseTerm(doc, end);
          if (tm) end = tm.end;
          push(i, end, { docType: def.type, codeKey: null, code: null, number: null, plenum: pl.plenum, term: tm?.term ?? null, congress: null, charter: false, aliasDoc: null });
          i = end - 1;
          continue;
        }
        const cg = parseCongress(doc, j, date);
        if (cg) {
          push(i, cg.end, { docType: "RESOLUTION", codeKey: null, code: null, number: null, plenum: null, term: cg.term, congress: { body: cg.body, national: cg.national }, charter: false, aliasDoc: null });
          i = cg.end - 1;
          continue;
        }
      }
    }
    // a bare "Nghị quyết" / "Chỉ thị" right after a specific one was named refers back to it
    if (dt) {
      const back = backReference(doc, out, i, dt.end);
      if (back) {
        push(i, dt.end, { ...back, aliasDoc: back.aliasDoc });
        i = dt.end - 1;
        continue;
      }
    }
    const al = longest(doc, i, "docAlias");
    if (al) {
      const d = ref.docs[al.ref];
      if (d) {
        push(i, al.end, { docType: d.docType, codeKey: null, code: null, number: null, plenum: null, term: null, congress: null, charter: false, aliasDoc: al.ref });
        i = al.end - 1;
        continue;
      }
    }
    const bare = t[i]?.digit ? parseCode(doc, i) : null;
    if (bare) {
      const docType = ref.codeTypes[bare.type];
      if (docType) {
        push(i, bare.end, { docType, codeKey: bare.key, code: bare.code, number: bare.number, plenum: null, term: null, congress: null, charter: false, aliasDoc: null });
        i = bare.end - 1;
      }
    }
  }
  return out;
}
