// Errors the user can act on. The CLI prints `message` and `hint` without a stack trace.
export class KgError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "KgError";
  }
}

export function describeError(err: unknown): string {
  if (err instanceof KgError) return err.hint ? `${err.message}\n  → ${err.hint}` : err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
