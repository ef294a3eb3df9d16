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

// Character classes of one UTF-16 unit. Latin (Vietnamese), Greek, Cyrillic, kana and CJK count
// as letters; anything else (class 0) that is not a space is a one-character punctuation token.
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const HIGH = 4;
const CLASS = new Uint8Array(0x10000);
{
  const ranges: Array<[number, number]> = [
    [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff],
    [0x1e00, 0x1eff], [0x3040, 0x30ff], [0x4e00, 0x9fff], [0xac00, 0xd7af],
  ];
  for (const [a, b] of ranges) CLASS.fill(LETTER, a, b + 1);
  CLASS.fill(DIGIT, 0x30, 0x3a);
  // the \s set of JavaScript regular expressions
  for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) CLASS[c] = SPACE;
  CLASS.fill(SPACE, 0x2000, 0x200b);
  CLASS.fill(HIGH, 0xd800, 0xdc00);
}
// H'Lim, K'Dũng: an apostrophe between letters stays inside the word
const APOS = 39;

export function tokenize(text: string, lower?: string): Token[] {
  const out: Token[] = [];
  const low = lower ?? lowerSameLength(text);
  const n = text.length;
  let newline = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c] as number;
    if (cls === SPACE) {
      if (c === 10) newline = true;
      i++;
      continue;
    }
    const start = i;
    i++;
    if (cls === LETTER) {
      for (;;) {
        while (i < n && CLASS[text.charCodeAt(i)] === LETTER) i++;
        if (i + 1 < n && text.charCodeAt(i) === APOS && CLASS[text.charCodeAt(i + 1)] === LETTER) i += 2;
        else break;
      }
    } else if (cls === DIGIT) {
      while (i < n && CLASS[text.charCodeAt(i)] === DIGIT) i++;
    } else if (cls === HIGH && i < n) {
      const d = text.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    const end = i;
    const t = text.slice(start, end);
    const digit = cls === DIGIT;
    // most tokens are already lower-case: share the one string instead of slicing a copy
    let same = true;
    for (let k = start; k < end; k++) {
      if (text.charCodeAt(k) !== low.charCodeAt(k)) {
        same = false;
        break;
      }
    }
    const l = same ? t : low.slice(start, end);
    const alpha = !digit && (c >= 0xc0 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && c !== APOS && c !== 0xd7 && c !== 0xf7 && !(c >= 0xd800 && c <= 0xdfff) && (c < 0x2000 || c >= 0x3040);
    const cap = alpha && c !== l.charCodeAt(0);
    out.push({ start, end, text: t, low: l, alpha, digit, cap, upper: cap && t.length >= 2 && t.charCodeAt(1) !== l.charCodeAt(1) && t === t.toUpperCase(), lineStart: newline });
    newline = false;
  }
  return out;
}

/** Lower-case token keys of a lexicon phrase. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.low);
}
