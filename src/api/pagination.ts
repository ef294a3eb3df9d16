import { GraphQLError } from "graphql";

// Opaque offset cursors: analyst answers are small ordered lists, so an offset is exact and cheap
// once the page size is bounded; the prefix lets us reject cursors made up by hand.
const PREFIX = "kg1:";

export interface Page {
  skip: number;
  /** Rows to fetch: the page size plus one, to learn whether another page exists. */
  fetch: number;
  size: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): number {
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  const n = raw.startsWith(PREFIX) ? Number(raw.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(n) || n < 0 || encodeCursor(n) !== cursor) {
    throw new GraphQLError("Invalid cursor: pass `endCursor` from a previous page unchanged.", {
      extensions: { code: "BAD_USER_INPUT", argumentName: "after" },
    });
  }
  return n;
}

/** Validates first/after against the configured maximum page size. */
export function page(first: number | null | undefined, after: string | null | undefined, max: number, dflt = 20): Page {
  const size = first ?? Math.min(dflt, max);
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new GraphQLError(`\`first\` must be between 1 and ${max}, got ${size}.`, {
      extensions: { code: "BAD_USER_INPUT", argumentName: "first", max },
    });
  }
  const skip = after ? decodeCursor(after) + 1 : 0;
  return { skip, fetch: size + 1, size };
}

export interface PageInfoShape {
  hasNextPage: boolean;
  endCursor: string | null;
  startCursor: string | null;
}

/** Cuts the look-ahead row and returns rows with their cursors plus page info. */
export function paginate<T>(rows: T[], p: Page): { items: Array<{ cursor: string; node: T }>; pageInfo: PageInfoShape } {
  const kept = rows.slice(0, p.size);
  const items = kept.map((node, i) => ({ cursor: encodeCursor(p.skip + i), node }));
  return {
    items,
    pageInfo: {
      hasNextPage: rows.length > p.size,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items.at(-1)?.cursor ?? null,
    },
  };
}
