// Ground truth of one synthetic article: the hand-written gold format (src/eval/gold.ts) plus the
// identities the generator knows, so the same scorer grades the extractor on both.
import type { GoldDocument, GoldEvent, GoldGender, GoldImplementation, GoldLocality, GoldOrganization, GoldParticipation, GoldPerson, GoldPosition } from "../eval/gold.js";

export type Gender = GoldGender;

export interface TruthPerson extends GoldPerson {
  /** Identity in the synthetic world: two officials who share a name have different ids. */
  id: string;
}

export interface TruthOrganization extends GoldOrganization {
  /** Forms written in the text (the canonical name may not appear verbatim: "UBND tỉnh"). */
  surfaceForms: string[];
}

export interface TruthLocality extends GoldLocality {
  id: string;
  level: string;
  surfaceForms: string[];
}

export interface TruthDocument extends GoldDocument {
  /** Catalogue id (two documents may share a code, e.g. 12-NQ/TW of 2012 and of 2017). */
  id: string;
}

export interface TruthPosition extends GoldPosition {
  personId: string;
}

export interface TruthEvent extends GoldEvent {
  heldIn: string | null;
}

export type TruthParticipation = GoldParticipation;
export type TruthImplementation = GoldImplementation;

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
