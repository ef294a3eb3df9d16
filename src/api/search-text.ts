import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { foldLower } from "../extract/fold.js";
import { repoRoot } from "../paths.js";
import { fromRoman, toRoman } from "../extract/reference.js";

// Turns what an analyst types ("nq tw4 khoa xii", "BTV Thanh uy Can Tho") into Lucene queries for
// the standard-folding full-text indexes. Terms are reduced to [a-z0-9]+ before they reach Lucene,
// so no user character can act as Lucene syntax.

export type AbbreviationTable = Map<string, string[]>;

/** Folded, lower-cased word tokens; letter/digit runs are split ("tw4" → "tw", "4"). */
export function tokens(text: string): string[] {
  return foldLower(text.normalize("NFC"))
    .replace(/([a-z])([0-9])|([0-9])([a-z])/g, "$1$3 $2$4")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

interface AbbreviationFile {
  abbreviations?: Array<{ abbr?: unknown; expansion?: unknown }>;
}

/** Builds the lookup from the lexicon's entries; keys are token sequences joined by a space. */
export function abbreviationTable(entries: Array<{ abbr: string; expansion: string }>): AbbreviationTable {
  const table: AbbreviationTable = new Map();
  for (const { abbr, expansion } of entries) {
    const key = tokens(abbr).join(" ");
    const exp = tokens(expansion).join(" ");
    if (!key || !exp || key === exp) continue;
    const list = table.get(key) ?? [];
    if (!list.includes(exp)) list.push(exp);
    table.set(key, list);
  }
  return table;
}

const cache = new Map<string, AbbreviationTable>();

/** The lexicon from seeds/reference/abbreviations.json; an empty table when it is absent or unreadable. */
export function loadAbbreviations(file = join(repoRoot(), "seeds", "reference", "abbreviations.json")): AbbreviationTable {
  const hit = cache.get(file);
  if (hit) return hit;
  let entries: Array<{ abbr: string; expansion: string }> = [];
  try {
    if (existsSync(file)) {
      const data = JSON.parse(readFileSync(file, "utf8")) as AbbreviationFile;
      entries = (data.abbreviations ?? []).filter(
        (e): e is { abbr: string; expansion: string } => typeof e.abbr === "string" && typeof e.expansion === "string",
      );
    }
  } catch {
    entries = []; // a broken lexicon degrades search, it must not take the API down
  }
  const table = abbreviationTable(entries);
  cache.set(file, table);
  return table;
}

/** One slot of the query: a typed token and the alternatives that mean the same. */
export type Group = string[];

/** Groups of alternatives: abbreviations expanded (longest match first), congress terms in both numeral systems. */
export function expand(text: string, table: AbbreviationTable): Group[] {
  const toks = tokens(text);
  const groups: Group[] = [];
  for (let i = 0; i < toks.length; ) {
    let matched = false;
    for (let len = Math.min(3, toks.length - i); len >= 1 && !matched; len--) {
      const key = toks.slice(i, i + len).join(" ");
      const exps = table.get(key);
      if (exps) {
        groups.push([key, ...exps]);
        i += len;
        matched = true;
      }
    }
    if (matched) continue;
    const tok = toks[i] as string;
    const prev = toks[i - 1];
    const alts = [tok];
    // "khóa 12" and "khóa XII" name the same congress term
    if (prev === "khoa") {
      if (/^[0-9]{1,2}$/.test(tok) && Number(tok) > 0 && Number(tok) < 40) alts.push(toRoman(Number(tok)).toLowerCase());
      const n = fromRoman(tok) ?? undefined;
      if (n !== undefined) alts.push(String(n));
    }
    groups.push(alts);
    i += 1;
  }
  return groups;
}

function alt(a: string): string {
  return a.includes(" ") ? `"${escapeLucene(a)}"` : escapeLucene(a);
}

/** Lucene query: every group required (`all`) or any group enough. Empty string when nothing is searchable. */
export function luceneQuery(groups: Group[], all: boolean): string {
  return groups
    .map((g) => (g.length === 1 ? alt(g[0] as string) : `(${g.map(alt).join(" OR ")})`))
    .map((s) => (all ? `+${s}` : s))
    .join(" ");
}

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Backslash-escapes Lucene query syntax; a defence in depth behind the [a-z0-9] token filter. */
export function escapeLucene(s: string): string {
  return s.replace(SPECIAL, (c) => `\\${c}`);
}
