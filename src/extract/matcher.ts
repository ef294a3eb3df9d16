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

/** FNV-1a over UTF-16 code units: the word table's hash. */
function wordHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

function edgeHash(from: number, word: number): number {
  const h = Math.imul(from, 0x9e3779b1) ^ Math.imul(word + 1, 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** Smallest power of two holding `n` keys at most half full. */
function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/**
 * The trie flattened for matching: every word and node is an integer, the words and the edges
 * live in open-addressing tables of typed arrays. Each token's word is looked up once per article
 * instead of once per trie level it is reached from, and no lookup hashes a string key in a Map.
 */
class CompiledTrie {
  private readonly words: string[] = [];
  private readonly wordHashes: number[] = [];
  private readonly wordSlots: Int32Array;
  private readonly rootChild: Int32Array;
  private readonly edgeFrom: Int32Array;
  private readonly edgeWord: Int32Array;
  private readonly edgeTo: Int32Array;
  readonly entries: Array<LexEntry[] | null> = [];
  readonly nodeMask: number[] = [];

  constructor(root: Node) {
    // number the nodes depth-first (root = 0) and collect the words and edges
    const edges: number[] = [];
    const wordIds = new Map<string, number>();
    const visit = (node: Node): number => {
      const id = this.entries.length;
      this.entries.push(node.entries);
      this.nodeMask.push(node.mask);
      for (const [key, child] of node.next) {
        let w = wordIds.get(key);
        if (w === undefined) {
          w = this.words.length;
          wordIds.set(key, w);
          this.words.push(key);
          this.wordHashes.push(wordHash(key));
        }
        edges.push(id, w, visit(child));
      }
      return id;
    };
    visit(root);
    this.wordSlots = new Int32Array(tableSize(this.words.length)).fill(-1);
    const wordMask = this.wordSlots.length - 1;
    this.words.forEach((_w, id) => {
      let slot = (this.wordHashes[id] as number) & wordMask;
      while ((this.wordSlots[slot] as number) >= 0) slot = (slot + 1) & wordMask;
      this.wordSlots[slot] = id;
    });
    this.rootChild = new Int32Array(this.words.length).fill(-1);
    const edgeCount = edges.length / 3;
    const size = tableSize(edgeCount);
    this.edgeFrom = new Int32Array(size).fill(-1);
    this.edgeWord = new Int32Array(size);
    this.edgeTo = new Int32Array(size);
    for (let e = 0; e < edges.length; e += 3) {
      const from = edges[e] as number;
      const word = edges[e + 1] as number;
      const to = edges[e + 2] as number;
      if (from === 0) this.rootChild[word] = to;
      let slot = edgeHash(from, word) & (size - 1);
      while ((this.edgeFrom[slot] as number) >= 0) slot = (slot + 1) & (size - 1);
      this.edgeFrom[slot] = from;
      this.edgeWord[slot] = word;
      this.edgeTo[slot] = to;
    }
  }

  /** The word's id, -1 when no phrase contains it. */
  wordId(s: string): number {
    const h = wordHash(s);
    const mask = this.wordSlots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.wordSlots[slot] as number;
      if (id < 0) return -1;
      if (this.wordHashes[id] === h && this.words[id] === s) return id;
    }
  }

  /** The node reached from the root by one word, -1 when none. */
  first(word: number): number {
    return this.rootChild[word] as number;
  }

  /** The node reached from `from` by `word`, -1 when none. */
  child(from: number, word: number): number {
    const mask = this.edgeFrom.length - 1;
    for (let slot = edgeHash(from, word) & mask; ; slot = (slot + 1) & mask) {
      const f = this.edgeFrom[slot] as number;
      if (f < 0) return -1;
      if (f === from && this.edgeWord[slot] === word) return this.edgeTo[slot] as number;
    }
  }
}

export class TokenTrie {
  private root: Node = { next: new Map(), entries: null, mask: 0 };
  /** built on the first match, after the reference has added every phrase */
  private compiled: CompiledTrie | null = null;
  size = 0;

  add(keys: string[], entry: LexEntry): void {
    if (keys.length === 0) return;
    this.compiled = null;
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
    const trie = (this.compiled ??= new CompiledTrie(this.root));
    const n = tokens.length;
    const out: LexMatch[][] = new Array(n);
    const masks = new Uint32Array(n);
    const none: LexMatch[] = [];
    const words = new Int32Array(n);
    for (let i = 0; i < n; i++) words[i] = trie.wordId((tokens[i] as Token).low);
    for (let i = 0; i < n; i++) {
      const w = words[i] as number;
      let node = w < 0 ? -1 : trie.first(w);
      if (node < 0) {
        out[i] = none;
        continue;
      }
      let here: LexMatch[] | null = null;
      let mask = 0;
      for (let j = i; ; ) {
        const entries = trie.entries[node] as LexEntry[] | null;
        if (entries !== null) {
          const m = trie.nodeMask[node] as number;
          // most tokens start one match: a one-element literal, not an empty array grown to 17 slots
          const match: LexMatch = { start: i, end: j + 1, entries, mask: m };
          if (here === null) here = [match];
          else here.push(match);
          mask |= m;
        }
        j++;
        if (j >= n) break;
        const wj = words[j] as number;
        if (wj < 0) break;
        node = trie.child(node, wj);
        if (node < 0) break;
      }
      out[i] = here ?? none;
      masks[i] = mask;
    }
    return { matches: out, masks };
  }
}
