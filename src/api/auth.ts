import { randomBytes } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { ApiConfig } from "../config.js";

export const WRITER_ROLE = "writer";
const HMAC = ["HS256", "HS384", "HS512"];
const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA"];

// Without a configured secret the API still needs *a* key for @neo4j/graphql; a random one that
// nobody knows makes every token fail, so the API is read-only.
const processSecret = randomBytes(32).toString("hex");

export interface AuthSettings {
  /** What @neo4j/graphql's `features.authorization.key` receives. */
  key: string | { url: string };
  algorithms: string[];
  /** False when no secret/JWKS is configured and writes are refused. */
  writable: boolean;
  description: string;
}

export function authSettings(cfg: ApiConfig): AuthSettings {
  if (cfg.jwksUrl) {
    return { key: { url: cfg.jwksUrl }, algorithms: ASYMMETRIC, writable: true, description: `writer JWTs verified against the JWKS at ${cfg.jwksUrl}` };
  }
  if (cfg.jwtSecret) {
    return { key: cfg.jwtSecret, algorithms: HMAC, writable: true, description: "writer JWTs verified with the HS256 secret from KG_JWT_SECRET" };
  }
  return {
    key: processSecret,
    algorithms: HMAC,
    writable: false,
    description: "no KG_JWT_SECRET or KG_JWKS_URL set: a random per-process secret is used, so no token validates and the API is read-only",
  };
}

export type Verifier = (token: string) => Promise<JWTPayload>;

export function createVerifier(auth: AuthSettings): Verifier {
  const key: Uint8Array | JWTVerifyGetKey =
    typeof auth.key === "string" ? new TextEncoder().encode(auth.key) : createRemoteJWKSet(new URL(auth.key.url));
  return async (token) => {
    const { payload } = await jwtVerify(token, key as Uint8Array, { algorithms: auth.algorithms });
    return payload;
  };
}

/** The bearer token of an Authorization header, or undefined when there is none. */
export function bearer(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw unauthenticated("The Authorization header must be `Bearer <JWT>`.");
  return m[1];
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

export function roles(jwt: JWTPayload | undefined): string[] {
  const r = jwt?.roles;
  return Array.isArray(r) ? r.filter((x): x is string => typeof x === "string") : [];
}

/** Throws UNAUTHENTICATED without a verified token, FORBIDDEN without the writer role. */
export function requireWriter(jwt: JWTPayload | undefined): void {
  if (!jwt) throw unauthenticated("This operation writes to the graph: send `Authorization: Bearer <JWT>` with the writer role.");
  if (!roles(jwt).includes(WRITER_ROLE)) throw forbidden(`This operation needs the "${WRITER_ROLE}" role; the token has [${roles(jwt).join(", ")}].`);
}

/**
 * Every mutation, generated or hand-written, needs the writer role. Checking once per operation
 * gives one clear error (UNAUTHENTICATED vs FORBIDDEN) before any resolver runs.
 */
export function writerPlugin(): ApolloServerPlugin<{ jwt?: JWTPayload }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === "mutation") requireWriter(contextValue.jwt);
        },
      };
    },
  };
}
