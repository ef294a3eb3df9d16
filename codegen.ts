import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents (TypedDocumentNode) for the example operations front-end apps copy. The schema is the
// committed SDL of the merged API (schema/generated/schema.graphql, printed by `npm run schema:print`);
// the output is committed too, and CI fails when either is stale (`npm run codegen:check`).
const config: CodegenConfig = {
  schema: "schema/generated/schema.graphql",
  documents: ["examples/**/*.graphql"],
  generates: {
    "examples/generated/operations.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: { useTypeImports: true, enumsAsTypes: true, avoidOptionals: false, scalars: { Date: "string", DateTime: "string", JSON: "unknown", JSONObject: "Record<string, unknown>" } },
    },
  },
  hooks: {},
};

export default config;
