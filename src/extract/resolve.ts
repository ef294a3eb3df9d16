// Stage 4: mentions -> one entity per real thing, canonical ids, and relations with evidence.
import type { Doc } from "./doc.js";
import { longest, sentenceSpan, spanOf } from "./doc.js";
import type { Entity, PropertyValue, Relation, RelationType, Span } from "./types.js";
import type { CatalogueDoc, Locality, Reference } from "./reference.js";
import { lexKey } from "./reference.js";
import { foldDiacritics, slugify, upperFirst } from "./fold.js";
import { recognizeDates, referenceYear, resolveDate, type DateMention } from "./recognize/dates.js";
import { recognizeDocuments, type DocMention } from "./recognize/documents.js";
import { recognizeLocalities, Salience } from "./recognize/localities.js";
import { committeeFor, recognizeBodies, recognizeChains, resolveBody, type BodyContext, type BodyRef, type OrgInfo } from "./recognize/bodies.js";
import { recognizePersons, type PersonMention } from "./recognize/persons.js";
import { recognizeEvents, type EventMention } from "./recognize/events.js";
import type { Token } from "./tokens.js";

interface EntityDraft extends Entity {
  order: number;
  seen: Set<number>;
}

/** Enough evidence to check a relation by eye; a long article can repeat one fact hundreds of times. */
const MAX_EVIDENCE = 10;

class Graph {
  entities = new Map<string, EntityDraft>();
  relations = new Map<string, Relation>();
  private n = 0;

  entity(id: string, type: Entity["type"], name: string, properties: Record<string, PropertyValue>): EntityDraft {
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
}

const ROLE_WEIGHT = (ref: Reference, role: string): number => {
  const i = ref.rolePriority.indexOf(role);
  return i < 0 ? 99 : i;
};

function docTypeName(ref: Reference, type: string): string {
  return ref.docTypes.find((d) => d.type === type)?.name ?? "Văn bản";
}

function termAt(ref: Reference, date: string | null): string | null {
  if (!date) return null;
  let t: string | null = null;
  for (const d of ref.terms) if (d.from <= date) t = d.term;
  return t;
}

export interface Assembled {
  entities: Entity[];
  relations: Relation[];
}

export function assemble(doc: Doc, articleKey: string): Assembled {
  const ref = doc.ref;
  const g = new Graph();
  const tokens = doc.tokens;
  const pub = doc.meta.publishedAt;

  // Dates and the year they fall in.
  const { dates, years } = recognizeDates(doc);
  const refYear = referenceYear(years, pub);
  const anchor: string | null = refYear ? (refYear.fromPub && pub ? pub.slice(0, 10) : `${refYear.year}-07-01`) : null;
  const dateToks = new Set<number>(dates.filter((d) => !d.deadline).map((d) => d.tok));
  const dateIndex = new Map(dates.map((d, i) => [d, i]));
  const dateOf = (d: DateMention): { date: string | null; inferred: boolean } => {
    if (!d.sameDay) return resolveDate(d, refYear, pub);
    const i = dateIndex.get(d) ?? -1;
    for (let k = i - 1; k >= 0; k--) {
      const p = dates[k] as DateMention;
      if (!p.deadline && !p.sameDay) return { ...resolveDate(p, refYear, pub) };
    }
    return { date: null, inferred: true };
  };

  // Mentions.
  const docMentions = recognizeDocuments(doc, anchor);
  const inDoc = new Uint8Array(tokens.length);
  for (const d of docMentions) for (let t = d.tokStart; t < d.tokEnd; t++) inDoc[t] = 1;
  const chains = recognizeChains(doc, anchor);
  const inChain = new Uint8Array(tokens.length);
  for (const c of chains) for (let t = c.tokStart; t < c.tokEnd; t++) inChain[t] = 1;
  const bodies = recognizeBodies(doc, anchor, (t) => inChain[t] === 1);
  const persons = recognizePersons(doc, chains);
  const inPerson = new Uint8Array(tokens.length);
  for (const p of persons) for (let t = p.tokStart; t < p.tokEnd; t++) inPerson[t] = 1;
  const inBody = new Uint8Array(tokens.length);
  for (const b of bodies) for (let t = b.tokStart; t < b.tokEnd; t++) inBody[t] = 1;
  // "Đảng Cộng sản Việt Nam", "Hội Nông dân Việt Nam": a capitalised word before it makes it part of a name
  const cap = (k: number): boolean => k >= 0 && doc.tokSentence[k] === doc.tokSentence[k + 1] && /^\p{Lu}\p{Ll}*$/u.test((tokens[k] as Token).text);
  const inName = (i: number): boolean => {
    const s = doc.sentences[doc.tokSentence[i] as number];
    if (!s || i - 1 <= s.tokStart) return false;
    return cap(i - 1) || (/^\p{Ll}+$/u.test((tokens[i - 1] as Token).text) && cap(i - 2) && cap(i - 3) && i - 3 >= s.tokStart);
  };
  // the country only counts when named as a place, not inside a body's or document's name
  const locs = recognizeLocalities(doc, anchor).filter(
    (l) => !inPerson[l.tokStart] && !(l.candidates[0]?.level === "COUNTRY" && (inBody[l.tokStart] || inChain[l.tokStart] || inDoc[l.tokStart] || inName(l.tokStart))),
  );

  // Salience of localities: what the article is about.
  const salience = new Salience(ref, anchor);
  for (const l of locs) {
    const c = l.candidates[0];
    if (c && c.level !== "COUNTRY") salience.add(c, doc.tokZone[l.tokStart] === "title" ? 3 : 1, l.start);
  }
  const seenLoc = new Set(locs.map((l) => l.tokStart));
  const bodyLocs: Array<{ l: Locality; span: Span }> = [];
  const visitBody = (b: BodyRef | null): void => {
    if (!b) return;
    const c = b.loc?.candidates[0];
    if (b.loc && c && !seenLoc.has(b.loc.tokStart)) {
      seenLoc.add(b.loc.tokStart);
      salience.add(c, 1, (tokens[b.loc.tokStart] as Token).start);
      bodyLocs.push({ l: c, span: spanOf(doc, b.loc.tokStart, b.loc.tokEnd) });
    }
    visitBody(b.parent);
  };
  bodies.forEach(visitBody);
  for (const c of chains) for (const it of c.items) visitBody(it.body);
  salience.settleSynthetic();
  const ctx: BodyContext = { ref, salience };

  const locEntity = (l: Locality): string => {
    g.entity(l.id, "Locality", l.name, { level: l.level, validFrom: l.validFrom, validUntil: l.validUntil, nameAscii: foldDiacritics(l.name) });
    return l.id;
  };
  for (const l of locs) {
    const c = l.candidates[0];
    if (!c) continue;
    locEntity(c);
    g.mention(c.id, { start: l.start, end: l.end, text: doc.text.slice(l.start, l.end) });
  }
  for (const { l, span } of bodyLocs) {
    locEntity(l);
    g.mention(l.id, span);
  }

  const orgEntity = (o: OrgInfo): string => {
    g.entity(o.id, "Organization", o.name, { kind: o.kind, level: o.level, locality: o.locality?.id ?? null, nameAscii: foldDiacritics(o.name) });
    if (o.locality) {
      locEntity(o.locality);
      g.relate("BASED_IN", o.id, o.locality.id, {}, null);
    }
    if (o.parent) {
      orgEntity(o.parent);
      g.relate("PART_OF", o.id, o.parent.id, {}, null);
    }
    return o.id;
  };
  const bodySpan = (b: BodyRef): Span => spanOf(doc, b.tokStart, b.tokEnd);
  const resolvedBodies: Array<{ b: BodyRef; o: OrgInfo }> = [];
  for (const b of bodies) {
    const o = resolveBody(ctx, b);
    if (!o) continue;
    orgEntity(o);
    g.mention(o.id, bodySpan(b));
    if (o.parent && b.parent) g.mention(o.parent.id, bodySpan(b.parent));
    resolvedBodies.push({ b, o });
  }
  const committeeOf = (o: OrgInfo): OrgInfo | null => {
    if (o.kind === "PARTY_COMMITTEE") return o;
    if (o.parent) return o.parent;
    if (o.kind === "PARTY_ORGANIZATION" && o.locality) return committeeFor(ctx, o.locality);
    return null;
  };
  const home = salience.resolve(null);
  const homeCommittee = home ? committeeFor(ctx, home) : null;

  // Persons, positions.
  const personIds = new Map<PersonMention, string>();
  const full = persons.filter((p) => !p.short);
  for (const p of full) {
    const id = `per:${slugify(p.name)}`;
    const props: Record<string, PropertyValue> = { gender: p.gender, nameAscii: foldDiacritics(p.name) };
    if (p.role) props.role = p.role;
    const e = g.entity(id, "Person", p.name, props);
    if (e.properties.gender === null && p.gender) e.properties.gender = p.gender;
    g.mention(id, { start: p.start, end: p.end, text: doc.text.slice(p.start, p.end) });
    personIds.set(p, id);
  }
  const byLastName = new Map<string, Set<string>>();
  for (const f of full) {
    const k = lexKey(f.name.split(" ").slice(-1)[0] ?? "");
    const set = byLastName.get(k) ?? new Set<string>();
    set.add(personIds.get(f) as string);
    byLastName.set(k, set);
  }
  for (const p of persons.filter((q) => q.short)) {
    const cands = [...(byLastName.get(lexKey(p.name)) ?? [])];
    if (cands.length !== 1) continue;
    const id = cands[0] as string;
    g.mention(id, { start: p.start, end: p.end, text: doc.text.slice(p.start, p.end) });
    personIds.set(p, id);
    const e = g.entities.get(id);
    if (e && e.properties.gender === null && p.gender) e.properties.gender = p.gender;
  }
  for (const a of doc.meta.authors) {
    const id = `per:${slugify(a.name)}`;
    if (g.entities.has(id) && g.entities.get(id)?.properties.role === undefined) continue;
    const e = g.entity(id, "Person", a.name, { gender: null, nameAscii: foldDiacritics(a.name), role: a.role });
    const line = doc.text.slice(a.start, a.end);
    const at = line.toLowerCase().indexOf(a.name.toLowerCase());
    if (at >= 0) g.mention(e.id, { start: a.start + at, end: a.start + at + a.name.length, text: line.slice(at, at + a.name.length) });
  }

  // Events, dated.
  const eventMentions = recognizeEvents(doc, inDoc, dateToks);
  const continuation = new Set<number>();
  const bySentence = <T>(items: T[], tokOf: (x: T) => number): Map<number, T[]> => {
    const m = new Map<number, T[]>();
    for (const x of items) {
      const s = doc.tokSentence[tokOf(x)] as number;
      const l = m.get(s);
      if (l) l.push(x);
      else m.set(s, [x]);
    }
    return m;
  };
  // "Nghị quyết số 18-NQ/TW ngày 25/10/2017": a document's date, not an event's
  const docEnds = new Set(docMentions.filter((d) => doc.tokSentence[d.tokEnd] === doc.tokSentence[d.tokEnd - 1]).map((d) => d.tokEnd));
  const attached = (d: DateMention): boolean => {
    if (docEnds.has(d.tok)) return true;
    const p1 = tokens[d.tok - 1];
    if (p1 && (p1.low === "ngày" || p1.text === ",") && docEnds.has(d.tok - 1)) return true;
    const p2 = tokens[d.tok - 2];
    return !!p1 && !!p2 && p1.low === "ngày" && p2.text === "," && docEnds.has(d.tok - 2);
  };
  const datesBySentence = bySentence(dates.filter((d) => !d.deadline && !attached(d)), (d) => d.tok);
  const datesInSentence = (s: number): DateMention[] => datesBySentence.get(s) ?? [];
  interface EventDraft {
    id: string;
    type: string;
    heads: EventMention[];
    sentences: Set<number>;
    date: string | null;
    inferred: boolean;
    organizer: OrgInfo | null;
    firstTok: number;
  }
  const events: EventDraft[] = [];
  // "Năm 2023, Huyện ủy cũng đã tổ chức hội nghị…": an undated meeting of an earlier year is context
  const sentenceAt = (pos: number): number => {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((doc.sentences[mid] as { start: number }).start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const earlierYear = new Set(years.filter((y) => refYear && !y.target && !y.ahead && y.year < refYear.year).map((y) => sentenceAt(y.start)));
  for (const m of eventMentions.filter((e) => e.triggered && !e.anaphoric)) {
    // the sentence's first date is the event's (Sáng 25/3, Tỉnh ủy tổ chức…)
    const nearest = datesInSentence(m.sentence)[0];
    if (!nearest && m.zone === "body" && earlierYear.has(m.sentence)) continue;
    const rd = nearest ? dateOf(nearest) : null;
    let ev = events.find((e) => e.type === m.type && (!rd?.date || !e.date || e.date === rd.date));
    if (!ev) {
      ev = { id: "", type: m.type, heads: [], sentences: new Set(), date: null, inferred: false, organizer: null, firstTok: m.tokStart };
      events.push(ev);
    }
    ev.heads.push(m);
    ev.sentences.add(m.sentence);
    if (rd?.date && !ev.date) {
      ev.date = rd.date;
      ev.inferred = rd.inferred;
    }
  }
  // a title announces the body's event; it makes one of its own only when the body has none
  if (events.some((e) => e.heads.some((h) => h.zone !== "title"))) {
    for (let k = events.length - 1; k >= 0; k--) if ((events[k] as EventDraft).heads.every((h) => h.zone === "title")) events.splice(k, 1);
  }
  for (const m of eventMentions.filter((e) => e.anaphoric || !e.triggered)) {
    const ev = events.find((e) => e.type === m.type) ?? (m.anaphoric && m.type === "" ? events[0] : undefined);
    if (ev) ev.sentences.add(m.sentence);
  }
  // "Trong đó, …" / "Cụ thể, …" goes on with the sentence before it
  for (const m of eventMentions.filter((e) => e.anaphoric && !e.weak)) {
    const next = doc.sentences[m.sentence + 1];
    if (!next) continue;
    const a = tokens[next.tokStart];
    const b = tokens[next.tokStart + 1];
    const opener = a && b ? `${a.low} ${b.low}` : "";
    if (opener === "trong đó" || opener === "cụ thể" || opener === "theo đó" || opener === "đồng thời") {
      continuation.add(m.sentence + 1);
      const ev = events.find((e) => e.type === m.type) ?? events[0];
      if (ev) ev.sentences.add(m.sentence + 1);
    }
  }
  const bodiesBySentence = bySentence(resolvedBodies, (r) => r.b.tokStart);
  const bodiesInSentence = (s: number): Array<{ b: BodyRef; o: OrgInfo }> => bodiesBySentence.get(s) ?? [];
  events.forEach((ev, idx) => {
    // organizer: the body next to an organizing verb in the event's body sentences (its own
    // sentences first, then those referring back to it), else the subject of the title
    const heads = [...ev.heads].sort((a, b) => (a.zone === "title" ? 1 : 0) - (b.zone === "title" ? 1 : 0));
    const organizerIn = (sIdx: number): OrgInfo | null => {
      const s = doc.sentences[sIdx];
      if (!s || s.kind === "title" || s.kind === "caption") return null;
      const cands = bodiesInSentence(sIdx).filter((r) => r.o.level !== "CENTRAL" && !inDoc[r.b.tokStart]);
      let best: OrgInfo | null = null;
      let bd = Infinity;
      for (let k = s.tokStart; k < s.tokEnd; k++) {
        const t = tokens[k] as Token;
        if (t.low !== "tổ" && t.low !== "triệu" && t.low !== "chủ") continue;
        const next = tokens[k + 1]?.low;
        if (!((t.low === "tổ" && next === "chức") || (t.low === "triệu" && next === "tập") || (t.low === "chủ" && next === "trì"))) continue;
        if (tokens[k + 2]?.low === "thực" && tokens[k + 3]?.low === "hiện") continue;
        for (const r of cands) {
          const prev = tokens[r.b.tokStart - 1];
          if (prev && prev.low === "với") continue;
          const d = r.b.tokEnd <= k ? k - r.b.tokEnd : r.b.tokStart - k + 5;
          if (d < bd && d <= 8) {
            bd = d;
            best = r.o;
          }
        }
      }
      return best;
    };
    const own = [...new Set(heads.filter((h) => h.zone !== "title").map((h) => h.sentence))];
    const others = [...ev.sentences].filter((s) => !own.includes(s)).sort((a, b) => a - b);
    for (const s of [...own, ...others]) {
      ev.organizer = organizerIn(s);
      if (ev.organizer) break;
    }
    if (!ev.organizer) {
      for (const h of heads.filter((x) => x.zone === "title")) {
        const subj = bodiesInSentence(h.sentence).find((r) => r.o.level !== "CENTRAL" && r.b.tokEnd <= h.tokStart && h.tokStart - r.b.tokEnd <= 2);
        if (subj) {
          ev.organizer = subj.o;
          break;
        }
      }
    }
    const main = heads.find((h) => h.zone !== "title") ?? heads[0];
    if (!ev.date) {
      for (const s of [...ev.sentences].sort((a, b) => a - b)) {
        const d = datesInSentence(s)[0];
        if (d) {
          const rd = dateOf(d);
          ev.date = rd.date;
          ev.inferred = rd.inferred;
          break;
        }
      }
    }
    ev.id = `evt:${articleKey}:${idx + 1}`;
    // name: the head and what follows it up to the end of the clause
    let nameEnd = main ? main.tokEnd : 0;
    if (main) {
      const s = doc.sentences[main.sentence];
      const stop = s ? s.tokEnd : main.tokEnd;
      for (let k = main.tokEnd; k < stop && k < main.tokEnd + 30; k++) {
        const t = tokens[k] as Token;
        if (t.text === "," || t.text === "." || t.text === ";" || t.text === ":" || t.text === '"') {
          if (inDoc[k]) continue;
          break;
        }
        if (!inDoc[k] && (t.low === "do" || t.low === "tại" || t.low === "vào" || t.low === "nhằm" || t.low === "với")) break;
        nameEnd = k + 1;
      }
    }
    const name = main ? upperFirst(doc.text.slice((tokens[main.tokStart] as Token).start, (tokens[nameEnd - 1] as Token).end).replace(/\s+/g, " ")) : ev.type;
    g.entity(ev.id, "Event", name, { eventType: ev.type, date: ev.date, dateInferred: ev.date ? ev.inferred : false });
    for (const h of ev.heads) g.mention(ev.id, { start: h.start, end: h.end, text: doc.text.slice(h.start, h.end) });
    if (ev.organizer) {
      orgEntity(ev.organizer);
      g.relate("ORGANIZED", ev.organizer.id, ev.id, {}, main ? sentenceSpan(doc, main.tokStart) : null);
    }
    const place = ev.organizer?.locality ?? null;
    if (place) g.relate("HELD_IN", ev.id, place.id, {}, main ? sentenceSpan(doc, main.tokStart) : null);
  });
  const eventDate = events.find((e) => e.date)?.date ?? null;
  const asOf = eventDate ?? (pub && refYear?.fromPub ? pub.slice(0, 10) : null);

  // Positions.
  const chainOrgs = new Map<number, OrgInfo | null>();
  const orgOfItem = (b: BodyRef | null, fixed: string): OrgInfo | null => {
    if (fixed !== "follow") {
      const c = ref.centralById.get(fixed);
      return c ? { id: c.id, name: c.name, kind: c.kind, level: "CENTRAL", locality: null, parent: null } : null;
    }
    if (!b) return null;
    if (!chainOrgs.has(b.tokStart)) chainOrgs.set(b.tokStart, resolveBody(ctx, b));
    return chainOrgs.get(b.tokStart) ?? null;
  };
  const positionsOf = new Map<string, string>();
  for (const p of persons) {
    const pid = personIds.get(p);
    if (!pid || !p.chain) continue;
    const items = p.chain.items;
    items.forEach((it, k) => {
      let o = orgOfItem(it.body, it.title.body);
      if (o && it.body) g.mention(orgEntity(o), bodySpan(it.body));
      if (!o && it.title.implicit === "committee") {
        for (let q = k + 1; q < items.length && !o; q++) {
          const next = items[q] as (typeof items)[number];
          const no = orgOfItem(next.body, next.title.body);
          if (no && no.level !== "CENTRAL") o = committeeOf(no) ?? (no.locality ? committeeFor(ctx, no.locality) : null);
        }
        if (!o) o = homeCommittee;
      }
      if (!o) return;
      orgEntity(o);
      const ev = sentenceSpan(doc, it.tokStart);
      g.relate("HOLDS_POSITION", pid, o.id, { title: it.title.title, asOf }, ev, it.title.title);
      if (k === 0 && !positionsOf.has(pid)) positionsOf.set(pid, it.title.title);
    });
  }

  const withPerson = new Set(persons.filter((p) => p.chain).map((p) => p.chain));
  for (const c of chains) {
    if (withPerson.has(c)) continue;
    for (const it of c.items) {
      if (!it.body) continue;
      const o = orgOfItem(it.body, it.title.body);
      if (o) g.mention(orgEntity(o), bodySpan(it.body));
    }
  }

  // Documents.
  const docIds = new Map<DocMention, string>();
  const byTypeNumber = new Map<string, string>();
  const plenumTerm = new Map<string, string>();
  for (const d of docMentions) if (d.plenum !== null && d.term) plenumTerm.set(`${d.docType}|${d.plenum}`, d.term);
  const catalogueEntity = (c: CatalogueDoc, d: DocMention): string => {
    const typeName = docTypeName(ref, c.docType);
    const name =
      c.docType === "CHARTER"
        ? ref.charter.name
        : c.plenum !== null && c.term && (c.docType === "RESOLUTION" || c.docType === "CONCLUSION") && d.plenum !== null
          ? `${typeName} Trung ương ${c.plenum} khóa ${c.term}`
          : c.code
            ? `${typeName} số ${c.code}`
            : c.title;
    g.entity(c.id, "Resolution", name, {
      code: c.code,
      docType: c.docType,
      number: c.number,
      plenum: c.plenum,
      term: c.term,
      issuedOn: c.issuedOn,
      title: c.title,
      catalogued: true,
    });
    return c.id;
  };
  const pickByDate = (cands: CatalogueDoc[]): CatalogueDoc | null => {
    if (cands.length <= 1) return cands[0] ?? null;
    const before = anchor ? cands.filter((c) => !c.issuedOn || c.issuedOn <= anchor) : cands;
    const pool = before.length > 0 ? before : cands;
    return [...pool].sort((a, b) => (b.issuedOn ?? "").localeCompare(a.issuedOn ?? ""))[0] ?? null;
  };
  for (const d of [...docMentions].sort((a, b) => (a.codeKey ? 0 : 1) - (b.codeKey ? 0 : 1))) {
    let id: string | null = null;
    let termInferred = false;
    if (d.aliasDoc !== null) {
      const c = ref.docs[d.aliasDoc];
      if (c) id = catalogueEntity(c, d);
    } else if (d.charter) {
      const c = ref.docs.find((x) => x.docType === "CHARTER");
      if (c) id = catalogueEntity(c, d);
      else id = g.entity(ref.charter.id, "Resolution", ref.charter.name, { code: null, docType: "CHARTER", number: null, plenum: null, term: null, issuedOn: null, catalogued: false }).id;
    } else if (d.codeKey) {
      const c = ref.docByCode.get(d.codeKey);
      if (c) id = catalogueEntity(c, d);
      else {
        id = `doc:${slugify(d.code ?? d.codeKey)}`;
        g.entity(id, "Resolution", `${docTypeName(ref, d.docType)} số ${d.code}`, {
          code: d.code,
          docType: d.docType,
          number: d.number,
          plenum: null,
          term: d.term,
          issuedOn: null,
          catalogued: false,
        });
      }
      if (d.number) byTypeNumber.set(`${d.docType}|${parseInt(d.number, 10)}`, id);
    } else if (d.number) {
      const k = `${d.docType}|${parseInt(d.number, 10)}`;
      id = byTypeNumber.get(k) ?? null;
      if (!id) {
        let cands = ref.docsByTypeNumber.get(k) ?? [];
        if (d.term) cands = cands.filter((c) => c.term === d.term);
        const c = pickByDate(cands);
        if (c) id = catalogueEntity(c, d);
        else {
          const code = ref.docTypes.find((x) => x.type === d.docType)?.code ?? "vb";
          id = `doc:${slugify(code)}-${d.number}${d.term ? `-${d.term.toLowerCase()}` : ""}`;
          g.entity(id, "Resolution", `${docTypeName(ref, d.docType)} số ${d.number}`, {
            code: null,
            docType: d.docType,
            number: d.number,
            plenum: null,
            term: d.term,
            issuedOn: null,
            catalogued: false,
          });
        }
        byTypeNumber.set(k, id);
      }
    } else if (d.plenum !== null) {
      let term = d.term ?? plenumTerm.get(`${d.docType}|${d.plenum}`) ?? null;
      if (!term) {
        termInferred = true;
        term = termAt(ref, anchor);
        // the plenum may not have met yet in the current term
        if (term && anchor) {
          const held = (ref.docsByPlenum.get(`${term}|${d.plenum}`) ?? []).some((c) => !c.issuedOn || c.issuedOn <= anchor);
          const known = ref.docsByPlenum.has(`${term}|${d.plenum}`);
          if (known && !held) {
            const i = ref.terms.findIndex((x) => x.term === term);
            if (i > 0) term = ref.terms[i - 1]?.term ?? term;
          }
        }
      }
      const cands = term ? (ref.docsByPlenum.get(`${term}|${d.plenum}`) ?? []).filter((c) => c.docType === d.docType) : [];
      const preferred =
        cands.find((c) => c.aliases.some((a) => lexKey(a).includes(`trung uong ${d.plenum}`))) ??
        [...cands].sort((a, b) => parseInt(a.number ?? "999", 10) - parseInt(b.number ?? "999", 10))[0];
      if (preferred) id = catalogueEntity(preferred, d);
      else {
        const code = ref.docTypes.find((x) => x.type === d.docType)?.code ?? "vb";
        id = `doc:${slugify(code)}-tw${d.plenum}${term ? `-${term.toLowerCase()}` : ""}`;
        g.entity(id, "Resolution", `${docTypeName(ref, d.docType)} Trung ương ${d.plenum}${term ? ` khóa ${term}` : ""}`, {
          code: null,
          docType: d.docType,
          number: null,
          plenum: d.plenum,
          term,
          issuedOn: null,
          catalogued: false,
        });
      }
      if (termInferred) {
        const e = g.entities.get(id);
        if (e) e.properties.termInferred = true;
      }
    } else if (d.congress && d.term) {
      if (d.congress.national) {
        id = `doc:nq-dai-hoi-dang-toan-quoc:${d.term.toLowerCase()}`;
        g.entity(id, "Resolution", `Nghị quyết Đại hội đại biểu toàn quốc lần thứ ${d.term} của Đảng`, congressResolution(d.term));
      } else if (d.congress.body) {
        const o = resolveBody(ctx, d.congress.body);
        if (o) {
          const label = d.term.startsWith("nhiệm kỳ") ? d.term : `khóa ${d.term}`;
          id = `doc:nq-dai-hoi:${o.id.slice(4)}:${slugify(d.term)}`;
          g.entity(id, "Resolution", `Nghị quyết Đại hội ${o.name} ${label}`, congressResolution(d.term));
        }
      }
    }
    if (!id) continue;
    g.mention(id, { start: d.start, end: d.end, text: d.text });
    docIds.set(d, id);
  }
  for (const [, e] of g.entities) {
    if (e.type !== "Resolution") continue;
    const c = ref.docById.get(e.id);
    if (c?.issuer && g.entities.has(c.issuer)) g.relate("ISSUED_BY", e.id, c.issuer, {}, null);
  }

  // Events: documents they concern, participants.
  const docsBySentence = bySentence(
    docMentions.filter((d) => docIds.has(d)),
    (d) => d.tokStart,
  );
  const docsInSentence = (s: number): DocMention[] => docsBySentence.get(s) ?? [];
  const strongAnaphor = new Set([...eventMentions.filter((m) => m.anaphoric && !m.weak).map((m) => m.sentence), ...continuation]);
  const eventDocs = new Map<string, Set<string>>();
  // a clause with its own actor or a future (sẽ) speaks of later work, not of the event
  const otherActor = (tok: number): boolean => {
    const sIdx = doc.tokSentence[tok] as number;
    const s = doc.sentences[sIdx];
    if (!s) return false;
    let a = tok;
    while (a > s.tokStart && !/^[;:]$/.test((tokens[a - 1] as Token).text)) a--;
    let b = tok;
    while (b < s.tokEnd && !/^[;:]$/.test((tokens[b] as Token).text)) b++;
    for (let k = a; k < b; k++) if ((tokens[k] as Token).low === "sẽ") return true;
    return bodiesInSentence(sIdx).some((r) => r.b.tokStart >= a && r.b.tokStart < b && r.o.level !== "CENTRAL" && !inDoc[r.b.tokStart]);
  };
  for (const ev of events) {
    const set = new Set<string>();
    const headsBySentence = bySentence(ev.heads.filter((h) => h.zone !== "caption"), (h) => h.tokStart);
    for (const s of ev.sentences) {
      const heads = headsBySentence.get(s) ?? [];
      const anaph = strongAnaphor.has(s);
      // the head the sentence is about: the one nearest its trigger
      const main = [...heads].sort((a, b) => (a.triggerTok < 0 ? 1e9 : Math.abs(a.tokStart - a.triggerTok)) - (b.triggerTok < 0 ? 1e9 : Math.abs(b.tokStart - b.triggerTok)))[0];
      for (const d of docsInSentence(s)) {
        const after = main !== undefined && d.tokStart >= main.tokEnd;
        if (after || (anaph && heads.length === 0 && !otherActor(d.tokStart))) {
          const id = docIds.get(d) as string;
          set.add(id);
          g.relate("CONCERNS", ev.id, id, {}, sentenceSpan(doc, d.tokStart));
        }
      }
    }
    eventDocs.set(ev.id, set);
  }
  if (events.length > 0) {
    const best = new Map<string, { role: string; title: string | null; ev: string; evidence: Span }>();
    for (const p of persons) {
      const pid = personIds.get(p);
      if (!pid || p.role) continue;
      const zone = doc.tokZone[p.tokStart];
      if (zone !== "body" && zone !== "caption" && zone !== "title") continue;
      const sIdx = doc.tokSentence[p.tokStart] as number;
      const s = doc.sentences[sIdx];
      if (!s) continue;
      const roles: string[] = [];
      // after the name and its titles
      let k = p.chain && p.chain.tokStart >= p.tokEnd ? p.chain.tokEnd : p.tokEnd;
      let depth = 0;
      for (let steps = 0; k < s.tokEnd && steps < 8; k++) {
        const t = tokens[k] as Token;
        if (t.text === "(") depth++;
        if (t.text === ")") {
          depth = Math.max(0, depth - 1);
          continue;
        }
        if (depth > 0) continue;
        if (t.text === "." || t.text === ";") break;
        const r = longest(doc, k, "role");
        if (r) {
          roles.push(ref.roles[r.ref]?.role ?? "OTHER");
          k = r.end - 1;
          continue;
        }
        if (t.text === "," && roles.length > 0) break;
        if (t.text === "," && steps > 0) break;
        steps++;
      }
      // a cue opening the clause before the name (Phát biểu tại…, ông X; Theo ông X)
      const bc = longest(doc, s.tokStart, "beforeCue");
      // a list opened by the cue (Dự hội nghị có …; …; và …) shares it
      if (bc && p.clauseTok - s.tokStart <= 60) {
        const r = longest(doc, s.tokStart, "role");
        if (r) roles.push(ref.roles[r.ref]?.role ?? "OTHER");
      }
      // "dưới sự chủ trì của ông X", "với sự tham dự của đồng chí X"
      for (let q = Math.max(s.tokStart, p.tokStart - 3); q < p.tokStart; q++) {
        if ((tokens[q] as Token).low !== "của" || (tokens[q - 3] as Token | undefined)?.low !== "sự" && (tokens[q - 2] as Token | undefined)?.low !== "sự") continue;
        const r = longest(doc, (tokens[q - 2] as Token).low === "sự" ? q - 1 : q - 2, "role");
        if (r && r.end === q) roles.push(ref.roles[r.ref]?.role ?? "OTHER");
      }
      // "Đoàn công tác do ông X … làm Trưởng đoàn"
      if (roles.length === 0 && p.chain) {
        const r = longest(doc, p.chain.tokEnd, "role");
        if (r) roles.push(ref.roles[r.ref]?.role ?? "OTHER");
      }
      if (roles.length === 0) continue;
      let ev = events.find((e) => e.sentences.has(sIdx));
      if (!ev) ev = [...events].reverse().find((e) => e.firstTok <= p.tokStart) ?? events[0];
      if (!ev) continue;
      for (const role of roles) {
        const key = `${pid}|${ev.id}`;
        const cur = best.get(key);
        if (!cur || ROLE_WEIGHT(ref, role) < ROLE_WEIGHT(ref, cur.role)) {
          best.set(key, { role, title: positionsOf.get(pid) ?? null, ev: ev.id, evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) } });
        }
      }
    }
    for (const [key, v] of best) {
      const pid = key.split("|")[0] as string;
      g.relate("PARTICIPATED_IN", pid, v.ev, { role: v.role, title: v.title }, v.evidence);
    }
  }

  // Implementations: a body doing something with a document, from events and from statements.
  const mainOrganizer = events.find((e) => e.organizer)?.organizer ?? null;
  const implement = (o: OrgInfo, docId: string, evidence: Span, firstSeen: string | null): void => {
    orgEntity(o);
    const r = g.relate("IMPLEMENTS", o.id, docId, { firstSeen }, evidence);
    if (r && firstSeen && (!r.properties.firstSeen || String(r.properties.firstSeen) > firstSeen)) r.properties.firstSeen = firstSeen;
  };
  for (const ev of events) {
    if (!ev.organizer) continue;
    // a board (Ban Tuyên giáo, Ủy ban Kiểm tra) holding its own event is the actor, not its committee
    const c = ev.organizer.kind === "PARTY_BOARD" ? ev.organizer : (committeeOf(ev.organizer) ?? ev.organizer);
    const head = ev.heads[0];
    // a Ban Thường vụ decides and plans itself; a Thường trực office acts for its committee
    const both = ev.organizer.id.startsWith("org:ban-thuong-vu-") && c !== ev.organizer;
    for (const d of eventDocs.get(ev.id) ?? []) {
      const span = head ? sentenceSpan(doc, head.tokStart) : { start: 0, end: 0, text: "" };
      implement(c, d, span, ev.date ?? asOf);
      if (both) implement(ev.organizer, d, span, ev.date ?? asOf);
    }
  }
  const IMPL_KINDS = new Set(["PARTY_COMMITTEE", "STANDING_COMMITTEE", "PARTY_BOARD", "GOVERNMENT", "PEOPLES_COUNCIL", "FRONT", "PARTY_ORGANIZATION", "MASS_ORGANIZATION"]);
  const clauses: Array<{ tokStart: number; tokEnd: number; sIdx: number }> = [];
  doc.sentences.forEach((s, sIdx) => {
    if (s.kind !== "body" && s.kind !== "title") return;
    let c0 = s.tokStart;
    for (let k = s.tokStart; k < s.tokEnd; k++) {
      const tx = (tokens[k] as Token).text;
      if ((tx === ";" || tx === ":") && !inDoc[k]) {
        clauses.push({ tokStart: c0, tokEnd: k + 1, sIdx });
        c0 = k + 1;
      }
    }
    if (c0 < s.tokEnd) clauses.push({ tokStart: c0, tokEnd: s.tokEnd, sIdx });
  });
  for (const cl of clauses) {
    const ds = docsInSentence(cl.sIdx).filter((d) => d.tokStart >= cl.tokStart && d.tokStart < cl.tokEnd);
    if (ds.length === 0) continue;
    const verbs: number[] = [];
    for (let k = cl.tokStart; k < cl.tokEnd; k++) if (!inDoc[k] && longest(doc, k, "implVerb")) verbs.push(k);
    if (verbs.length === 0) continue;
    const cands = bodiesInSentence(cl.sIdx).filter((r) => {
      if (r.b.tokStart < cl.tokStart || r.b.tokStart >= cl.tokEnd) return false;
      if (r.o.level === "CENTRAL" || !IMPL_KINDS.has(r.o.kind) || inDoc[r.b.tokStart]) return false;
      // "Nghị quyết 57 của Bộ Chính trị": the issuer, never the implementer
      const prev = tokens[r.b.tokStart - 1];
      return !(prev && prev.low === "của" && inDoc[r.b.tokStart - 2]);
    });
    // subject-verb pairs: a body followed closely by an implementing verb
    // within a few words, or further when nothing but the predicate separates them (đã ban hành 5 văn bản triển khai …)
    const plain = (a: number, b: number): boolean => {
      for (let k = a; k < b; k++) if (/^[,;:()"]$/.test((tokens[k] as Token).text) || inDoc[k] || inBody[k]) return false;
      return true;
    };
    const verbAfter = (r: { b: BodyRef }): number => verbs.find((v) => v >= r.b.tokEnd && (v - r.b.tokEnd <= 5 || (v - r.b.tokEnd <= 8 && plain(r.b.tokEnd, v)))) ?? -1;
    const ev = sentenceSpan(doc, cl.tokStart);
    const first = tokens[cl.tokStart] as Token;
    // quoted speech: a document named inside quotes pairs only with bodies inside them
    const sent = doc.sentences[cl.sIdx] as { tokStart: number; tokEnd: number };
    const quoteParity = new Uint8Array(sent.tokEnd - sent.tokStart);
    let qd = 0;
    for (let k = sent.tokStart; k < sent.tokEnd; k++) {
      if ((tokens[k] as Token).text === '"') qd ^= 1;
      quoteParity[k - sent.tokStart] = qd;
    }
    // -1 outside the sentence
    const quoteDepth = (k: number): number => (k >= sent.tokStart && k < sent.tokEnd ? (quoteParity[k - sent.tokStart] as number) : -1);
    const allCands = cands;
    for (const d of ds) {
      let chosen: OrgInfo | null = null;
      const cands = allCands.filter((r) => quoteDepth(r.b.tokStart) === quoteDepth(d.tokStart));
      // passive agent: "… được Thành ủy triển khai"
      for (const r of cands) {
        const prev = tokens[r.b.tokStart - 1];
        if (prev && (prev.low === "được" || prev.low === "do") && r.b.tokStart > d.tokEnd && verbs.some((v) => v >= r.b.tokEnd && v - r.b.tokEnd <= 3)) chosen = r.o;
      }
      if (!chosen) {
        let best = Infinity;
        for (const r of cands) {
          let v = verbAfter(r);
          if (v < 0 && verbs[0] === cl.tokStart && r.b.tokStart >= d.tokEnd) v = cl.tokStart;
          if (v < 0) continue;
          let dist = Infinity;
          // "<body> đã lãnh đạo thực hiện <document>"
          if (r.b.tokEnd <= v && v < d.tokStart && d.tokStart - v <= 40) dist = d.tokStart - r.b.tokEnd;
          // "Thực hiện <document>, <body> đã ban hành kế hoạch…"
          else if (r.b.tokStart >= d.tokEnd && r.b.tokStart - d.tokEnd <= 6) dist = r.b.tokStart - d.tokEnd;
          else if (r.b.tokStart >= d.tokEnd && verbs[0] === cl.tokStart) {
            // "Thực hiện Nghị quyết số 29-NQ/TW ngày … của …, Huyện ủy đã …": the subject after the fronted phrase
            let comma = d.tokEnd;
            while (comma < r.b.tokStart && (tokens[comma] as Token).text !== ",") comma++;
            if (comma < r.b.tokStart && r.b.tokStart - comma <= 3 && comma - d.tokEnd <= 20) dist = r.b.tokStart - d.tokEnd;
          }
          if (dist < best) {
            best = dist;
            chosen = r.o;
          }
        }
      }
      if (!chosen && cands.length === 0 && mainOrganizer && !/^(theo|nhờ)$/.test(first.low)) chosen = committeeOf(mainOrganizer) ?? mainOrganizer;
      if (!chosen) continue;
      const targets = [chosen];
      // "Huyện ủy Nam Đàn và Thành ủy Vinh xây dựng kế hoạch…": every coordinated subject
      const at = cands.findIndex((r) => r.o === chosen);
      for (let q = at - 1; q >= 0; q--) {
        const prev = cands[q] as (typeof cands)[number];
        const next = cands[q + 1] as (typeof cands)[number];
        const gap = tokens[prev.b.tokEnd];
        if (next.b.tokStart - prev.b.tokEnd === 1 && gap && (gap.low === "và" || gap.text === ",")) targets.push(prev.o);
        else break;
      }
      for (const t of targets) {
        const target = t.kind === "PARTY_ORGANIZATION" ? (committeeOf(t) ?? t) : t;
        implement(target, docIds.get(d) as string, ev, eventDate ?? asOf);
      }
    }
  }

  const entities = [...g.entities.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, seen: _seen, ...e }) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }));
  return { entities, relations: [...g.relations.values()] };
}

/** Properties of a congress resolution: known by its term only, never in the central catalogue. */
function congressResolution(term: string): Record<string, PropertyValue> {
  return { code: null, docType: "RESOLUTION", number: null, plenum: null, term, issuedOn: null, catalogued: false };
}
