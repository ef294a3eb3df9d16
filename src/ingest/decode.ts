// Bytes of one input file → article text, or a reason the file is refused. Pure: no I/O.
import iconv from "iconv-lite";
import { htmlToText, looksLikeHtml } from "./html.js";
import { looksVietnamese, scoreVietnamese, vniRatio } from "./vietnamese.js";

/** A file that cannot become an article; `reason` is shown to the user next to the file name. */
export class InputRejected extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "InputRejected";
  }
}

export interface DecodedInput {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";
  html: boolean;
  title: string | null;
}

export interface DecodeOptions {
  maxBytes: number;
  /** File name, only to treat *.html / *.htm as HTML. */
  name?: string;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (or DOCX/XLSX)"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Office document (DOC/XLS)"],
  [[0x7f, 0x45, 0x4c, 0x46], "an executable"],
];

const TCVN3_HINT = "looks like TCVN3 (ABC)-encoded Vietnamese; convert it to Unicode (UTF-8) first";
const VNI_HINT = "looks like VNI-encoded Vietnamese; convert it to Unicode (UTF-8) first";

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => buf[i] === b);
}

/** UTF-16 without a BOM: ASCII-heavy text leaves NULs on one byte parity only. */
function bomlessUtf16(buf: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.3 && even / pairs < 0.05) return "utf-16le";
  if (even / pairs > 0.3 && odd / pairs < 0.05) return "utf-16be";
  return null;
}

function binaryReason(buf: Uint8Array): string | null {
  for (const [sig, what] of MAGIC) if (startsWith(buf, sig)) return `binary file (${what}), not text`;
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return "binary file (contains NUL bytes), not text";
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.05 ? `binary file (${Math.round((100 * control) / n)}% control characters), not text` : null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeText(buf: Uint8Array): { text: string; encoding: DecodedInput["encoding"] } {
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return { text: utf8Strict(buf.subarray(3)), encoding: "utf-8" };
  if (startsWith(buf, [0xff, 0xfe])) return { text: iconv.decode(Buffer.from(buf.subarray(2)), "utf16le"), encoding: "utf-16le" };
  if (startsWith(buf, [0xfe, 0xff])) return { text: iconv.decode(Buffer.from(buf.subarray(2)), "utf16be"), encoding: "utf-16be" };
  const wide = bomlessUtf16(buf);
  if (wide) return { text: iconv.decode(Buffer.from(buf), wide === "utf-16le" ? "utf16le" : "utf16be"), encoding: wide };

  const binary = binaryReason(buf);
  if (binary) throw new InputRejected(binary);

  let text: string | null = null;
  try {
    text = utf8.decode(buf);
  } catch {
    text = null;
  }
  if (text !== null) {
    rejectLegacyInUnicode(text);
    return { text, encoding: "utf-8" };
  }
  const bytes = Buffer.from(buf);
  const cp1258 = iconv.decode(bytes, "windows1258").normalize("NFC");
  if (looksVietnamese(cp1258)) return { text: cp1258, encoding: "windows-1258" };
  if (looksVietnamese(iconv.decode(bytes, "tcvn"))) throw new InputRejected(TCVN3_HINT);
  if (vniRatio(bytes.toString("latin1")) >= 0.3) throw new InputRejected(VNI_HINT);
  throw new InputRejected("not valid UTF-8 and not recognisable as Windows-1258 Vietnamese; convert it to UTF-8 first");
}

function utf8Strict(buf: Uint8Array): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw new InputRejected("starts with a UTF-8 byte-order mark but is not valid UTF-8");
  }
}

/**
 * Legacy-font text that went through a Latin-1 → UTF-8 conversion is valid UTF-8 but unreadable
 * ("§ång chÝ", "Vieät Nam"): refuse it with the same advice as the raw bytes.
 */
function rejectLegacyInUnicode(text: string): void {
  // Checked first because it is one scan where scoring every word costs about as much as extraction.
  const sample = text.slice(0, 65_536);
  if (/[\u0100-\uffff]/.test(sample)) return; // real Unicode beyond Latin-1: not a legacy font
  const { nonAscii, valid } = scoreVietnamese(text);
  if (nonAscii < 3 || valid / nonAscii >= 0.75) return;
  const bytes = Buffer.from(sample, "latin1");
  if (looksVietnamese(iconv.decode(bytes, "tcvn"))) throw new InputRejected(TCVN3_HINT);
  if (vniRatio(sample) >= 0.3) throw new InputRejected(VNI_HINT);
}

/** Decodes one input file; throws InputRejected with a user-facing reason. */
export function decodeInput(buf: Uint8Array, opts: DecodeOptions): DecodedInput {
  if (buf.length > opts.maxBytes) {
    throw new InputRejected(`too large: ${formatBytes(buf.length)}, over the ${formatBytes(opts.maxBytes)} limit (--max-bytes)`);
  }
  if (buf.length === 0) throw new InputRejected("empty file");
  const { text, encoding } = decodeText(buf);
  if (text.trim().length === 0) throw new InputRejected("empty file (only whitespace)");
  const htmlByName = opts.name !== undefined && /\.html?$/i.test(opts.name);
  if (htmlByName || looksLikeHtml(text)) {
    const page = htmlToText(text);
    if (page.text.trim().length === 0) throw new InputRejected("HTML page with no text");
    return { text: page.text, encoding, html: true, title: page.title };
  }
  return { text, encoding, html: false, title: null };
}
