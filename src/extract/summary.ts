// Human-readable table of one extraction result (the CLI's non-JSON output).
import type { Entity, ExtractionResult } from "./types.js";

function fmt(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join(", ");
  return String(v);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

function table(rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const widths = (rows[0] as string[]).map((_, c) => Math.min(60, Math.max(...rows.map((r) => (r[c] ?? "").length))));
  return rows.map((r) => r.map((cell, c) => pad(cell.length > 60 ? `${cell.slice(0, 57)}...` : cell, widths[c] ?? 0)).join("  ").trimEnd());
}

const ENTITY_PROPS: Record<Entity["type"], string[]> = {
  Person: ["gender", "role"],
  Organization: ["kind", "level"],
  Locality: ["level", "validUntil"],
  Resolution: ["code", "docType", "term", "plenum"],
  Event: ["eventType", "date", "dateInferred"],
};

export function formatSummary(result: ExtractionResult): string {
  const a = result.article;
  const out: string[] = [];
  out.push(`Article   ${a.id}${a.path ? `  (${a.path})` : ""}`);
  out.push(`Title     ${a.title ?? "-"}`);
  out.push(`Published ${a.publishedAt ?? "-"}   Source ${a.source ?? "-"}   Authors ${a.authors.join(", ") || "-"}`);
  out.push("");
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  for (const type of ["Person", "Organization", "Locality", "Resolution", "Event"] as const) {
    const es = result.entities.filter((e) => e.type === type);
    if (es.length === 0) continue;
    out.push(`${type} (${es.length})`);
    const props = ENTITY_PROPS[type];
    out.push(...table([["name", "id", ...props, "mentions"], ...es.map((e) => [e.name, e.id, ...props.map((p) => fmt(e.properties[p])), String(e.mentions.length)])]).map((l) => `  ${l}`));
    out.push("");
  }
  if (result.relations.length > 0) {
    out.push(`Relations (${result.relations.length})`);
    const rows = result.relations.map((r) => {
      const props = Object.entries(r.properties)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `${k}=${fmt(v)}`)
        .join(" ");
      return [names.get(r.from) ?? r.from, r.type, names.get(r.to) ?? r.to, props];
    });
    out.push(...table([["from", "relation", "to", "properties"], ...rows]).map((l) => `  ${l}`));
  }
  return out.join("\n");
}
