// The extractor's only I/O: read seeds/reference/*.json and compile them once per folder.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { repoRoot } from "../paths.js";
import { buildReference, type RawReference, type Reference } from "../extract/reference.js";

const cache = new Map<string, Reference>();

export function defaultReferenceDir(): string {
  return join(repoRoot(), "seeds", "reference");
}

export function readRawReference(dir: string): RawReference {
  const raw: RawReference = {};
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".json")) continue;
    try {
      raw[basename(f, ".json")] = JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown;
    } catch (err) {
      throw new Error(`reference file ${f} is not valid JSON: ${(err as Error).message}`);
    }
  }
  return raw;
}

export function loadReference(dir?: string): Reference {
  const d = resolve(dir ?? defaultReferenceDir());
  let ref = cache.get(d);
  if (!ref) {
    ref = buildReference(readRawReference(d));
    cache.set(d, ref);
  }
  return ref;
}
