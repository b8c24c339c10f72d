#!/usr/bin/env bash
# Tests of the WebAssembly package and the self-assessment page (scripts/setup builds them):
# clippy for wasm32 (the package's and the page's feature sets), the generated types against
# spec/schema, the node:test suites (shared vectors, API and bad inputs, framework versions and
# tools, analyses, languages, README examples), tsc --strict on a typed usage file, and the
# browser test in Chromium (the page and the HTML report in each of the five languages; it saves
# screenshots under artifacts/), and the accessibility test in Chromium (WCAG 2.2 AA: the whole
# questionnaire by keyboard, axe-core on the page and the report, the charts' contrast, reflow at
# 320px, zoom, text spacing, forced colours, print; screenshots artifacts/a11y-*.png), and the
# custom elements' test in Chromium (elements.e2e.mjs), and the page's consensus workshop in
# Chromium (workshop.e2e.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
step() { echo "== [$(date +%T)] wasm: $*"; }

step "cargo clippy (wasm32: the package, and the page's build without the full feature)"
cargo clippy -p lhs-maturity-wasm --no-deps --target wasm32-unknown-unknown --profile wasm-release -- -D warnings
cargo clippy -p lhs-maturity-wasm --no-deps --no-default-features --target wasm32-unknown-unknown --profile wasm-release -- -D warnings

step "bindings-wasm/types/schema.d.ts is in sync with spec/schema"
node bindings-wasm/scripts/gen-types.mjs --check

step "node --test (vectors, API, languages, README)"
node --test bindings-wasm/tests/

step "tsc --noEmit --strict (typed usage)"
bindings-wasm/node_modules/.bin/tsc --noEmit --strict -p bindings-wasm/tests/types/tsconfig.json
echo "tsc: the typed usage file checks"

step "browser test (Chromium, playwright-core)"
ARTIFACTS="$PWD/artifacts" node --test bindings-wasm/tests/browser.e2e.mjs
echo "screenshots: artifacts/www-filled.png, www-phone.png, www-<lang>.png and report-<lang>.png (en fr es pt-PT ar)"

step "accessibility test (Chromium, axe-core; about 45 s)"
ARTIFACTS="$PWD/artifacts" node --test bindings-wasm/tests/a11y.e2e.mjs
echo "screenshots: artifacts/a11y-www-1280.png, a11y-www-1280-ar.png, a11y-www-320.png, a11y-www-320-ar.png, a11y-www-forced-colors.png, a11y-report-320.png, a11y-report-forced-colors.png"

step "consensus workshop test (Chromium: three respondents' files, the core's agenda, agreed levels, exports, reload, axe-core, 320px, Arabic)"
ARTIFACTS="$PWD/artifacts" node --test bindings-wasm/tests/workshop.e2e.mjs
echo "screenshots: artifacts/workshop-1280.png, workshop-320.png, workshop-320-ar.png"

step "custom elements test (Chromium: lhs-maturity/elements from a plain HTML page, keyboard, form, languages, draft, axe-core, strict CSP with Trusted Types, the manifest)"
ARTIFACTS="$PWD/artifacts" node --test bindings-wasm/tests/elements.e2e.mjs
echo "screenshots: artifacts/elements-filled.png, elements-two-languages.png, elements-320-en.png, elements-320-ar.png"

step "custom elements in a fresh Vite project (npm pack, vite build and vite dev, Chromium; needs the npm registry)"
node --test bindings-wasm/tests/elements-vite.e2e.mjs

step "LHC-Forms test (the FHIR Questionnaire rendered and filled in Chromium, its response scored)"
node --test bindings-wasm/tests/fhir.e2e.mjs
