#!/usr/bin/env bash
# The three publishable artefacts, built and checked as a user would receive them:
#   1. the Rust crate: `cargo package -p lhs-maturity` (its verification builds the packaged crate
#      on its own), what the .crate holds (sources, the data compiled in, README, the four licence
#      files; no tests), and `cargo doc` without warnings;
#   2. the Python package: the sdist (`maturin sdist`), a wheel built from it (so both are
#      checked), installed with --no-index into throwaway virtual environments (the project's
#      Python, and 3.10 and 3.13 when present) whose PATH has no compiler, then imported, one
#      score, the abi3 tag and the licence metadata (PEP 639);
#   3. the npm package (bindings-wasm/pkg/, built by scripts/setup): `npm pack --dry-run` lists
#      exactly the expected files (a control run shows the check catches a stray file), every
#      entry point it declares is packed, and the packed tarball installs offline into an empty
#      project where `require` and `import` score an assessment.
# The wheel build reuses target/ (CARGO_TARGET_DIR), so only the two crates of the sdist compile
# again (about a minute on 2 cores); the whole step takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export VIRTUAL_ENV="$ROOT/.venv" PATH="$ROOT/.venv/bin:$PATH" PYO3_PYTHON="$ROOT/.venv/bin/python"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
step() { echo "== [$(date +%T)] artefacts: $*"; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LICENSE_EXPR="(Apache-2.0 OR MIT) AND CC-BY-NC-SA-3.0-IGO"
LICENSE_FILES="LICENSE LICENSE-APACHE LICENSE-CC-BY-NC-SA-3.0-IGO LICENSE-MIT"
VERSION="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)"
export ROOT TMP LICENSE_EXPR LICENSE_FILES VERSION

# ---------------------------------------------------------------------------------------------
step "crate: cargo package -p lhs-maturity (verified: the packaged crate builds on its own)"
# --allow-dirty: the check is about what would be packaged, not about the working tree.
# --offline: every dependency is in the lock file and the cache by now. (The warnings filtered
# out say that tests/ is left out of the package, as `include` in core/Cargo.toml means.)
cargo package -p lhs-maturity --allow-dirty --offline 2>&1 | { grep -v '^warning: ignoring test' || true; }
CRATE="$CARGO_TARGET_DIR/package/lhs-maturity-$VERSION.crate"
python3 - "$CRATE" <<'EOF'
import os, sys, tarfile
crate = sys.argv[1]
root, version = os.environ["ROOT"], os.environ["VERSION"]
prefix = f"lhs-maturity-{version}/"
with tarfile.open(crate) as t:
    members = {m.name.removeprefix(prefix): m for m in t.getmembers()}
    manifest = t.extractfile(prefix + "Cargo.toml").read().decode()
    readme = t.extractfile(prefix + "README.md").read().decode()
names = set(members)
problems = []
top = {".cargo_vcs_info.json", "Cargo.lock", "Cargo.toml", "Cargo.toml.orig", "README.md"}
top |= set(os.environ["LICENSE_FILES"].split())
for n in sorted(names):
    if n not in top and not n.startswith(("src/", "data/", "examples/")):
        problems.append(f"unexpected file in the crate: {n}")
for n in sorted(top - names):
    problems.append(f"missing from the crate: {n}")
data = set()
for d, _, files in os.walk(os.path.join(root, "core", "data")):
    data |= {os.path.relpath(os.path.join(d, f), os.path.join(root, "core")) for f in files}
for n in sorted(data - names):
    problems.append(f"built-in data missing from the crate: {n}")
big = [f"{n} ({m.size} bytes)" for n, m in members.items() if m.size > 1_000_000]
if big:
    problems.append(f"files over 1 MB: {big}")
if f'license = "{os.environ["LICENSE_EXPR"]}"' not in manifest:
    problems.append("the packaged Cargo.toml does not carry the licence expression")
if "](spec/" in readme:
    problems.append("the crate's README has relative links (crates.io reads them from core/)")
if "```rust" not in readme:
    problems.append("the crate's README has lost its Rust examples")
total = sum(m.size for m in members.values())
print(f"crate: {len(names)} files, {total} bytes unpacked, {os.path.getsize(crate)} bytes packed")
if problems:
    sys.exit("\n".join(problems))
EOF

step "crate: cargo doc -p lhs-maturity --no-deps with RUSTDOCFLAGS=-D warnings"
RUSTDOCFLAGS="-D warnings" cargo doc -p lhs-maturity --no-deps --quiet
echo "cargo doc: no warnings"

# ---------------------------------------------------------------------------------------------
step "python: maturin sdist, then a wheel built from the sdist"
(cd bindings-python && maturin sdist --out "$TMP/sdist" 2>&1 | tail -n 1)
SDIST=$(echo "$TMP"/sdist/lhs_maturity-*.tar.gz)
python3 - "$SDIST" <<'EOF'
import os, sys, tarfile
sdist = sys.argv[1]
with tarfile.open(sdist) as t:
    names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
    pkg_info = t.extractfile(next(n for n in t.getnames() if n.endswith("/PKG-INFO"))).read().decode()
need = {"pyproject.toml", "Cargo.toml", "Cargo.lock", "core/Cargo.toml", "core/src/lib.rs",
        "core/data/lhs-2021.json", "bindings-python/Cargo.toml", "bindings-python/src/lib.rs",
        "python/lhs_maturity/__init__.py", "python/lhs_maturity/py.typed"}
need |= set(os.environ["LICENSE_FILES"].split())
problems = [f"missing from the sdist: {n}" for n in sorted(need - names)]
problems += [f"test or notebook in the sdist: {n}" for n in sorted(names)
             if "/tests/" in f"/{n}" or n.endswith(".ipynb")]
if f"License-Expression: {os.environ['LICENSE_EXPR']}\n" not in pkg_info:
    problems.append("PKG-INFO lacks the licence expression")
print(f"sdist: {len(names)} files, {os.path.getsize(sdist)} bytes")
if problems:
    sys.exit("\n".join(problems))
EOF
# The wheel is built from the sdist's files, with the project's maturin (no build isolation:
# nothing is downloaded) and target/ (CARGO_TARGET_DIR: the dependencies compiled by the earlier
# steps are reused; the two crates of the sdist compile again). maturin dates every file of an
# sdist 2006-07-24, and cargo rebuilds a crate of a shared target/ only when a source file is
# newer than its last build: unpacked as is, the sdist's crates would be taken as up to date and
# the wheel would hold an earlier build. So the files are dated now.
mkdir "$TMP/sdist-src"
tar -xzf "$SDIST" -C "$TMP/sdist-src"
find "$TMP/sdist-src" -type f -exec touch {} +
pip wheel --quiet --no-cache-dir --no-build-isolation --no-deps --no-index --wheel-dir "$TMP/wheel" \
  "$TMP"/sdist-src/lhs_maturity-*
WHEEL=$(echo "$TMP"/wheel/lhs_maturity-*.whl)
echo "wheel: $(basename "$WHEEL"), $(wc -c <"$WHEEL") bytes"

step "python: the wheel in fresh virtual environments, no compiler on PATH"
# The project's Python, and the oldest (3.10, the abi3 floor) and a newer one when installed
# (on PATH, or among pyenv's versions).
python_of() { # VERSION
  local py
  if python"$1" -c 'import venv' 2>/dev/null; then command -v "python$1"; return; fi
  command -v pyenv >/dev/null || return 1
  py="$(pyenv root)/versions/$(pyenv versions --bare | grep -E "^$1\.[0-9]+$" | tail -n 1)/bin/python$1"
  [ -x "$py" ] && "$py" -c 'import venv' 2>/dev/null && echo "$py"
}
interpreters=("$ROOT/.venv/bin/python")
for v in 3.10 3.13; do
  if py=$(python_of "$v"); then
    interpreters+=("$py")
  else
    echo "python$v: not installed here, not checked"
  fi
done
for py in "${interpreters[@]}"; do
  venv="$TMP/venv-$(basename "$py")-$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  "$py" -m venv "$venv"
  # Only the environment's own bin/ on PATH: no cc, cargo or rustc to fall back on.
  (cd "$TMP" && env -i HOME="$HOME" PATH="$venv/bin" "$venv/bin/python" -m pip install --quiet \
    --disable-pip-version-check --no-index --find-links "$TMP/wheel" lhs-maturity)
  (cd "$TMP" && env -i HOME="$HOME" PATH="$venv/bin" VENV="$venv" \
    LICENSE_EXPR="$LICENSE_EXPR" LICENSE_FILES="$LICENSE_FILES" "$venv/bin/python" - <<'EOF'
import importlib.metadata as md, os, pathlib, shutil, sys
import lhs_maturity
venv = pathlib.Path(os.environ["VENV"])
assert pathlib.Path(lhs_maturity.__file__).resolve().is_relative_to(venv.resolve()), lhs_maturity.__file__
assert not any(shutil.which(c) for c in ("cc", "gcc", "cargo", "rustc")), "a compiler is on PATH"
fw = lhs_maturity.Framework.builtin()
report = fw.score({"default_target": 3, "answers": {
    "inst.info.routine_data": {"level": 2, "evidence": "Quarterly review minutes"},
    "inst.delib.working_groups": {"level": "na", "justification": "none at district level"},
    "cond.fin.learning_budget": 1,
}})
assert (report.overall["score"], report.overall["level_key"]) == (1.5, "ad_hoc"), report.overall
try:
    fw.score({"answers": {"inst.info.routine_data": 9}})
    raise AssertionError("a level of 9 was scored")
except lhs_maturity.AssessmentError as e:
    assert e.code == "assessment.level_out_of_range", e.code
dist = md.distribution("lhs-maturity")
meta = dist.metadata
assert meta["License-Expression"] == os.environ["LICENSE_EXPR"], meta["License-Expression"]
licences = sorted(p.name for p in dist.files if p.parent.name == "licenses")
assert licences == sorted(os.environ["LICENSE_FILES"].split()), licences
tags = [l.split(": ", 1)[1] for l in dist.read_text("WHEEL").splitlines() if l.startswith("Tag: ")]
assert len(tags) == 1 and tags[0].startswith("cp310-abi3-"), tags
print(f"python {sys.version.split()[0]}: imported from the wheel ({tags[0]}), scored, "
      f"licence {meta['License-Expression']} with {len(licences)} licence files")
EOF
  )
done

# ---------------------------------------------------------------------------------------------
step "npm: npm pack --dry-run lists exactly the package's files"
PKG=bindings-wasm/pkg
[ -f "$PKG/package.json" ] || bash bindings-wasm/build
(cd "$PKG" && npm pack --dry-run --json --loglevel=error) >"$TMP/npm.json"
cat >"$TMP/check-npm.py" <<'EOF'
"""Checks the file list of `npm pack --dry-run --json` against what users need."""
import glob, gzip, json, os, sys

root = os.environ["ROOT"]
pkg = os.path.join(root, "bindings-wasm", "pkg")


# What a page embedding the elements loads in English (issue 20: under 300 KB gzipped): the
# elements, their module's entry and glue, its WebAssembly and the two helpers they import.
FIRST_LOAD = ["elements/index.js", "elements/core.js", "elements/lhs_maturity.js",
              "elements/lhs_maturity_bg.wasm", "elements/errors.js", "elements/languages.js"]
FIRST_LOAD_BUDGET = 300_000


def first_load():
    """The gzipped bytes (level 9) of each file of FIRST_LOAD, as built."""
    return {f: len(gzip.compress(open(os.path.join(pkg, f), "rb").read(), 9)) for f in FIRST_LOAD}


def expected():
    langs = sorted(os.path.basename(p)[len("lhs-2021."):-len(".json")]
                   for p in glob.glob(os.path.join(root, "spec", "i18n", "lhs-2021.*.json")))
    files = {"package.json", "README.md", "index.d.ts",
             "web/package.json", "web/index.js", "web/lhs_maturity.js", "web/lhs_maturity.d.ts",
             "web/lhs_maturity_bg.wasm", "web/errors.js", "web/languages.js",
             "node/package.json", "node/index.cjs", "node/index.mjs", "node/lhs_maturity.js",
             "node/errors.js", "node/languages.js",
             "custom-elements.json", "elements/index.d.ts", *FIRST_LOAD, "elements/package.json"}
    # the elements' JavaScript is minified, each file with its source map
    files |= {f + ".map" for f in FIRST_LOAD if f.endswith(".js")}
    files |= set(os.environ["LICENSE_FILES"].split())
    files |= {f"languages/{l}.json" for l in langs if l != "en"}
    files |= {"schema/" + os.path.basename(p)
              for p in glob.glob(os.path.join(root, "spec", "schema", "*.schema.json"))}
    files |= {"types/" + os.path.basename(p)
              for p in glob.glob(os.path.join(root, "bindings-wasm", "types", "*.d.ts"))}
    return files


def targets(value):
    """Every file an `exports` (or main/module/browser/types) value points to."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from targets(v)


def problems(listing, manifest):
    packed = {f["path"]: f["size"] for f in listing["files"]}
    want = expected()
    out = [f"not in the package: {p}" for p in sorted(want - set(packed))]
    out += [f"in the package but not expected: {p}" for p in sorted(set(packed) - want)]
    # The whole module (every analysis, the bootstrap and robustness reports): 2.0 MB raw in
    # December 2026; the page loads a smaller build (www/), see the README's sizes.
    out += [f"over 2.25 MB: {p} ({s} bytes)" for p, s in packed.items() if s > 2_250_000]
    load = first_load()
    if sum(load.values()) >= FIRST_LOAD_BUDGET:
        out.append(f"the elements' English first load is {sum(load.values())} bytes gzipped, "
                   f"over {FIRST_LOAD_BUDGET}: {load}")
    if manifest.get("license") != os.environ["LICENSE_EXPR"]:
        out.append(f"package.json license is {manifest.get('license')!r}")
    entries = [manifest.get(k) for k in ("main", "module", "browser", "types")]
    entries += list(targets(manifest.get("exports", {})))
    for e in entries:
        if e and "*" not in e and e.removeprefix("./") not in packed:
            out.append(f"an entry point is not packed: {e}")
    return out


listing = json.load(open(sys.argv[1]))[0]
manifest = json.load(open(os.path.join(pkg, "package.json")))
found = problems(listing, manifest)
# Control: the same check on a list with a stray file and without a licence file must fail.
stray = dict(listing, files=[f for f in listing["files"] if f["path"] != "LICENSE-MIT"]
             + [{"path": "tests/api.test.mjs", "size": 1}])
assert len(problems(stray, manifest)) == len(found) + 2, problems(stray, manifest)
print(f"npm: {len(listing['files'])} files, {listing['size']} bytes packed, "
      f"{listing['unpackedSize']} unpacked, license {manifest['license']}")
load = first_load()
print(f"npm: the elements' English first load is {sum(load.values())} bytes gzipped "
      f"(budget {FIRST_LOAD_BUDGET}): " + ", ".join(f"{f} {n}" for f, n in load.items()))
if found:
    sys.exit("\n".join(found))
EOF
python3 "$TMP/check-npm.py" "$TMP/npm.json"

step "npm: the packed tarball installs offline and scores from require and import"
(cd "$PKG" && npm pack --pack-destination "$TMP" --loglevel=error >/dev/null)
mkdir -p "$TMP/npm-user"
(cd "$TMP/npm-user" && echo '{"name": "user", "private": true}' >package.json \
  && npm install --offline --no-audit --no-fund --loglevel=error "$TMP/lhs-maturity-$VERSION.tgz")
cat >"$TMP/npm-user/smoke.mjs" <<'EOF'
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import * as esm from "lhs-maturity";
const cjs = createRequire(import.meta.url)("lhs-maturity");
const assessment = { default_target: 3, answers: { "inst.info.routine_data": 2, "cond.fin.learning_budget": 1 } };
for (const [name, lhs] of [["import", esm], ["require", cjs]]) {
  const report = lhs.Framework.builtin().score(assessment);
  assert.equal(report.overall.score, 1.5, name);
  assert.throws(() => lhs.Framework.builtin().score({ answers: { "inst.info.routine_data": 9 } }),
    (e) => e instanceof lhs.AssessmentError && e.code === "assessment.level_out_of_range", name);
}
console.log("npm tarball: installed offline; import and require score an assessment");
EOF
(cd "$TMP/npm-user" && node smoke.mjs)
step "artefacts checked"
