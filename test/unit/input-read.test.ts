import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { InputRejected } from "../../src/ingest/decode.js";
import { expandPaths, globToRegExp, splitGlob, type InputSource } from "../../src/ingest/paths.js";
import { readFileInput, readStreamInput } from "../../src/ingest/read.js";
import { VIETNAMESE, writeMixedFolder } from "../fixtures/bad-input/make.js";

const root = mkdtempSync(join(tmpdir(), "kg-input-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function collect(paths: string[]): Promise<InputSource[]> {
  const out: InputSource[] = [];
  for await (const s of expandPaths(paths)) out.push(s);
  return out;
}

const files = (list: InputSource[]) => list.flatMap((s) => (s.kind === "file" ? [s.path] : [])).sort();

describe("expandPaths", () => {
  const dir = join(root, "corpus");
  mkdirSync(join(dir, "a", "b"), { recursive: true });
  mkdirSync(join(dir, ".hidden"), { recursive: true });
  for (const f of ["one.txt", "two.html", "three.htm", "notes.md", "a/four.txt", "a/b/five.TXT", ".hidden/six.txt"]) writeFileSync(join(dir, f), "x");

  it("walks folders recursively, keeping .txt/.html/.htm and skipping hidden folders", async () => {
    expect(files(await collect([dir]))).toEqual(
      ["a/b/five.TXT", "a/four.txt", "one.txt", "three.htm", "two.html"].map((f) => join(dir, f)).sort(),
    );
  });

  it("takes explicit files whatever their extension, and stdin as '-'", async () => {
    expect(await collect([join(dir, "notes.md"), "-"])).toEqual([{ kind: "file", path: join(dir, "notes.md") }, { kind: "stdin" }]);
  });

  it("expands * and ** globs", async () => {
    expect(files(await collect([`${dir}/*.txt`]))).toEqual([join(dir, "one.txt")]);
    expect(files(await collect([`${dir}/**/*.txt`]))).toEqual([join(dir, "a/four.txt"), join(dir, "one.txt")]);
    expect(files(await collect([`${dir}/a/**`]))).toEqual([join(dir, "a/b/five.TXT"), join(dir, "a/four.txt")]);
    expect(files(await collect([`${dir}/t*.htm?`]))).toEqual([join(dir, "two.html")]);
    expect(files(await collect([`${dir}/t*.htm*`]))).toEqual([join(dir, "three.htm"), join(dir, "two.html")]);
  });

  it("reports missing paths and empty globs as errors and goes on", async () => {
    const out = await collect([join(dir, "nope.txt"), `${dir}/*.pdf`, join(dir, "one.txt")]);
    expect(out).toEqual([
      { kind: "error", path: join(dir, "nope.txt"), reason: "no such file or directory" },
      { kind: "error", path: `${dir}/*.pdf`, reason: "no file matches this pattern" },
      { kind: "file", path: join(dir, "one.txt") },
    ]);
  });

  it("translates globs", () => {
    expect(splitGlob("/data/in/**/x*.txt")).toEqual({ base: "/data/in", rest: "**/x*.txt" });
    expect(splitGlob("*.txt")).toEqual({ base: ".", rest: "*.txt" });
    const re = globToRegExp("**/x*.txt");
    expect(["x1.txt", "a/x.txt", "a/b/xyz.txt"].every((p) => re.test(p))).toBe(true);
    expect(["a/y.txt", "x.txt.bak", "ax.txt"].some((p) => re.test(p))).toBe(false);
  });

  it("streams a folder of 10,000 files without listing it first", async () => {
    const big = join(root, "big");
    mkdirSync(big);
    for (let i = 0; i < 10_000; i++) writeFileSync(join(big, `${i}.txt`), "");
    const it = expandPaths([big])[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value).toMatchObject({ kind: "file" });
    await it.return?.(undefined);
    let n = 0;
    for await (const s of expandPaths([big])) if (s.kind === "file") n++;
    expect(n).toBe(10_000);
  }, 60_000);
});

describe("readFileInput / readStreamInput", () => {
  it("reads a good file and names it", async () => {
    const p = join(root, "good.txt");
    writeFileSync(p, VIETNAMESE);
    expect(await readFileInput(p, 1024 * 1024)).toEqual({ text: VIETNAMESE, encoding: "utf-8", html: false, title: null, path: p });
  });

  it("refuses files over the limit before reading them", async () => {
    const p = join(root, "huge.txt");
    writeFileSync(p, Buffer.alloc(3 * 1024 * 1024, 0x61));
    await expect(readFileInput(p, 1024 * 1024)).rejects.toThrow("too large: 3.0 MB, over the 1.0 MB limit (--max-bytes)");
  });

  it("gives each broken file of a mixed folder its own reason", async () => {
    const set = writeMixedFolder(join(root, "mixed"), [VIETNAMESE]);
    for (const [path, reason] of Object.entries(set.bad)) {
      const err = await readFileInput(path, 1024 * 1024).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, path).toBeInstanceOf(InputRejected);
      expect((err as InputRejected).reason, path).toMatch(reason);
    }
    expect((await readFileInput(set.good[0]!, 1024 * 1024)).text).toBe(VIETNAMESE);
  });

  it("reads stdin, stopping at the limit", async () => {
    expect((await readStreamInput(Readable.from([Buffer.from(VIETNAMESE.slice(0, 10)), Buffer.from(VIETNAMESE.slice(10))]), 1024)).text).toBe(VIETNAMESE);
    await expect(readStreamInput(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), 1000)).rejects.toThrow(/too large/);
    await expect(readStreamInput(Readable.from([]), 1000)).rejects.toThrow("empty file");
  });
});
