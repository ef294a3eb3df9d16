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

/** One bit per category, so "is there a match of this kind here" is a single test. A literal (not built
 * in a loop) so V8 gives it one fixed shape and `CATEGORY_BIT[cat]` stays a fast property load. */
export const CATEGORY_BIT: Readonly<Record<Category, number>> = {
  title: 1 << 0,
  central: 1 << 1,
  committee: 1 << 2,
  bloc: 1 << 3,
  board: 1 << 4,
  institution: 1 << 5,
  locPrefix: 1 << 6,
  loc: 1 << 7,
  docType: 1 << 8,
  charter: 1 << 9,
  plenumWord: 1 << 10,
  honorific: 1 << 11,
  eventHead: 1 << 12,
  trigger: 1 << 13,
  anaphoric: 1 << 14,
  anaphoricBefore: 1 << 15,
  notEventAfter: 1 << 16,
  role: 1 << 17,
  beforeCue: 1 << 18,
  implVerb: 1 << 19,
  personCue: 1 << 20,
  ordinal: 1 << 21,
  docAlias: 1 << 22,
  surname: 1 << 23,
};

/**
 * CATEGORY_BIT[cat] written as a switch. Where `cat` is a constant (every `longest(doc, i, "title")`
 * call once inlined) the optimizer folds it to a number; the keyed load it replaces shared one
 * feedback slot across two dozen keys, went megamorphic and cost a hash probe per token.
 */
export function categoryBit(cat: Category): number {
  switch (cat) {
    case "title": return CATEGORY_BIT.title;
    case "central": return CATEGORY_BIT.central;
    case "committee": return CATEGORY_BIT.committee;
    case "bloc": return CATEGORY_BIT.bloc;
    case "board": return CATEGORY_BIT.board;
    case "institution": return CATEGORY_BIT.institution;
    case "locPrefix": return CATEGORY_BIT.locPrefix;
    case "loc": return CATEGORY_BIT.loc;
    case "docType": return CATEGORY_BIT.docType;
    case "charter": return CATEGORY_BIT.charter;
    case "plenumWord": return CATEGORY_BIT.plenumWord;
    case "honorific": return CATEGORY_BIT.honorific;
    case "eventHead": return CATEGORY_BIT.eventHead;
    case "trigger": return CATEGORY_BIT.trigger;
    case "anaphoric": return CATEGORY_BIT.anaphoric;
    case "anaphoricBefore": return CATEGORY_BIT.anaphoricBefore;
    case "notEventAfter": return CATEGORY_BIT.notEventAfter;
    case "role": return CATEGORY_BIT.role;
    case "beforeCue": return CATEGORY_BIT.beforeCue;
    case "implVerb": return CATEGORY_BIT.implVerb;
    case "personCue": return CATEGORY_BIT.personCue;
    case "ordinal": return CATEGORY_BIT.ordinal;
    case "docAlias": return CATEGORY_BIT.docAlias;
    case "surname": return CATEGORY_BIT.surname;
  }
}

export interface LexEntry {
  cat: Category;
  /** index into the category's table in Reference */
  ref: number;
}

interface Node {
  next: Map<string, Node>;
  entries: LexEntry[] | null;
  /** categories of this node's entries */
  mask: number;
}

export interface LexMatch {
  start: number; // token index
  end: number; // token index, exclusive
  entries: LexEntry[];
  /** categories of the entries */
  mask: number;
}

export class TokenTrie {
  private root: Node = { next: new Map(), entries: null, mask: 0 };
  size = 0;

  add(keys: string[], entry: LexEntry): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map(), entries: null, mask: 0 };
        node.next.set(k, n);
      }
      node = n;
    }
    if (!node.entries) node.entries = [];
    if (!node.entries.some((e) => e.cat === entry.cat && e.ref === entry.ref)) {
      node.entries.push(entry);
      node.mask |= CATEGORY_BIT[entry.cat];
      this.size++;
    }
  }

  /** All matches starting at each token (longest last), and a category bit mask per token. */
  matchAll(tokens: Token[]): { matches: LexMatch[][]; masks: Uint32Array } {
    const out: LexMatch[][] = new Array(tokens.length);
    const masks = new Uint32Array(tokens.length);
    const none: LexMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node: Node | undefined = this.root.next.get((tokens[i] as Token).low);
      if (!node) {
        out[i] = none;
        continue;
      }
      let here: LexMatch[] | null = null;
      let mask = 0;
      for (let j = i; ; ) {
        if (node.entries) {
          (here ??= []).push({ start: i, end: j + 1, entries: node.entries, mask: node.mask });
          mask |= node.mask;
        }
        j++;
        if (j >= tokens.length) break;
        node = node.next.get((tokens[j] as Token).low);
        if (!node) break;
      }
      out[i] = here ?? none;
      masks[i] = mask;
    }
    return { matches: out, masks };
  }
}
