// Stage 1: canonical text. NFC, modern tone-mark placement, one kind of quote/dash/space.
// `toOriginal[i]` is the index in the raw input of normalized character i.

export interface NormalizedText {
  text: string;
  /** empty when the map was not asked for */
  toOriginal: Int32Array;
}

const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const VOWELS = new Set([..."aeiouyăâêôơư"]);

interface Split {
  base: string;
  tone: string;
}

const splitCache = new Map<string, Split>();

function splitTone(ch: string): Split {
  let s = splitCache.get(ch);
  if (s) return s;
  const d = ch.normalize("NFD");
  let base = "";
  let tone = "";
  for (const c of d) {
    if (TONE_MARKS.has(c)) tone = c;
    else base += c;
  }
  s = { base: base.normalize("NFC"), tone };
  splitCache.set(ch, s);
  return s;
}

function compose(base: string, tone: string): string {
  return (base + tone).normalize("NFC");
}

/**
 * Moves the tone of an open syllable ending in oa/oe/uy to its first vowel (hoà -> hòa,
 * Uỷ -> Ủy, khoá -> khóa) and the tone misplaced on the u of "qu" to the nucleus (qúy -> quý).
 * Closed syllables (hoàng, thuyết) are the same in both conventions and are left alone.
 */
export function modernizeTone(word: string): string {
  const n = word.length;
  if (n < 2 || n > 7) return word;
  let toned = -1;
  const parts: Split[] = [];
  for (let i = 0; i < n; i++) {
    const p = splitTone(word[i] as string);
    parts.push(p);
    if (p.tone) {
      if (toned >= 0) return word;
      toned = i;
    }
  }
  if (toned < 0) return word;
  const low = parts.map((p) => p.base.toLowerCase());
  let vs = 0;
  while (vs < n && !VOWELS.has(low[vs] as string)) vs++;
  if (vs >= n) return word;
  let from = toned;
  let to = toned;
  if (low[vs - 1] === "q" && low[vs] === "u" && vs + 1 < n && VOWELS.has(low[vs + 1] as string)) {
    // "qu" is a consonant; its u never carries the tone
    if (toned === vs) to = vs + 1;
    vs += 1;
  }
  if (to === from) {
    let ve = vs;
    while (ve < n && VOWELS.has(low[ve] as string)) ve++;
    if (ve !== n || ve - vs !== 2) return word;
    const nucleus = (low[vs] as string) + (low[vs + 1] as string);
    if ((nucleus === "oa" || nucleus === "oe" || nucleus === "uy") && toned === vs + 1) to = vs;
    else return word;
    from = toned;
  }
  const tone = (parts[from] as Split).tone;
  const out = [...word];
  out[from] = (parts[from] as Split).base;
  out[to] = compose((parts[to] as Split).base, tone);
  const res = out.join("");
  return res.length === n ? res : word;
}

const CHAR_MAP: Record<string, string> = {
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2018": "'",
  "\u2019": "'",
  "\u02bc": "'",
  "\u2013": "-",
  "\u2014": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2010": "-",
  "\u2011": "-",
  "\u00d0": "\u0110",
  "\u2026": "…",
};

const CHAR_CODE_MAP = new Map<number, string>(Object.entries(CHAR_MAP).map(([k, v]) => [k.charCodeAt(0), v]));

function isHSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 12 || c === 11;
}

function isInvisibleCode(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

function isCombiningCode(c: number): boolean {
  return c >= 0x0300 && c <= 0x036f;
}

// Toned vowels that old-style spelling puts second in oa/oe/uy, and the u of "qu".
// TONE_KIND[c]: 1 = toned a/e, 2 = toned y, 3 = toned u
const TONE_KIND = new Uint8Array(0x1f00);
for (const c of "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ") TONE_KIND[c.charCodeAt(0)] = 1;
for (const c of "ỳýỷỹỵỲÝỶỸỴ") TONE_KIND[c.charCodeAt(0)] = 2;
for (const c of "ùúủũụÙÚỦŨỤ") TONE_KIND[c.charCodeAt(0)] = 3;

// PLAIN[c] = 1 when code c (< 0x2100) is copied as is
const PLAIN = new Uint8Array(0x2100);
for (let c = 0x21; c < 0x2100; c++) {
  PLAIN[c] = c === 0x7f || (c >= 0x80 && c < 0xa0) || isHSpaceCode(c) || isInvisibleCode(c) || CHAR_CODE_MAP.has(c) || isCombiningCode(c) || c === 0x85 || c === 0x2028 || c === 0x2029 ? 0 : 1;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

// The same few words (hoàn, toàn, hoạt, quá) reach the tone check in every article; the check is pure.
const modernized = new Map<string, string>();

function modernizedWord(word: string): string {
  let fixed = modernized.get(word);
  if (fixed === undefined) {
    fixed = modernizeTone(word);
    if (modernized.size >= 8192) modernized.clear();
    modernized.set(word, fixed);
  }
  return fixed;
}

/** Tone placement, word by word, only where an old-style placement is possible. */
function modernizeText(text: string): string {
  const parts: string[] = [];
  let last = 0;
  const n = text.length;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0 || c >= 0x1f00) continue;
    const kind = TONE_KIND[c];
    if (kind === 0) continue;
    const p = text.charCodeAt(i - 1) | 0x20;
    if (!((kind === 1 && p === 0x6f) || (kind === 2 && p === 0x75) || (kind === 3 && p === 0x71))) continue;
    let a = i;
    while (a > 0 && isLetterCode(text.charCodeAt(a - 1))) a--;
    let b = i + 1;
    while (b < n && isLetterCode(text.charCodeAt(b))) b++;
    const word = text.slice(a, b);
    const fixed = modernizedWord(word);
    if (fixed !== word) {
      parts.push(text.slice(last, a), fixed);
      last = b;
    }
    i = b;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join("");
}

export function normalizeText(raw: string, withMap = true): NormalizedText {
  const unified = unifyCharacters(raw, withMap);
  // Pass 2 is its own call: inlined into pass 1, its rarely taken branch (a word to re-tone) threw
  // V8 out of optimized code on every article, and the rest of the text was scanned by the interpreter.
  return { text: modernizeText(unified.text), toOriginal: unified.toOriginal };
}

/** Pass 1: NFC per cluster, character unification, whitespace collapse. */
function unifyCharacters(raw: string, withMap: boolean): NormalizedText {
  const out: string[] = [];
  const map = withMap ? new Int32Array(raw.length + 1) : new Int32Array(0);
  let mapLen = 0;
  let pendingSpace = -1;
  let newlines = 0;
  let newlineAt = -1;
  let emitted = 0;
  let runStart = -1; // start of a run of plain characters copied verbatim
  const len = raw.length;
  const flushRun = (end: number): void => {
    if (runStart >= 0 && end > runStart) {
      out.push(raw.slice(runStart, end));
      if (withMap) for (let k = runStart; k < end; k++) map[mapLen++] = k;
      else mapLen += end - runStart;
      emitted += end - runStart;
    }
    runStart = -1;
  };
  const emitSep = (): void => {
    if (newlines > 0) {
      if (emitted > 0) {
        const k = Math.min(newlines, 2);
        for (let q = 0; q < k; q++) {
          out.push("\n");
          if (withMap) map[mapLen] = newlineAt;
          mapLen++;
        }
        emitted += k;
      }
      newlines = 0;
      pendingSpace = -1;
    } else if (pendingSpace >= 0) {
      if (emitted > 0) {
        out.push(" ");
        if (withMap) map[mapLen] = pendingSpace;
        mapLen++;
        emitted += 1;
      }
      pendingSpace = -1;
    }
  };
  let i = 0;
  while (i < len) {
    const c = raw.charCodeAt(i);
    const nx = i + 1 < len ? raw.charCodeAt(i + 1) : 0;
    const plain = (c < 0x2100 ? PLAIN[c] === 1 : !(c >= 0xd800 && c <= 0xdfff) && !isHSpaceCode(c) && !isInvisibleCode(c) && !CHAR_CODE_MAP.has(c) && c !== 0x2028 && c !== 0x2029) && !(nx >= 0x300 && nx <= 0x36f);
    // a lone ASCII space inside a run is kept as it is, saving a split of the run
    if (plain || (c === 32 && runStart >= 0 && nx < 0x2100 && PLAIN[nx] === 1 && !isCombiningCode(i + 2 < len ? raw.charCodeAt(i + 2) : 0))) {
      if (runStart < 0) {
        if (newlines > 0 || pendingSpace >= 0) emitSep();
        runStart = i;
      }
      i++;
      continue;
    }
    flushRun(i);
    const start = i;
    if (c === 13 || c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85) {
      if (c === 13 && raw.charCodeAt(i + 1) === 10) i++;
      if (newlines === 0) newlineAt = start;
      newlines++;
      pendingSpace = -1;
      i++;
      continue;
    }
    if (isHSpaceCode(c) || c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) {
      if (pendingSpace < 0 && newlines === 0) pendingSpace = start;
      i++;
      continue;
    }
    if (isInvisibleCode(c)) {
      i++;
      continue;
    }
    let ch: string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      ch = raw.slice(i, i + 2);
      i += 2;
    } else {
      i++;
      while (i < len && isCombiningCode(raw.charCodeAt(i))) i++;
      ch = raw.slice(start, i);
      if (ch.length > 1 && ch.length < 8) ch = ch.normalize("NFC");
    }
    ch = CHAR_MAP[ch] ?? ch;
    emitSep();
    if (withMap) for (let k = 0; k < ch.length; k++) map[mapLen + k] = start;
    mapLen += ch.length;
    out.push(ch);
    emitted += ch.length;
  }
  flushRun(len);
  return { text: out.join(""), toOriginal: withMap ? map.subarray(0, mapLen) : map };
}
