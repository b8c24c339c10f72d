// Executes the README's JavaScript quickstart (the ```js blocks of its JS section) in Node,
// against the built package installed as `lhs-maturity`. The ```html block runs in Chromium in
// browser.e2e.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { pkgDir } from "./helpers.mjs";
import { readmeBlocks } from "./readme.mjs";

const blocks = readmeBlocks("js");

test("the README has a Node quickstart and a browser quickstart", () => {
  assert.ok(blocks.length >= 1, "no ```js block in the README's JS section");
  assert.equal(readmeBlocks("html").length, 1, "expected one ```html block (the browser quickstart)");
});

blocks.forEach((code, i) => {
  test(`README js block ${i + 1} runs`, () => {
    const dir = mkdtempSync(join(tmpdir(), "lhs-readme-"));
    try {
      mkdirSync(join(dir, "node_modules"));
      symlinkSync(pkgDir, join(dir, "node_modules", "lhs-maturity"), "dir");
      const file = join(dir, /\brequire\(/.test(code) ? "quickstart.cjs" : "quickstart.mjs");
      writeFileSync(file, code);
      const out = execFileSync(process.execPath, ["--preserve-symlinks", file], { cwd: dir, encoding: "utf8" });
      assert.match(out, /lhs-2021|Learning health system/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
