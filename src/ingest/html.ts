// HTML → plain text, good enough for news pages saved from a browser: drop scripts, styles and
// comments, break lines at block elements, decode entities, keep the <title>.

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—", hellip: "…", laquo: "«", raquo: "»", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", middot: "·", copy: "©" };
// Latin letters with marks (&agrave; &Ecirc; &otilde; …) compose from the letter and the mark.
const MARKS: Record<string, string> = { grave: "\u0300", acute: "\u0301", circ: "\u0302", tilde: "\u0303", uml: "\u0308" };
for (const letter of "aeiouyAEIOUYnN") {
  for (const [mark, combining] of Object.entries(MARKS)) {
    const composed = (letter + combining).normalize("NFC");
    if (composed.length === 1) NAMED[letter + mark] = composed;
  }
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Heuristic: a document, or a text whose first lines are full of tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/i.test(head)) return true;
  const tags = head.match(/<\/?(?:p|div|br|span|a|h[1-6]|li|ul|table|td|tr|img|section|article|strong|em)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

const BLOCK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|figure|figcaption|hr|dd|dt|pre)\b[^>]*>/gi;

export interface HtmlText {
  title: string | null;
  text: string;
}

export function htmlToText(html: string): HtmlText {
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = titleMatch ? collapse(decodeEntities(titleMatch[1]!.replace(/<[^>]*>/g, " "))) || null : null;
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<(script|style|noscript|template|svg|head|iframe|title)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(BLOCK, "\n")
    .replace(/<[^>]*>/g, " ");
  const lines = decodeEntities(stripped)
    .split("\n")
    .map(collapse)
    .filter((l) => l.length > 0);
  if (!title) return { title, text: lines.join("\n") };
  // the title leads, where the extractor looks for it; its copy in the page body goes
  const copy = lines.indexOf(title);
  if (copy >= 0) lines.splice(copy, 1);
  return { title, text: [title, ...lines].join("\n") };
}

function collapse(s: string): string {
  return s.replace(/[ \t\u00a0\r\f\v]+/g, " ").trim();
}
