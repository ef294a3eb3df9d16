// One trie over lower-case token sequences for every lexicon; one pass over the article finds
// all matches of all categories at once.
import type { Token } from "./tokens.js";

export type Category =
  | "title"
  | "central"
  | "committee"
  | "bloc"
  | "board"
  | "institution"
  | "locPrefix"
  | "loc"
  | "docType"
  | "charter"
  | "plenumWord"
  | "honorific"
  | "eventHead"
  | "trigger"
  | "anaphoric"
  | "anaphoricBefore"
  | "notEventAfter"
  | "role"
  | "beforeCue"
  | "implVerb"
  | "personCue"
  | "ordinal"
  | "docAlias"
  | "surname";

export interface LexEntry {
  cat: Category;
  /** index into the category's table in Reference */
  ref: number;
}

interface Node {
  next: Map<string, Node>;
  entries: LexEntry[] | null;
}

export interface LexMatch {
  start: number; // token index
  end: number; // token index, exclusive
  entries: LexEntry[];
}

export class TokenTrie {
  private root: Node = { next: new Map(), entries: null };
  size = 0;

  add(keys: string[], entry: LexEntry): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map(), entries: null };
        node.next.set(k, n);
      }
      node = n;
    }
    if (!node.entries) node.entries = [];
    if (!node.entries.some((e) => e.cat === entry.cat && e.ref === entry.ref)) {
      node.entries.push(entry);
      this.size++;
    }
  }

  /** All matches starting at each token; result[i] lists matches at token i, longest last. */
  matchAll(tokens: Token[]): LexMatch[][] {
    const out: LexMatch[][] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let node: Node | undefined = this.root;
      const here: LexMatch[] = [];
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get((tokens[j] as Token).low);
        if (!node) break;
        if (node.entries) here.push({ start: i, end: j + 1, entries: node.entries });
      }
      out[i] = here;
    }
    return out;
  }
}
