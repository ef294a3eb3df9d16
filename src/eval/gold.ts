// Gold annotation format (test/fixtures/**/gold/*.gold.json, and the truth `kg synth` writes) and its
// consistency checks. Shared by the evaluation scripts under test/eval and by `kg synth --evaluate`.

export type GoldGender = "MALE" | "FEMALE" | null;

export interface GoldPerson {
  name: string;
  gender: GoldGender;
  /** false for bylines, photo credits and other non-officials: they must hold no position. */
  official: boolean;
  role?: "AUTHOR" | "PHOTOGRAPHER" | "OTHER";
}

export interface GoldOrganization {
  name: string;
  kind: string;
}

export interface GoldLocality {
  name: string;
}

export interface GoldDocument {
  /** Official code ("12-NQ/TW") for catalogued central documents, otherwise a canonical name. */
  key: string;
  surfaceForms: string[];
}

export interface GoldPosition {
  person: string;
  title: string;
  organization: string;
}

export interface GoldEvent {
  id: string;
  eventType: string;
  date: string | null;
  organizer: string | null;
  concerns: string[];
}

export interface GoldParticipation {
  person: string;
  event: string;
  role: string;
}

export interface GoldImplementation {
  organization: string;
  document: string;
}

export interface Gold {
  /** Path of the article relative to the repository root. */
  article: string;
  publishedAt: string | null;
  notes?: string;
  persons: GoldPerson[];
  organizations: GoldOrganization[];
  localities: GoldLocality[];
  documents: GoldDocument[];
  positions: GoldPosition[];
  events: GoldEvent[];
  participations: GoldParticipation[];
  implementations: GoldImplementation[];
}

export const EVENT_TYPES = ["CONFERENCE", "WORKING_SESSION", "THEMATIC_MEETING", "CEREMONY", "INSPECTION", "OTHER"];
export const ROLES = ["CHAIRED", "LED_DELEGATION", "REPORTED", "SPOKE", "AWARDED", "ATTENDED", "OTHER"];
export const ORG_KINDS = [
  "PARTY_COMMITTEE",
  "STANDING_COMMITTEE",
  "PARTY_BOARD",
  "PARTY_ORGANIZATION",
  "GOVERNMENT",
  "PEOPLES_COUNCIL",
  "FRONT",
  "MASS_ORGANIZATION",
  "STATE_AGENCY",
  "PRESS",
  "OTHER",
];

/** Returns a list of problems (empty when the gold is internally consistent). */
export function checkGold(g: Gold): string[] {
  const problems: string[] = [];
  const persons = new Map(g.persons.map((p) => [p.name, p]));
  const orgs = new Set(g.organizations.map((o) => o.name));
  const docs = new Set(g.documents.map((d) => d.key));
  const events = new Set(g.events.map((e) => e.id));
  const dup = (label: string, names: string[]): void => {
    const seen = new Set<string>();
    for (const n of names) {
      if (seen.has(n)) problems.push(`duplicate ${label}: ${n}`);
      seen.add(n);
    }
  };
  dup("person", g.persons.map((p) => p.name));
  dup("organization", g.organizations.map((o) => o.name));
  dup("locality", g.localities.map((l) => l.name));
  dup("document", g.documents.map((d) => d.key));
  dup("event id", g.events.map((e) => e.id));
  if (g.publishedAt !== null && !/^\d{4}-\d{2}-\d{2}/.test(g.publishedAt)) problems.push(`bad publishedAt ${g.publishedAt}`);
  for (const o of g.organizations) if (!ORG_KINDS.includes(o.kind)) problems.push(`bad kind ${o.kind} for ${o.name}`);
  for (const p of g.positions) {
    const person = persons.get(p.person);
    if (!person) problems.push(`position of unknown person ${p.person}`);
    else if (!person.official) problems.push(`non-official ${p.person} holds a position`);
    if (!orgs.has(p.organization)) problems.push(`position at unknown organization ${p.organization}`);
  }
  for (const e of g.events) {
    if (!EVENT_TYPES.includes(e.eventType)) problems.push(`bad eventType ${e.eventType}`);
    if (e.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(e.date)) problems.push(`bad event date ${e.date}`);
    if (e.organizer !== null && !orgs.has(e.organizer)) problems.push(`event ${e.id} organizer unknown: ${e.organizer}`);
    for (const d of e.concerns) if (!docs.has(d)) problems.push(`event ${e.id} concerns unknown document ${d}`);
  }
  const partSeen = new Set<string>();
  for (const p of g.participations) {
    if (!persons.has(p.person)) problems.push(`participation of unknown person ${p.person}`);
    if (!events.has(p.event)) problems.push(`participation in unknown event ${p.event}`);
    if (!ROLES.includes(p.role)) problems.push(`bad role ${p.role}`);
    const k = `${p.person}|${p.event}`;
    if (partSeen.has(k)) problems.push(`two roles for ${p.person} at ${p.event} (keep the highest)`);
    partSeen.add(k);
  }
  for (const i of g.implementations) {
    if (!orgs.has(i.organization)) problems.push(`implementation by unknown organization ${i.organization}`);
    if (!docs.has(i.document)) problems.push(`implementation of unknown document ${i.document}`);
  }
  return problems;
}

