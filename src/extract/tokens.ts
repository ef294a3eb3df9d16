// Word-level tokens over the normalized text; the lexicon trie is keyed by their lower-case form.
import { lowerSameLength } from "./fold.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  low: string;
  /** letters (true) or digits/punctuation (false) */
  alpha: boolean;
  digit: boolean;
  /** first letter upper-case */
  cap: boolean;
  /** two or more letters, all upper-case */
  upper: boolean;
  /** a line break lies between this token and the previous one */
  lineStart: boolean;
}

// Explicit ranges and no "u" flag: several times faster than \p{L}. Latin (Vietnamese), Greek,
// Cyrillic and CJK count as letters; anything else is a one-character punctuation token.
const LETTERS = "A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u1e00-\\u1eff\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af";
// H'Lim, K'Dũng: an apostrophe between letters stays inside the word
const TOKEN_RE = new RegExp(`[${LETTERS}]+(?:'[${LETTERS}]+)*|[0-9]+|[\\ud800-\\udbff][\\udc00-\\udfff]|[^\\s${LETTERS}0-9]`, "g");

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const low = lowerSameLength(text);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const t = m[0];
    const start = m.index;
    const end = start + t.length;
    const c = t.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    const l = low.slice(start, end);
    const alpha = !digit && (c >= 0xc0 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && t !== "'" && c !== 0xd7 && c !== 0xf7 && !(c >= 0xd800 && c <= 0xdfff) && (c < 0x2000 || c >= 0x3040);
    const cap = alpha && t[0] !== l[0];
    let lineStart = out.length === 0;
    if (!lineStart) {
      for (let k = prevEnd; k < start; k++) {
        if (text.charCodeAt(k) === 10) {
          lineStart = true;
          break;
        }
      }
    }
    out.push({ start, end, text: t, low: l, alpha, digit, cap, upper: cap && t.length >= 2 && t.charCodeAt(1) !== l.charCodeAt(1) && t === t.toUpperCase(), lineStart });
    prevEnd = end;
  }
  return out;
}

/** Lower-case token keys of a lexicon phrase. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.low);
}
