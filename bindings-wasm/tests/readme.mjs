// The code blocks of the README's JavaScript section (between `<!-- BEGIN js -->` and
// `<!-- END js -->` in the repository's README.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./helpers.mjs";

/** The fenced code blocks of the JS section whose info string starts with `lang`. */
export function readmeBlocks(lang) {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const start = readme.indexOf("<!-- BEGIN js -->");
  const end = readme.indexOf("<!-- END js -->");
  if (start < 0 || end < start) throw new Error("README.md has no <!-- BEGIN js --> … <!-- END js --> section");
  const section = readme.slice(start, end);
  const blocks = [];
  const re = /^```(\S*)[^\n]*\n([\s\S]*?)^```\s*$/gm;
  for (let m; (m = re.exec(section)); ) {
    if (m[1] === lang) blocks.push(m[2]);
  }
  return blocks;
}
