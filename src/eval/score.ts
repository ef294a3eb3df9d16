// Pure scorer: one gold annotation + one ExtractionResult -> TP/FP/FN per entity and relation type.
// Matching rules are documented in test/fixtures/README.md; keep the two in step.
import type { Entity, ExtractionResult } from "../extract/types.js";
import type { Gold } from "./gold.js";

export const CATEGORIES = [
  "persons",
  "organizations",
  "localities",
  "documents",
  "positions",
  "events",
  "participations",
  "implementations",
  "concerns",
  "organized",
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface CategoryScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
  /** Gold items not found (readable form). */
  misses: string[];
  /** Predicted items not in the gold (readable form). */
  falsePositives: string[];
}

export type Score = Record<Category, CategoryScore>;

/** NFC, diacritics removed (đ→d), lowercase, whitespace collapsed. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** fold() plus punctuation dropped: for comparing document surface forms ("(khóa XI)" = "khóa XI"). */
export function foldLoose(s: string): string {
  return fold(s.replace(/[()[\]“”"'‘’.,:;]/g, " "));
}

const LOCALITY_PREFIXES = ["thanh pho ", "tp. ", "tp.", "tp ", "thi xa ", "thi tran ", "tinh ", "huyen ", "quan ", "xa ", "phuong "];

export function localityKey(name: string): string {
  const f = fold(name);
  for (const p of LOCALITY_PREFIXES) if (f.startsWith(p) && f.length > p.length) return f.slice(p.length).trim();
  return f;
}

const CODE_RE = /^\d+[a-z]*-[a-zđ]+\/[a-z]+$/i;
/** True when a document key is an official code such as "12-NQ/TW" or "08-QĐi/TW". */
export function isCode(key: string): boolean {
  return CODE_RE.test(key.trim());
}

/**
 * Canonical title at a body: a title may or may not repeat the start or the end of its body's name
 * ("Trưởng Ban Tuyên giáo" at "Ban Tuyên giáo Tỉnh ủy X" = "Trưởng ban" there; "Ủy viên Trung ương Đảng" at
 * "Ban Chấp hành Trung ương Đảng" = "Ủy viên" there), so that repetition is dropped before comparing.
 */
export function titleKey(title: string, organization: string): string {
  const t = fold(title).split(" ");
  const o = fold(organization).split(" ");
  for (let k = Math.min(t.length - 1, o.length); k >= 1; k--) {
    const tail = t.slice(t.length - k).join(" ");
    if (tail === o.slice(0, k).join(" ") || tail === o.slice(o.length - k).join(" ")) {
      return t.slice(0, t.length - k).join(" ");
    }
  }
  return t.join(" ");
}

/** Participation roles from strongest to weakest: one role per (person, event) is scored, the strongest. */
export const ROLE_PRIORITY = ["CHAIRED", "LED_DELEGATION", "REPORTED", "SPOKE", "AWARDED", "ATTENDED", "OTHER"];

function rolePriority(role: string): number {
  const i = ROLE_PRIORITY.indexOf(role);
  return i < 0 ? ROLE_PRIORITY.length : i;
}

interface Item {
  key: string;
  label: string;
}

/** Multiset comparison: each gold item consumes at most one equal predicted item. */
function compare(gold: Item[], predicted: Item[]): CategoryScore {
  const pool = new Map<string, Item[]>();
  for (const p of predicted) {
    const list = pool.get(p.key) ?? [];
    list.push(p);
    pool.set(p.key, list);
  }
  let tp = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const list = pool.get(g.key);
    if (list && list.length > 0) {
      list.pop();
      tp++;
    } else {
      misses.push(g.label);
    }
  }
  const falsePositives = [...pool.values()].flat().map((p) => p.label);
  return finish({ tp, fp: falsePositives.length, fn: misses.length }, misses, falsePositives);
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function finish(c: Counts, misses: string[], falsePositives: string[]): CategoryScore {
  return { ...c, ...prf(c), misses, falsePositives };
}

/** Dedupe items by key (sets, not multisets), keeping the first label. */
function unique(items: Item[]): Item[] {
  const seen = new Map<string, Item>();
  for (const i of items) if (!seen.has(i.key)) seen.set(i.key, i);
  return [...seen.values()];
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

export function scoreArticle(gold: Gold, result: ExtractionResult): Score {
  const byId = new Map<string, Entity>(result.entities.map((e) => [e.id, e]));
  const ofType = (t: Entity["type"]): Entity[] => result.entities.filter((e) => e.type === t);

  // Documents: align each predicted Resolution with a gold document (code, name, or a surface form).
  const goldDocs = gold.documents.map((d) => ({
    key: d.key,
    code: isCode(d.key),
    forms: new Set([d.key, ...d.surfaceForms].map(foldLoose)),
  }));
  const docKeyOf = (e: Entity): string => {
    const own = str(e.properties.code) ?? e.name;
    const ownFold = fold(own);
    for (const g of goldDocs) if (fold(g.key) === ownFold) return fold(g.key);
    for (const g of goldDocs) {
      if (g.code) continue;
      for (const form of [e.name, ...e.aliases]) if (g.forms.has(foldLoose(form))) return fold(g.key);
    }
    return ownFold;
  };
  const docLabel = (e: Entity): string => str(e.properties.code) ?? e.name;

  const eventKeyOf = (e: Entity): string => `${str(e.properties.eventType) ?? "?"}@${str(e.properties.date)?.slice(0, 10) ?? "null"}`;
  const goldEventKey = new Map(gold.events.map((e) => [e.id, `${e.eventType}@${e.date ?? "null"}`]));
  const gEvent = (id: string): string => goldEventKey.get(id) ?? `?${id}`;

  const persons = compare(
    unique(gold.persons.map((p) => ({ key: fold(p.name), label: p.name }))),
    unique(ofType("Person").map((e) => ({ key: fold(e.name), label: e.name }))),
  );
  const organizations = compare(
    unique(gold.organizations.map((o) => ({ key: fold(o.name), label: o.name }))),
    unique(ofType("Organization").map((e) => ({ key: fold(e.name), label: e.name }))),
  );
  const localities = compare(
    unique(gold.localities.map((l) => ({ key: localityKey(l.name), label: l.name }))),
    unique(ofType("Locality").map((e) => ({ key: localityKey(e.name), label: e.name }))),
  );
  const documents = compare(
    unique(gold.documents.map((d) => ({ key: fold(d.key), label: d.key }))),
    unique(ofType("Resolution").map((e) => ({ key: docKeyOf(e), label: docLabel(e) }))),
  );
  const events = compare(
    gold.events.map((e) => ({ key: `${e.eventType}@${e.date ?? "null"}`, label: `${e.eventType} ${e.date ?? "?"}` })),
    ofType("Event").map((e) => ({ key: eventKeyOf(e), label: eventKeyOf(e).replace("@", " ") })),
  );

  // Relations: resolve endpoints to their keys; skip relations whose endpoints are missing.
  const rels = (type: string) =>
    result.relations
      .filter((r) => r.type === type)
      .flatMap((r) => {
        const from = byId.get(r.from);
        const to = byId.get(r.to);
        return from && to ? [{ r, from, to }] : [];
      });

  const positions = compare(
    unique(
      gold.positions.map((p) => ({
        key: `${fold(p.person)}|${fold(p.organization)}|${titleKey(p.title, p.organization)}`,
        label: `${p.person} — ${p.title} @ ${p.organization}`,
      })),
    ),
    unique(
      rels("HOLDS_POSITION").map(({ r, from, to }) => {
        const title = str(r.properties.title) ?? "";
        return {
          key: `${fold(from.name)}|${fold(to.name)}|${titleKey(title, to.name)}`,
          label: `${from.name} — ${title} @ ${to.name}`,
        };
      }),
    ),
  );

  // Participations: keep only the strongest role per (person, event) on both sides.
  const strongest = (items: { person: string; event: string; role: string; label: string }[]): Item[] => {
    const best = new Map<string, { role: string; label: string }>();
    for (const i of items) {
      const k = `${i.person}|${i.event}`;
      const cur = best.get(k);
      if (!cur || rolePriority(i.role) < rolePriority(cur.role)) best.set(k, { role: i.role, label: i.label });
    }
    return [...best.entries()].map(([k, v]) => ({ key: `${k}|${v.role}`, label: v.label }));
  };
  const participations = compare(
    strongest(
      gold.participations.map((p) => ({
        person: fold(p.person),
        event: gEvent(p.event),
        role: p.role,
        label: `${p.person} ${p.role} ${gEvent(p.event).replace("@", " ")}`,
      })),
    ),
    strongest(
      rels("PARTICIPATED_IN").map(({ r, from, to }) => {
        const role = str(r.properties.role) ?? "OTHER";
        return {
          person: fold(from.name),
          event: eventKeyOf(to),
          role,
          label: `${from.name} ${role} ${eventKeyOf(to).replace("@", " ")}`,
        };
      }),
    ),
  );

  const implementations = compare(
    unique(
      gold.implementations.map((i) => ({
        key: `${fold(i.organization)}|${fold(i.document)}`,
        label: `${i.organization} → ${i.document}`,
      })),
    ),
    unique(
      rels("IMPLEMENTS").map(({ from, to }) => ({
        key: `${fold(from.name)}|${docKeyOf(to)}`,
        label: `${from.name} → ${docLabel(to)}`,
      })),
    ),
  );

  const concerns = compare(
    gold.events.flatMap((e) =>
      e.concerns.map((d) => ({ key: `${gEvent(e.id)}|${fold(d)}`, label: `${gEvent(e.id).replace("@", " ")} → ${d}` })),
    ),
    // a multiset, like the events: two sessions on one day can concern the same document
    rels("CONCERNS").map(({ from, to }) => ({
      key: `${eventKeyOf(from)}|${docKeyOf(to)}`,
      label: `${eventKeyOf(from).replace("@", " ")} → ${docLabel(to)}`,
    })),
  );

  const organized = compare(
    gold.events.flatMap((e) =>
      e.organizer === null
        ? []
        : [{ key: `${fold(e.organizer)}|${gEvent(e.id)}`, label: `${e.organizer} → ${gEvent(e.id).replace("@", " ")}` }],
    ),
    rels("ORGANIZED").map(({ from, to }) => ({
      key: `${fold(from.name)}|${eventKeyOf(to)}`,
      label: `${from.name} → ${eventKeyOf(to).replace("@", " ")}`,
    })),
  );

  return {
    persons,
    organizations,
    localities,
    documents,
    positions,
    events,
    participations,
    implementations,
    concerns,
    organized,
  };
}

/** Micro-average: sum the counts of several article scores. Labels are dropped. */
export function sumScores(scores: Score[]): Score {
  const out = {} as Score;
  for (const c of CATEGORIES) {
    const counts = scores.reduce<Counts>(
      (acc, s) => ({ tp: acc.tp + s[c].tp, fp: acc.fp + s[c].fp, fn: acc.fn + s[c].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    out[c] = finish(counts, [], []);
  }
  return out;
}
