// The nodes a batch's relationship rows point at, looked up once per batch instead of once per row: a
// batch refers to the same province, central body or article in many rows, and each reference by string
// id is an index seek. The writer sends, per label, the distinct ids the rows name; each row carries the
// positions of its end nodes in those lists (WRITE_ALL resolves every list once, in order).
import { int, type Integer } from "neo4j-driver";
import { EDGE_PATTERNS, MENTION_LABELS, patternKey, type BatchRows, type EdgeWriteRow, type MentionRow, type PatternKey, type SameAsRow } from "./plan.js";

export const NODE_LABELS = ["Article", "Person", "Organization", "Locality", "Resolution", "Event"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** The distinct ids of one label in first-seen order, and each id's position. */
class IdList {
  readonly ids: string[] = [];
  private readonly at = new Map<string, Integer>();

  position(id: string): Integer {
    let i = this.at.get(id);
    if (i === undefined) {
      i = int(this.ids.length);
      this.at.set(id, i);
      this.ids.push(id);
    }
    return i;
  }
}

/** Row lists with end-node positions: `ai`/`ni` (article, node) on mentions and reports, `fi`/`ti` on relationships. */
export interface ReferencedRows {
  ids: Record<NodeLabel, string[]>;
  mentions: Record<(typeof MENTION_LABELS)[number], Array<MentionRow & { ai: Integer; ni: Integer }>>;
  reports: Array<{ article: string; id: string; ai: Integer; ni: Integer }>;
  edges: Map<PatternKey, Array<EdgeWriteRow & { fi: Integer; ti: Integer }>>;
  sameAs: Array<SameAsRow & { fi: Integer; ti: Integer }>;
}

/** Adds end-node positions to the rows of `rows` that create or match relationships (row order kept). */
export function referenceNodes(rows: BatchRows): ReferencedRows {
  const lists = Object.fromEntries(NODE_LABELS.map((l) => [l, new IdList()])) as Record<NodeLabel, IdList>;
  const mentions = Object.fromEntries(
    MENTION_LABELS.map((l) => [l, rows.mentions[l].map((r) => ({ ...r, ai: lists.Article.position(r.article), ni: lists[l].position(r.id) }))]),
  ) as ReferencedRows["mentions"];
  const reports = rows.reports.map((r) => ({ ...r, ai: lists.Article.position(r.article), ni: lists.Event.position(r.id) }));
  const edges: ReferencedRows["edges"] = new Map();
  for (const p of EDGE_PATTERNS) {
    const list = rows.edges.get(patternKey(p));
    if (list) edges.set(patternKey(p), list.map((r) => ({ ...r, fi: lists[p.from].position(r.from), ti: lists[p.to].position(r.to) })));
  }
  const sameAs = rows.sameAs.map((r) => ({ ...r, fi: lists.Person.position(r.from), ti: lists.Person.position(r.to) }));
  const ids = Object.fromEntries(NODE_LABELS.map((l) => [l, lists[l].ids])) as Record<NodeLabel, string[]>;
  return { ids, mentions, reports, edges, sameAs };
}
