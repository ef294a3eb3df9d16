// What the assembly stages share: the document, the graph being built, the resolved bodies by
// sentence, and the constructors of locality and organization entities.
import type { Doc } from "../doc.js";
import type { Locality, Reference } from "../reference.js";
import type { Token } from "../tokens.js";
import { foldDiacritics } from "../fold.js";
import { committeeFor, type BodyContext, type BodyRef, type OrgInfo } from "../recognize/bodies.js";
import { ArticleGraph } from "./graph.js";
import type { Mentions } from "./mentions.js";

export interface ResolvedBody {
  b: BodyRef;
  o: OrgInfo;
}

/** Items grouped by the sentence their first token is in. */
export function bySentence<T>(doc: Doc, items: T[], tokOf: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of items) {
    const s = doc.tokSentence[tokOf(x)] as number;
    const l = m.get(s);
    if (l) l.push(x);
    else m.set(s, [x]);
  }
  return m;
}

export class Assembly {
  readonly ref: Reference;
  readonly tokens: Token[];
  readonly g = new ArticleGraph();
  readonly bodyContext: BodyContext;
  private bodiesBySentence = new Map<number, ResolvedBody[]>();

  constructor(
    readonly doc: Doc,
    readonly m: Mentions,
    readonly articleKey: string,
  ) {
    this.ref = doc.ref;
    this.tokens = doc.tokens;
    this.bodyContext = { ref: doc.ref, salience: m.salience, offsetOf: (tok) => doc.tokens[tok]?.start ?? -1 };
  }

  token(k: number): Token {
    return this.tokens[k] as Token;
  }

  setResolvedBodies(list: ResolvedBody[]): void {
    this.bodiesBySentence = bySentence(this.doc, list, (r) => r.b.tokStart);
  }

  bodiesInSentence(s: number): ResolvedBody[] {
    return this.bodiesBySentence.get(s) ?? [];
  }

  locEntity(l: Locality): string {
    this.g.entity(l.id, "Locality", l.name, { level: l.level, validFrom: l.validFrom, validUntil: l.validUntil, nameAscii: foldDiacritics(l.name) });
    return l.id;
  }

  orgEntity(o: OrgInfo): string {
    this.g.entity(o.id, "Organization", o.name, { kind: o.kind, level: o.level, locality: o.locality?.id ?? null, nameAscii: foldDiacritics(o.name) });
    if (o.locality) {
      this.locEntity(o.locality);
      this.g.relate("BASED_IN", o.id, o.locality.id, {}, null);
    }
    if (o.parent) {
      this.orgEntity(o.parent);
      this.g.relate("PART_OF", o.id, o.parent.id, {}, null);
    }
    return o.id;
  }

  /** The Party committee a body belongs to (itself for a committee). */
  committeeOf(o: OrgInfo): OrgInfo | null {
    if (o.kind === "PARTY_COMMITTEE") return o;
    if (o.parent) return o.parent;
    if (o.kind === "PARTY_ORGANIZATION" && o.locality) return committeeFor(this.bodyContext, o.locality);
    return null;
  }
}
