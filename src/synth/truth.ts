// Ground truth of one synthetic article. It is a superset of the hand-written gold format
// (test/eval/gold.ts), so the same scorer grades the extractor on both.

export type Gender = "MALE" | "FEMALE" | null;

export interface TruthPerson {
  name: string;
  gender: Gender;
  official: boolean;
  role?: "AUTHOR" | "PHOTOGRAPHER" | "OTHER";
  /** Identity in the synthetic world: two officials who share a name have different ids. */
  id: string;
}

export interface TruthOrganization {
  name: string;
  kind: string;
  /** Forms written in the text (the canonical name may not appear verbatim: "UBND tỉnh"). */
  surfaceForms: string[];
}

export interface TruthLocality {
  id: string;
  name: string;
  level: string;
  surfaceForms: string[];
}

export interface TruthDocument {
  /** Official code for catalogued documents with one, else the canonical name (gold convention). */
  key: string;
  /** Catalogue id (two documents may share a code, e.g. 12-NQ/TW of 2012 and of 2017). */
  id: string;
  surfaceForms: string[];
}

export interface TruthPosition {
  person: string;
  personId: string;
  title: string;
  organization: string;
}

export interface TruthEvent {
  id: string;
  eventType: string;
  date: string | null;
  organizer: string | null;
  concerns: string[];
  heldIn: string | null;
}

export interface TruthParticipation {
  person: string;
  event: string;
  role: string;
}

export interface TruthImplementation {
  organization: string;
  document: string;
}

export interface Truth {
  /** Article file name relative to the corpus folder (or the record id in JSON Lines output). */
  article: string;
  id: string;
  publishedAt: string | null;
  /** True when the text was written with old-style tone marks (Uỷ ban, khoá). */
  oldToneMarks: boolean;
  persons: TruthPerson[];
  organizations: TruthOrganization[];
  localities: TruthLocality[];
  documents: TruthDocument[];
  positions: TruthPosition[];
  events: TruthEvent[];
  participations: TruthParticipation[];
  implementations: TruthImplementation[];
}
