// Command-line paths → a stream of input files. Directories are walked with opendir so a folder
// of many thousands of files is never listed in memory at once. Globs support `*`, `?` and `**`
// (any number of folders); brace and character-class patterns are not supported.
import { opendir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export type InputSource =
  | { kind: "file"; path: string }
  | { kind: "stdin" }
  | { kind: "error"; path: string; reason: string };

export const ARTICLE_EXTENSIONS = /\.(?:txt|html?)$/i;

export function hasGlob(p: string): boolean {
  return /[*?]/.test(p);
}

/** "a/**\/b*.txt" → a regex over '/'-separated paths relative to the glob's fixed prefix. */
export function globToRegExp(pattern: string): RegExp {
  const parts = pattern.split("/");
  let re = "";
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === "**") {
      re += last ? ".*" : "(?:[^/]+/)*";
      return;
    }
    re += part.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
    if (!last) re += "/";
  });
  return new RegExp(`^${re}$`);
}

/** The folder before the first segment holding a wildcard, and the rest of the pattern. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split(/[\\/]/);
  const i = parts.findIndex(hasGlob);
  const baseParts = parts.slice(0, i);
  const base = baseParts.length === 0 ? "." : baseParts.join("/") || "/";
  return { base, rest: parts.slice(i).join("/") };
}

async function* walk(dir: string): AsyncGenerator<string> {
  const handle = await opendir(dir);
  for await (const entry of handle) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      yield* walk(full);
    } else if (entry.isFile()) {
      yield full;
    } else if (entry.isSymbolicLink()) {
      // follow links to files only: linked folders could loop
      const st = await stat(full).catch(() => null);
      if (st?.isFile()) yield full;
    }
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (err as Error).message;
}

/** Expands every path in order; errors are yielded, not thrown, so one bad path never stops the rest. */
export async function* expandPaths(paths: string[]): AsyncGenerator<InputSource> {
  for (const p of paths) {
    if (p === "-") {
      yield { kind: "stdin" };
      continue;
    }
    if (hasGlob(p)) {
      const { base, rest } = splitGlob(p);
      const re = globToRegExp(rest);
      let matched = 0;
      try {
        for await (const file of walk(base)) {
          if (re.test(relative(base, file).split(sep).join("/"))) {
            matched++;
            yield { kind: "file", path: file };
          }
        }
      } catch (err) {
        yield { kind: "error", path: p, reason: describeFsError(err) };
        continue;
      }
      if (matched === 0) yield { kind: "error", path: p, reason: "no file matches this pattern" };
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      yield { kind: "error", path: p, reason: describeFsError(err) };
      continue;
    }
    if (st.isDirectory()) {
      try {
        for await (const file of walk(p)) if (ARTICLE_EXTENSIONS.test(file)) yield { kind: "file", path: file };
      } catch (err) {
        yield { kind: "error", path: p, reason: describeFsError(err) };
      }
    } else {
      yield { kind: "file", path: p };
    }
  }
}
