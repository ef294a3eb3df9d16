import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Kind, parse, type ConstDirectiveNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from "graphql";
import { repoRoot } from "../paths.js";

// Renders docs/graph-model.md from schema/graph.graphql, so the model is described in one place.

function typeName(t: TypeNode): string {
  if (t.kind === Kind.NON_NULL_TYPE) return `${typeName(t.type)}!`;
  if (t.kind === Kind.LIST_TYPE) return `[${typeName(t.type)}]`;
  return t.name.value;
}

function arg(d: ConstDirectiveNode, name: string): string | undefined {
  const a = d.arguments?.find((x) => x.name.value === name);
  if (!a) return undefined;
  return a.value.kind === Kind.STRING || a.value.kind === Kind.ENUM ? a.value.value : undefined;
}

const rel = (f: FieldDefinitionNode) => f.directives?.find((d) => d.name.value === "relationship");
const has = (t: ObjectTypeDefinitionNode, name: string) => t.directives?.some((d) => d.name.value === name) ?? false;
const oneLine = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

export function renderModelDoc(sdl: string): string {
  const doc = parse(sdl);
  const types = doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const nodes = types.filter((t) => has(t, "node"));
  const props = new Map(types.filter((t) => has(t, "relationshipProperties")).map((t) => [t.name.value, t]));

  const out: string[] = [
    "# Graph model",
    "",
    "Generated from `schema/graph.graphql` by `npm run docs:model`; do not edit by hand.",
    "",
    "## Nodes",
    "",
    "| Label | Description | Properties |",
    "|---|---|---|",
  ];
  for (const t of nodes) {
    const fields = (t.fields ?? []).filter((f) => !rel(f)).map((f) => `\`${f.name.value}\`: ${typeName(f.type)}`);
    out.push(`| \`${t.name.value}\` | ${oneLine(t.description?.value)} | ${fields.join(", ")} |`);
  }
  out.push("", "## Relationships", "", "| Pattern | Properties | GraphQL fields |", "|---|---|---|");
  const seen = new Map<string, { pattern: string; props: string; fields: string[] }>();
  for (const t of nodes) {
    for (const f of t.fields ?? []) {
      const d = rel(f);
      if (!d) continue;
      const type = arg(d, "type")!;
      const target = typeName(f.type).replace(/[[\]!]/g, "");
      const [from, to] = arg(d, "direction") === "OUT" ? [t.name.value, target] : [target, t.name.value];
      const key = `${from}-${type}-${to}`;
      const p = arg(d, "properties");
      const propFields = p ? (props.get(p)?.fields ?? []).map((x) => `\`${x.name.value}\``).join(", ") : "";
      const entry = seen.get(key) ?? { pattern: `\`(${from})-[:${type}]->(${to})\``, props: propFields, fields: [] };
      entry.fields.push(`${t.name.value}.${f.name.value}`);
      seen.set(key, entry);
    }
  }
  for (const e of seen.values()) out.push(`| ${e.pattern} | ${e.props} | ${e.fields.join(", ")} |`);
  out.push("");
  return out.join("\n");
}

export function modelDocFromSchema(): string {
  return renderModelDoc(readFileSync(join(repoRoot(), "schema", "graph.graphql"), "utf8"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(modelDocFromSchema());
}
