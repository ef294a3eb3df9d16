// Stage 1: canonical text. NFC, modern tone-mark placement, one kind of quote/dash/space.
// `toOriginal[i]` is the index in the raw input of normalized character i.

export interface NormalizedText {
  text: string;
  toOriginal: number[];
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

function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

function isHSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\u00a0" || ch === "\u3000" || (ch >= "\u2000" && ch <= "\u200a") || ch === "\u202f" || ch === "\u205f" || ch === "\f" || ch === "\v";
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

export function normalizeText(raw: string): NormalizedText {
  // Pass 1: NFC per grapheme-ish cluster, character unification, whitespace collapse.
  const chars: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  let newlines = 0;
  let newlineAt = -1;
  const len = raw.length;
  let i = 0;
  while (i < len) {
    const start = i;
    const code = raw.charCodeAt(i);
    let cluster: string;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
      cluster = raw.slice(i, i + 2);
      i += 2;
    } else {
      i += 1;
      while (i < len && isCombining(raw.charCodeAt(i))) i++;
      cluster = raw.slice(start, i);
    }
    if (cluster.length > 1 && cluster.length < 8) cluster = cluster.normalize("NFC");
    let ch = cluster;
    if (ch === "\r") {
      if (raw[i] === "\n") continue;
      ch = "\n";
    }
    if (ch === "\n" || ch === "\u2028" || ch === "\u2029" || ch === "\u0085") {
      if (newlines === 0) newlineAt = start;
      newlines++;
      pendingSpace = -1;
      continue;
    }
    if (isHSpace(ch)) {
      if (pendingSpace < 0) pendingSpace = start;
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    const c0 = ch.charCodeAt(0);
    if (c0 < 0x20 || (c0 >= 0x7f && c0 < 0xa0)) {
      if (pendingSpace < 0) pendingSpace = start;
      continue;
    }
    ch = CHAR_MAP[ch] ?? ch;
    if (newlines > 0) {
      if (chars.length > 0) {
        const n = Math.min(newlines, 2);
        for (let k = 0; k < n; k++) {
          chars.push("\n");
          map.push(newlineAt);
        }
      }
      newlines = 0;
      pendingSpace = -1;
    } else if (pendingSpace >= 0) {
      if (chars.length > 0) {
        chars.push(" ");
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    for (let k = 0; k < ch.length; k++) {
      chars.push(ch[k] as string);
      map.push(start);
    }
  }
  let text = chars.join("");
  // Pass 2: tone placement, word by word (length-preserving).
  text = text.replace(/[\p{L}]{2,7}/gu, (w) => (/[^\x00-\x7f]/.test(w) ? modernizeTone(w) : w));
  return { text, toOriginal: map };
}
