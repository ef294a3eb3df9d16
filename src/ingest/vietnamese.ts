// Does a decoded text read as Vietnamese? Used to choose between candidate decodings of bytes that
// are not UTF-8: a right guess yields real syllables, a wrong one yields symbols inside words.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|c|m|n|p|t)?$/;
const WORD_SPLIT = /[\s.,;:!?()"'“”‘’«»…/\\[\]{}<>|*=+_–—-]+/;

/** True for one Vietnamese syllable with at most one tone mark ("Thường", "ủy", "nghị"). */
export function isVietnameseSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize("NFD");
  const tones = d.match(TONES);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(d.replace(TONES, "").normalize("NFC"));
}

export interface SyllableScore {
  /** Words holding at least one non-ASCII character. */
  nonAscii: number;
  /** Of those, how many are valid syllables. */
  valid: number;
}

/** Scores the first `sample` characters: only non-ASCII words decide, ASCII reads the same in every decoding. */
export function scoreVietnamese(text: string, sample = 65_536): SyllableScore {
  let nonAscii = 0;
  let valid = 0;
  for (const word of text.slice(0, sample).normalize("NFC").split(WORD_SPLIT)) {
    if (!/[\u0080-\uffff]/.test(word)) continue;
    nonAscii++;
    if (isVietnameseSyllable(word)) valid++;
  }
  return { nonAscii, valid };
}

/** Enough Vietnamese words, most of them well formed. */
export function looksVietnamese(text: string): boolean {
  const { nonAscii, valid } = scoreVietnamese(text);
  return nonAscii >= 3 && valid / nonAscii >= 0.75;
}

// VNI-Windows writes a toned vowel as an ASCII vowel plus a Latin-1 letter (Vieät, Ñaûng, quyeát);
// those pairs never occur inside Unicode Vietnamese words.
const VNI_PAIR = /[aeiouyAEIOUY][\u00e0-\u00e5\u00f2-\u00f6\u00f8-\u00fb\u00ef\u00ea\u00c0-\u00c5\u00d2-\u00d6\u00d8-\u00db\u00cf\u00ca]|(?:^|[\s(])[\u00d1\u00f1][a-zA-Z\u00e0-\u00ff]/;

/** Share of non-ASCII words that look like VNI (each character read as Latin-1). */
export function vniRatio(latin1Text: string, sample = 65_536): number {
  let nonAscii = 0;
  let hits = 0;
  for (const word of latin1Text.slice(0, sample).split(/\s+/)) {
    if (!/[\u0080-\uffff]/.test(word)) continue;
    nonAscii++;
    if (VNI_PAIR.test(` ${word}`)) hits++;
  }
  return nonAscii === 0 ? 0 : hits / nonAscii;
}
