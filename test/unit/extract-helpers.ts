// Shared helpers for the extractor's unit tests.
import { extract } from "../../src/extract/index.js";
import type { Entity, ExtractionResult, Relation } from "../../src/extract/types.js";
import { loadReference } from "../../src/reference/load.js";

export const ref = loadReference();

export function run(text: string): ExtractionResult {
  return extract(text, ref);
}

export function names(r: ExtractionResult, type: Entity["type"]): string[] {
  return r.entities.filter((e) => e.type === type).map((e) => e.name);
}

export function entity(r: ExtractionResult, type: Entity["type"], name: string): Entity | undefined {
  return r.entities.find((e) => e.type === type && e.name === name);
}

export function rels(r: ExtractionResult, type: Relation["type"]): Array<{ from: string; to: string; props: Relation["properties"] }> {
  const byId = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.filter((x) => x.type === type).map((x) => ({ from: byId.get(x.from) ?? x.from, to: byId.get(x.to) ?? x.to, props: x.properties }));
}

export function positions(r: ExtractionResult): string[] {
  return rels(r, "HOLDS_POSITION").map((p) => `${p.from} | ${String(p.props.title)} | ${p.to}`);
}
