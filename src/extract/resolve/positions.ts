// Title chains -> HOLDS_POSITION: each title of a person's chain with the body it names, or the
// committee it implies (Bí thư, Phó Bí thư … of the next body in the chain, else of the article's place).
import { sentenceSpan, spanOf } from "../doc.js";
import { committeeFor, resolveBody, type BodyRef, type OrgInfo } from "../recognize/bodies.js";
import type { PersonMention } from "../recognize/persons.js";
import type { Assembly } from "./context.js";

/** Adds the positions; returns each person's first title (for participations). */
export function addPositions(a: Assembly, personIds: Map<PersonMention, string>, asOf: string | null): Map<string, string> {
  const { doc, g, ref, m } = a;
  const ctx = a.bodyContext;
  const home = m.salience.resolve(null);
  const homeCommittee = home ? committeeFor(ctx, home) : null;
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
  // "Bí thư Đảng ủy, Giám đốc Công an tỉnh": the party committee of that institution, not of the province
  const ownCommittee = (b: BodyRef | null): OrgInfo | null => {
    if (!b || b.type !== "institution") return null;
    const key = ref.institutions[b.def]?.partyCommittee;
    const def = key ? ref.institutions.findIndex((x) => x.key === key) : -1;
    return def >= 0 ? resolveBody(ctx, { ...b, def }) : null;
  };
  const positionsOf = new Map<string, string>();
  for (const p of m.persons) {
    const pid = personIds.get(p);
    if (!pid || !p.chain || p.titleOnly) continue;
    const items = p.chain.items;
    items.forEach((it, k) => {
      let o = orgOfItem(it.body, it.title.body);
      if (o && it.body) g.mention(a.orgEntity(o), spanOf(doc, it.body.tokStart, it.body.tokEnd));
      if (!o && it.title.implicit === "committee") {
        for (let q = k + 1; q < items.length && !o; q++) {
          const next = items[q] as (typeof items)[number];
          const no = orgOfItem(next.body, next.title.body);
          if (no && no.level !== "CENTRAL") o = ownCommittee(next.body) ?? a.committeeOf(no) ?? (no.locality ? committeeFor(ctx, no.locality) : null);
        }
        if (!o) o = homeCommittee;
      }
      // "Thành ủy viên, Bí thư Quận ủy Long Biên": a member of the Thành ủy over the chain's next body
      if (!o && it.title.memberOf) o = memberCommittee(a, it.title.memberOf, items.slice(k + 1).map((x) => orgOfItem(x.body, x.title.body)));
      if (!o) return;
      a.orgEntity(o);
      const ev = sentenceSpan(doc, it.tokStart);
      g.relate("HOLDS_POSITION", pid, o.id, { title: it.title.title, asOf }, ev, it.title.title);
      if (k === 0 && !positionsOf.has(pid)) positionsOf.set(pid, it.title.title);
    });
  }

  // bodies named in chains of no recognized person are still bodies of the article
  const withPerson = new Set(m.persons.filter((p) => p.chain && !p.titleOnly).map((p) => p.chain));
  for (const c of m.chains) {
    if (withPerson.has(c)) continue;
    for (const it of c.items) {
      if (!it.body) continue;
      const o = orgOfItem(it.body, it.title.body);
      if (o) g.mention(a.orgEntity(o), spanOf(doc, it.body.tokStart, it.body.tokEnd));
    }
  }
  return positionsOf;
}

/** The committee of `key` ("thanh-uy") over the first local body of the rest of the chain, else over the article's place. */
function memberCommittee(a: Assembly, key: string, rest: Array<OrgInfo | null>): OrgInfo | null {
  const ctx = a.bodyContext;
  const def = ctx.ref.committees.find((c) => c.key === key);
  if (!def?.levels) return null;
  const levels = def.levels;
  const below = rest.find((o) => o?.locality)?.locality;
  const place = (below ? ctx.salience.enclosing(below, levels) : null) ?? ctx.salience.resolve(levels);
  if (!place || !levels.includes(place.level)) return null;
  return committeeFor(ctx, place, key);
}
