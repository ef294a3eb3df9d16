// Places, bodies and persons named in the article become entities; short references (ông Hải)
// join the one full name they can only mean; bylines and photo credits are people, not officials.
import { spanOf } from "../doc.js";
import type { PropertyValue } from "../types.js";
import { lexKey } from "../reference.js";
import { foldDiacritics, slugify } from "../fold.js";
import { resolveBody } from "../recognize/bodies.js";
import type { PersonMention } from "../recognize/persons.js";
import type { Assembly, ResolvedBody } from "./context.js";

export function addPlaces(a: Assembly): void {
  const { doc, g, m } = a;
  for (const l of m.locs) {
    const c = l.candidates[0];
    if (!c) continue;
    a.locEntity(c);
    g.mention(c.id, { start: l.start, end: l.end, text: doc.text.slice(l.start, l.end) });
  }
  for (const { l, span } of m.bodyLocs) {
    a.locEntity(l);
    g.mention(l.id, span);
  }
}

export function addBodies(a: Assembly): ResolvedBody[] {
  const { doc, g } = a;
  const resolved: ResolvedBody[] = [];
  for (const b of a.m.bodies) {
    const o = resolveBody(a.bodyContext, b);
    if (!o) continue;
    a.orgEntity(o);
    g.mention(o.id, spanOf(doc, b.tokStart, b.tokEnd));
    if (o.parent && b.parent) g.mention(o.parent.id, spanOf(doc, b.parent.tokStart, b.parent.tokEnd));
    resolved.push({ b, o });
  }
  a.setResolvedBodies(resolved);
  return resolved;
}

/** Person mentions to entity ids. */
export function addPersons(a: Assembly): Map<PersonMention, string> {
  const { doc, g } = a;
  const persons = a.m.persons;
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
    const e = g.get(id);
    if (e && e.properties.gender === null && p.gender) e.properties.gender = p.gender;
  }
  for (const au of doc.meta.authors) {
    const id = `per:${slugify(au.name)}`;
    if (g.has(id) && g.get(id)?.properties.role === undefined) continue;
    const e = g.entity(id, "Person", au.name, { gender: null, nameAscii: foldDiacritics(au.name), role: au.role });
    const line = doc.text.slice(au.start, au.end);
    const at = line.toLowerCase().indexOf(au.name.toLowerCase());
    if (at >= 0) g.mention(e.id, { start: au.start + at, end: au.start + at + au.name.length, text: line.slice(at, at + au.name.length) });
  }
  return personIds;
}
