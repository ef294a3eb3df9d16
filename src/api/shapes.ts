import type {
  DocumentEventShape,
  ImplementationShape,
  ImplementedDocumentShape,
  OfficialShape,
  TimelineShape,
} from "./queries.js";
import { selectedAt, type Selection } from "./selection.js";

// What each analyst query's Cypher has to read, from the fields the client selected. The benchmark
// builds the hand-written side of a question from the same selection, so both read the same data.

const NODE = ["edges", "node"];

export function implementationShape(sel: Selection): ImplementationShape {
  return {
    row: selectedAt(sel, NODE),
    officials: selectedAt(sel, [...NODE, "officials"]),
    events: selectedAt(sel, [...NODE, "events"]),
    articles: selectedAt(sel, [...NODE, "articles"]),
  };
}

export function officialShape(sel: Selection): OfficialShape {
  return { row: selectedAt(sel, NODE), sources: selectedAt(sel, [...NODE, "sources"]) };
}

export function timelineShape(sel: Selection): TimelineShape {
  return { row: selectedAt(sel, NODE), sources: selectedAt(sel, [...NODE, "sources"]) };
}

/** Whether the timeline's own `documents` list (every document of the person's events) was asked for. */
export function timelineWantsDocuments(sel: Selection): boolean {
  return selectedAt(sel, []).has("documents");
}

export function documentEventShape(sel: Selection): DocumentEventShape {
  return { row: selectedAt(sel, NODE), articles: selectedAt(sel, [...NODE, "articles"]) };
}

export function implementedDocumentShape(sel: Selection): ImplementedDocumentShape {
  return { row: selectedAt(sel, NODE), articles: selectedAt(sel, [...NODE, "articles"]) };
}
