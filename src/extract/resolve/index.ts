// Stage 4: mentions -> one entity per real thing, canonical ids, and relations with evidence.
// Each step is its own function so V8 compiles small units (one 750-line closure took a second
// of optimizing compiler time per recompilation).
import type { Doc } from "../doc.js";
import type { Entity, Relation } from "../types.js";
import { Assembly, bySentence } from "./context.js";
import { recognizeMentions } from "./mentions.js";
import { addBodies, addPersons, addPlaces } from "./people.js";
import { assembleEvents } from "./events.js";
import { addPositions } from "./positions.js";
import { addDocuments } from "./documents.js";
import { addConcerns, addParticipations } from "./participation.js";
import { addImplementations } from "./implementations.js";

export interface Assembled {
  entities: Entity[];
  relations: Relation[];
}

export function assemble(doc: Doc, articleKey: string): Assembled {
  const a = new Assembly(doc, recognizeMentions(doc), articleKey);
  addPlaces(a);
  addBodies(a);
  const personIds = addPersons(a);
  const events = assembleEvents(a);
  const positionsOf = addPositions(a, personIds, events.asOf);
  const docIds = addDocuments(a);
  const docsBySentence = bySentence(
    doc,
    a.m.docMentions.filter((d) => docIds.has(d)),
    (d) => d.tokStart,
  );
  const docsInSentence = (s: number) => docsBySentence.get(s) ?? [];
  const eventDocs = addConcerns(a, events, docsInSentence, docIds);
  addParticipations(a, events, personIds, positionsOf);
  addImplementations(a, events, eventDocs, docsInSentence, docIds);
  return a.g.result();
}
