import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

// Which fields a client selected below a resolver's field, so the Cypher reads only what the answer
// will show: a property or a sub-collection nobody asked for still costs a read per row. Fragments are
// followed and aliases ignored; @skip/@include are not evaluated, so a conditional field counts as
// selected (reading too much is safe, too little is not).

/** A selection: the fields of a resolver's result, as written in one operation. */
export interface Selection {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

export function selectionOf(info: GraphQLResolveInfo): Selection {
  return { fieldNodes: info.fieldNodes, fragments: info.fragments };
}

function fieldsIn(set: SelectionSetNode | undefined, fragments: Selection["fragments"], out: FieldNode[], seen: Set<string>): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldsIn(s.selectionSet, fragments, out, seen);
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      fieldsIn(fragments[s.name.value]?.selectionSet, fragments, out, seen);
    }
  }
}

/**
 * Field names selected at `path` below the resolver's field (["edges", "node", "articles"]); an
 * empty set when nothing on that path was selected.
 */
export function selectedAt(sel: Selection, path: readonly string[]): Set<string> {
  let level: readonly FieldNode[] = sel.fieldNodes;
  for (const step of path) {
    const next: FieldNode[] = [];
    for (const node of level) {
      const fields: FieldNode[] = [];
      fieldsIn(node.selectionSet, sel.fragments, fields, new Set());
      next.push(...fields.filter((f) => f.name.value === step));
    }
    level = next;
  }
  const names = new Set<string>();
  for (const node of level) {
    const fields: FieldNode[] = [];
    fieldsIn(node.selectionSet, sel.fragments, fields, new Set());
    for (const f of fields) names.add(f.name.value);
  }
  return names;
}
