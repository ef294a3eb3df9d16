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

const LETTER = /\p{L}/u;
// H'Lim, K'Dũng: an apostrophe between letters stays inside the word
const TOKEN_RE = /\p{L}+(?:'\p{L}+)*|\p{N}+|[^\s\p{L}\p{N}]/gu;

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
    const alpha = !digit && LETTER.test(t[0] as string);
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
    out.push({ start, end, text: t, low: l, alpha, digit, cap, upper: alpha && t.length >= 2 && t === t.toUpperCase() && t !== l, lineStart });
    prevEnd = end;
  }
  return out;
}

/** Lower-case token keys of a lexicon phrase. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.low);
}
