// The article's graph as it is assembled: one entity per id, one relation per (type, ends, key),
// evidence spans deduplicated and capped.
import type { Entity, PropertyValue, Relation, RelationType, Span } from "../types.js";

interface EntityDraft extends Entity {
  order: number;
  seen: Set<number>;
}

/** Enough evidence to check a relation by eye; a long article can repeat one fact hundreds of times. */
const MAX_EVIDENCE = 10;

export class ArticleGraph {
  readonly entities = new Map<string, EntityDraft>();
  private readonly relations = new Map<string, Relation>();
  private n = 0;

  entity(id: string, type: Entity["type"], name: string, properties: Record<string, PropertyValue>): Entity {
    let e = this.entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: [], properties, mentions: [], order: this.n++, seen: new Set() };
      this.entities.set(id, e);
    } else {
      // for-in: no entries array per call (properties is a plain literal)
      for (const k in properties) if (e.properties[k] === null || e.properties[k] === undefined) e.properties[k] = properties[k] as PropertyValue;
    }
    return e;
  }

  has(id: string): boolean {
    return this.entities.has(id);
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  mention(id: string, span: Span): void {
    const e = this.entities.get(id);
    if (!e || span.end <= span.start) return;
    const key = span.start * 65536 + (span.end - span.start);
    if (!e.seen.has(key)) {
      e.seen.add(key);
      e.mentions.push(span);
    }
    const alias = span.text.replace(/\s+/g, " ").trim();
    if (alias && alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
  }

  relate(type: RelationType, from: string, to: string, properties: Record<string, PropertyValue>, evidence: Span | null, keyExtra = ""): Relation | null {
    if (!this.entities.has(from) || !this.entities.has(to) || from === to) return null;
    const key = `${type}|${from}|${to}|${keyExtra}`;
    let r = this.relations.get(key);
    if (!r) {
      r = { type, from, to, properties, evidence: [] };
      this.relations.set(key, r);
    }
    if (evidence && evidence.end > evidence.start && r.evidence.length < MAX_EVIDENCE && !r.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) r.evidence.push(evidence);
    return r;
  }

  /** Entities in order of first appearance, mentions in text order. */
  result(): { entities: Entity[]; relations: Relation[] } {
    const entities = [...this.entities.values()]
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, seen: _seen, ...e }) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }));
    return { entities, relations: [...this.relations.values()] };
  }
}
