// The code blocks of the README's sections (between `<!-- BEGIN js -->` and `<!-- END js -->`,
// or another name, in the repository's README.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./helpers.mjs";

/** The fenced code blocks of a section of the README (`js` by default, or e.g. `analysis`: the
 * researchers' section) whose info string starts with `lang`. */
export function readmeBlocks(lang, name = "js") {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const start = readme.indexOf(`<!-- BEGIN ${name} -->`);
  const end = readme.indexOf(`<!-- END ${name} -->`);
  if (start < 0 || end < start) throw new Error(`README.md has no <!-- BEGIN ${name} --> … <!-- END ${name} --> section`);
  const section = readme.slice(start, end);
  const blocks = [];
  const re = /^```(\S*)[^\n]*\n([\s\S]*?)^```\s*$/gm;
  for (let m; (m = re.exec(section)); ) {
    if (m[1] === lang) blocks.push(m[2]);
  }
  return blocks;
}
