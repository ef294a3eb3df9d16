// Diacritic folding and slugs. Every function here maps one UTF-16 unit to one unit, so offsets
// computed on folded text are valid on the NFC text it came from.

const FOLD = new Map<string, string>();
const LOWER = new Map<string, string>();

function initTables(): void {
  // Vietnamese precomposed letters live in Latin-1 Supplement, Latin Extended-A/B and Extended Additional.
  const ranges: Array<[number, number]> = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCharCode(cp);
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      if (base.length === 1 && base !== ch && /[A-Za-z]/.test(base)) FOLD.set(ch, base);
    }
  }
  FOLD.set("đ", "d");
  FOLD.set("Đ", "D");
  FOLD.set("Ð", "D");
}
initTables();

export function foldChar(ch: string): string {
  return FOLD.get(ch) ?? ch;
}

const UTF16 = new TextDecoder("utf-16le");

// code unit -> folded code unit for the Latin ranges (0 = unchanged)
const FOLD_TABLE = new Uint16Array(0x1f00);
for (const [k, v] of FOLD) FOLD_TABLE[k.charCodeAt(0)] = v.charCodeAt(0);
const SHORT = 255;
const SCRATCH = new Uint16Array(SHORT);

/** "Đinh Thế Huynh" -> "Dinh The Huynh". Length-preserving on NFC input. */
export function foldDiacritics(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0xc0 && c < 0x1f00 && FOLD_TABLE[c] !== 0) break;
    i++;
  }
  if (i === n) return s;
  if (n <= SHORT) {
    // one string built from code units: concatenation would leave a rope to flatten later
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(k);
      SCRATCH[k] = c < 0x1f00 && FOLD_TABLE[c] !== 0 ? (FOLD_TABLE[c] as number) : c;
    }
    return String.fromCharCode.apply(null, SCRATCH.subarray(0, n) as unknown as number[]);
  }
  const codes = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    codes[k] = c < 0x1f00 && FOLD_TABLE[c] !== 0 ? (FOLD_TABLE[c] as number) : c;
  }
  return UTF16.decode(codes);
}

// code unit -> its folded lower-case unit, for units below 0x2100 whose lower case is one unit and does
// not depend on its neighbours (0 = not in the table: capital sigma, surrogates, İ)
const FOLD_LOWER_END = 0x2100;
const FOLD_LOWER = new Uint16Array(FOLD_LOWER_END);
for (let c = 1; c < FOLD_LOWER_END; c++) {
  const folded = c < 0x1f00 && FOLD_TABLE[c] !== 0 ? (FOLD_TABLE[c] as number) : c;
  const lower = String.fromCharCode(folded).toLowerCase();
  if (lower.length === 1 && folded !== 0x3a3) FOLD_LOWER[c] = lower.charCodeAt(0);
}

/**
 * Folded and lower-cased in one pass over the units (what toLowerCase(foldDiacritics(s)) gives),
 * or null when a unit is outside the table and the two-step path has to decide.
 */
function foldLowerUnits(s: string): string | null {
  const n = s.length;
  const codes = n <= SHORT ? SCRATCH : new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    const m = c < FOLD_LOWER_END ? (FOLD_LOWER[c] as number) : 0;
    if (m === 0) return null;
    codes[k] = m;
  }
  if (n <= SHORT) return String.fromCharCode.apply(null, SCRATCH.subarray(0, n) as unknown as number[]);
  return UTF16.decode(codes);
}

/** Lower-case without ever changing the length (some code points lower-case to two units). */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    let l = LOWER.get(ch);
    if (l === undefined) {
      l = ch.toLowerCase();
      if (l.length !== 1) l = ch;
      LOWER.set(ch, l);
    }
    out += l;
  }
  return out;
}

export function foldLower(s: string): string {
  return foldLowerUnits(s) ?? lowerSameLength(foldDiacritics(s));
}

/** toLowerCase(foldDiacritics(s)): where the table covers every unit, one pass and one copy. */
export function foldThenLowerCase(s: string): string {
  return foldLowerUnits(s) ?? foldDiacritics(s).toLowerCase();
}

/** ASCII slug for ids: "Cần Thơ" -> "can-tho". */
export function slugify(s: string): string {
  return foldLower(s.normalize("NFC"))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "nguyễn HỮU lợi" -> "Nguyễn Hữu Lợi". */
export function capitalizeWords(s: string): string {
  return s
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => {
      // only shouting (DŨNG CHINH) is re-cased; H'Lim keeps its inner capital
      const body = w === w.toUpperCase() ? lowerSameLength(w.slice(1)).replace(/'(\p{L})/gu, (_m, c: string) => `'${c.toUpperCase()}`) : w.slice(1);
      return (w[0] as string).toUpperCase() + body;
    })
    .join(" ");
}

export function upperFirst(s: string): string {
  return s.length === 0 ? s : (s[0] as string).toUpperCase() + s.slice(1);
}
