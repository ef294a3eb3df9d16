import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode, type GraphQLSchema, type ValueNode } from "graphql";
import { createRequire } from "node:module";

// Its ESM build imports `graphql/index.mjs`, a second copy of graphql next to the CommonJS one the
// rest of the stack loads ("Cannot use GraphQLObjectType from another module or realm"); the
// CommonJS build shares ours.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  "graphql-query-complexity",
) as typeof import("graphql-query-complexity");

// Request-level bounds the schema cannot express: cost (complexity) and page sizes. Depth is a
// validation rule (graphql-depth-limit) added next to this plugin.

const PAGE_ARGS = new Set(["first", "limit"]);

function intValue(node: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === "number" ? v : undefined;
  }
  return undefined;
}

/** Every `first`/`limit` argument above `max`, anywhere in the document (fragments included). */
export function oversizedPages(document: DocumentNode, variables: Record<string, unknown>, max: number): Array<{ field: string; value: number }> {
  const found: Array<{ field: string; value: number }> = [];
  visit(document, {
    Field(field) {
      for (const arg of field.arguments ?? []) {
        if (!PAGE_ARGS.has(arg.name.value)) continue;
        const n = intValue(arg.value, variables);
        if (n !== undefined && n > max) found.push({ field: `${field.name.value}(${arg.name.value})`, value: n });
      }
    },
  });
  return found;
}

export function complexityOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    // @neo4j/graphql and type-graphql both put their estimates in field extensions
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Parsed documents are reused by Apollo for the same query text, so a verdict can hang off the document. */
interface Verdict {
  pages: Array<{ field: string; value: number }>;
  cost: number;
}
const VERDICTS_PER_DOCUMENT = 64;
/** Longer variables (an article's text for ingestArticle) are judged afresh rather than kept as keys. */
const MAX_KEY_LENGTH = 2_000;

export function limitsPlugin(opts: { maxComplexity: number; maxPageSize: number }): ApolloServerPlugin {
  // Both checks walk the whole operation against the schema; repeated questions skip the walk.
  const verdicts = new WeakMap<DocumentNode, Map<string, Verdict>>();
  const judge = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): Verdict => {
    let byVars = verdicts.get(document);
    if (!byVars) verdicts.set(document, (byVars = new Map()));
    const key = JSON.stringify([operationName ?? null, variables]);
    let v = byVars.get(key);
    if (!v) {
      v = { pages: oversizedPages(document, variables, opts.maxPageSize), cost: complexityOf(schema, document, variables, operationName) };
      if (key.length > MAX_KEY_LENGTH) return v;
      if (byVars.size >= VERDICTS_PER_DOCUMENT) byVars.delete(byVars.keys().next().value as string);
      byVars.set(key, v);
    }
    return v;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const variables = (request.variables ?? {}) as Record<string, unknown>;
          const { pages, cost } = judge(schema, document, variables, operationName ?? undefined);
          if (pages.length > 0) {
            throw new GraphQLError(
              `Page size above the maximum of ${opts.maxPageSize}: ${pages.map((p) => `${p.field}=${p.value}`).join(", ")}.`,
              { extensions: { code: "PAGE_SIZE_EXCEEDED", max: opts.maxPageSize, http: { status: 400 } } },
            );
          }
          if (cost > opts.maxComplexity) {
            throw new GraphQLError(`Query too complex: cost ${cost} exceeds the limit of ${opts.maxComplexity}. Ask for fewer fields or smaller pages.`, {
              extensions: { code: "QUERY_TOO_COMPLEX", cost, max: opts.maxComplexity, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
