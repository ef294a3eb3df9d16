// Which graph Person a per-article person is. The extractor names people "per:<name slug>" inside one
// article; across articles the graph keys them by name AND place:
//
//   1. positions at local bodies → "@<province of those bodies>" (the most frequent one);
//      positions at central bodies only → "@central";
//   2. no position, but the article has a home province → "@<home province>";
//   3. neither → reuse the one existing same-name node if there is exactly one; otherwise a node of
//      its own, "@unknown-<article id prefix>", linked POSSIBLY_SAME_AS to every same-name candidate.
//
// Located people are also linked POSSIBLY_SAME_AS to same-name "@unknown-…" nodes, so a name seen
// once without context stays connected to its likely owner. The reason is stored in `resolution`.

export const CENTRAL_SCOPE = "central";

export interface PersonContext {
  /** The extractor's id, "per:<name slug>". */
  slug: string;
  /** One scope per position held in the article: a province key ("can-tho") or "central". */
  positionScopes: string[];
  /** Province key of the article's home locality, when it has one. */
  homeProvince: string | null;
  articleId: string;
}

export interface IdentityDecision {
  id: string;
  resolution: string;
  /** Same-name nodes to link with POSSIBLY_SAME_AS {reason}. */
  possiblySameAs: Array<{ id: string; reason: string }>;
}

export function articleTag(articleId: string): string {
  const tail = articleId.slice(articleId.lastIndexOf(":") + 1).replace(/[^a-z0-9]/gi, "");
  return (tail || "x").slice(0, 8).toLowerCase();
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function isUnknown(id: string): boolean {
  return id.includes("@unknown-");
}

/**
 * Pure: decides the graph id of one person from its article context and the ids of existing
 * Person nodes with the same name slug (`<slug>@…`).
 */
export function resolvePersonIdentity(ctx: PersonContext, candidates: readonly string[]): IdentityDecision {
  const local = mostFrequent(ctx.positionScopes.filter((s) => s !== CENTRAL_SCOPE));
  let scope: string | undefined;
  let resolution = "";
  if (local !== undefined) {
    scope = local;
    resolution = `holds a position at a body of ${local}`;
  } else if (ctx.positionScopes.includes(CENTRAL_SCOPE)) {
    scope = CENTRAL_SCOPE;
    resolution = "holds positions at central bodies only";
  } else if (ctx.homeProvince !== null) {
    scope = ctx.homeProvince;
    resolution = `no position given; the article is about ${ctx.homeProvince}`;
  }

  if (scope !== undefined) {
    const id = `${ctx.slug}@${scope}`;
    const possiblySameAs = candidates
      .filter((c) => c !== id && isUnknown(c))
      .map((c) => ({ id: c, reason: "same name; the other mention had no position or locality" }));
    return { id, resolution, possiblySameAs };
  }

  const others = candidates.filter((c) => c.startsWith(`${ctx.slug}@`));
  if (others.length === 1) {
    return {
      id: others[0]!,
      resolution: "no position or locality in the article; the only person with this name in the graph",
      possiblySameAs: [],
    };
  }
  const id = `${ctx.slug}@unknown-${articleTag(ctx.articleId)}`;
  const rest = others.filter((c) => c !== id);
  return {
    id,
    resolution:
      rest.length === 0
        ? "no position or locality in the article, and no one else with this name yet"
        : `no position or locality in the article; ${rest.length} people share this name, so not merged`,
    possiblySameAs: rest.map((c) => ({ id: c, reason: "same name; not enough context to merge" })),
  };
}
