// Inputs of the generator: the project's reference data (gazetteer, document catalogue, lexicons) and
// the generator's own phrase book. Read once; everything downstream is pure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../paths.js";

export interface LocalityRec {
  id: string;
  name: string;
  level: string;
  parent: string | null;
  aliases: string[];
  validFrom: string | null;
  validUntil: string | null;
  successor: string | null;
}

export interface DocumentRec {
  id: string;
  code: string | null;
  number: string | null;
  docType: string;
  issuer: string | null;
  issuedOn: string | null;
  year: number | null;
  term: string | null;
  plenum: number | null;
  title: string;
  aliases: string[];
}

export interface Lexicon {
  surnameWeights: Record<string, number>;
  excludedSurnames: string[];
  middleMale: string[];
  middleFemale: string[];
  givenMale: string[];
  givenFemale: string[];
  penNames: string[];
  anonymousCredits: string[];
  agencies: string[];
  headlines: Record<string, string[]>;
  verbHeadline: string[];
  verbPhrase: string[];
  holidays: string[];
  timeOfDay: string[];
  conferenceLeads: string[];
  workingLeads: string[];
  inspectionLeads: string[];
  thematicLeads: string[];
  ceremonyLeads: string[];
  venues: string[];
  attendLines: string[];
  chairLines: string[];
  reportLines: string[];
  speakLines: string[];
  awardLines: string[];
  speechVerbs: string[];
  speeches: string[];
  results: string[];
  fillers: string[];
  implementationLines: string[];
  captions: string[];
  relatedHeadlines: string[];
  footerBlocks: string[][];
  siteChrome: string[];
  weekdays: string[];
  eventNouns: Record<string, string>;
}

export interface SynthData {
  localities: LocalityRec[];
  byId: Map<string, LocalityRec>;
  /** Province-level units (PROVINCE, MUNICIPALITY). */
  provinces: LocalityRec[];
  /** District-level units by parent province id. */
  districtsOf: Map<string, LocalityRec[]>;
  documents: DocumentRec[];
  /** Names of central bodies by org id (issuers). */
  centralNames: Map<string, string>;
  docTypeNames: Map<string, string>;
  ordinals: Map<number, string>;
  surnames: string[];
  surnameWeights: number[];
  lexicon: Lexicon;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

const PARTY_ISSUERS = new Set(["org:bo-chinh-tri", "org:ban-chap-hanh-trung-uong", "org:ban-bi-thu"]);

export function loadSynthData(referenceDir = join(repoRoot(), "seeds", "reference")): SynthData {
  const locs = readJson<{ localities: LocalityRec[] }>(join(referenceDir, "localities.json")).localities;
  const docs = readJson<{ documents: DocumentRec[] }>(join(referenceDir, "documents.json")).documents;
  const bodies = readJson<{ central: Array<{ id: string; name: string }> }>(join(referenceDir, "bodies.json"));
  const docTypes = readJson<{ docTypes: Array<{ type: string; name: string }>; ordinals: Record<string, number> }>(
    join(referenceDir, "doc-types.json"),
  );
  const surnameList = readJson<{ surnames: string[] }>(join(referenceDir, "surnames.json")).surnames;
  const lexicon = readJson<Lexicon>(join(repoRoot(), "src", "synth", "lexicon.json"));

  const byId = new Map(locs.map((l) => [l.id, l]));
  const provinces = locs.filter((l) => l.level === "PROVINCE" || l.level === "MUNICIPALITY");
  const districtsOf = new Map<string, LocalityRec[]>();
  for (const l of locs) {
    if (!["DISTRICT", "CITY", "TOWN"].includes(l.level) || !l.parent) continue;
    const list = districtsOf.get(l.parent) ?? [];
    list.push(l);
    districtsOf.set(l.parent, list);
  }

  // Only the Party's central documents: the templates speak of committees implementing them.
  const documents = docs.filter((d) => (d.issuer !== null && PARTY_ISSUERS.has(d.issuer)) || d.docType === "CHARTER");

  const docTypeNames = new Map<string, string>();
  for (const t of docTypes.docTypes) if (!docTypeNames.has(t.type)) docTypeNames.set(t.type, t.name);
  const ordinals = new Map<number, string>();
  for (const [word, n] of Object.entries(docTypes.ordinals)) {
    // "tư" rather than "bốn" for 4, as the press writes "lần thứ tư".
    if (!ordinals.has(n) || word === "tư") ordinals.set(n, word);
  }

  const excluded = new Set(lexicon.excludedSurnames);
  const surnames = surnameList.filter((s) => !excluded.has(s));
  const surnameWeights = surnames.map((s) => lexicon.surnameWeights[s] ?? 0.3);

  return {
    localities: locs,
    byId,
    provinces,
    districtsOf,
    documents,
    centralNames: new Map(bodies.central.map((c) => [c.id, c.name])),
    docTypeNames,
    ordinals,
    surnames,
    surnameWeights,
    lexicon,
  };
}

/** True when the unit exists on that ISO date (validUntil is the last day, inclusive). */
export function validOn(l: { validFrom: string | null; validUntil: string | null }, date: string): boolean {
  return (l.validFrom === null || l.validFrom <= date) && (l.validUntil === null || date <= l.validUntil);
}
