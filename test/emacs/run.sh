#!/usr/bin/env bash
# Proves the Emacs setup in docs/editors.md with a real headless Emacs and Eglot: the documented
# block starts `postmortem-language-server --stdio` (this repository's bin, on PATH), Emacs opens a
# copy of the seed in markdown-mode, and the diagnostics the server publishes must carry the codes
# the engine finds in the seed, and Flymake must show them.
#
#   test/emacs/run.sh        (installs Debian's emacs-nox, elpa-eglot and elpa-markdown-mode if missing)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../editorSetup.sh"
install_debian_packages emacs-nox elpa-eglot elpa-markdown-mode
prepare_workspace
mkdir -p "$work/home"
extract_documented_block emacs-config "$work/config.el"

status=0
# A fresh HOME: no user init file, no packages but Debian's.
HOME="$work/home" PATH="$work/bin:$PATH" \
POSTMORTEM_EMACS_CONFIG="$work/config.el" POSTMORTEM_EMACS_FILE="$seed" POSTMORTEM_EMACS_OUT="$work/result.json" \
  timeout 120 emacs --batch -l test/emacs/harness.el >"$work/emacs.log" 2>&1 || status=$?

if ! node -e '
  const fs = require("fs");
  const [resultPath, expectedJson, status] = process.argv.slice(1);
  const fail = (why) => { console.error(`FAIL: ${why}`); process.exit(1); };
  if (!fs.existsSync(resultPath)) fail(`Emacs wrote no result (exit status ${status})`);
  const result = JSON.parse(fs.readFileSync(resultPath, "utf8"));
  if (result.ok !== true) fail(result.reason);
  const expected = JSON.parse(expectedJson);
  const got = [...new Set(result.codes)].sort();
  if (expected.length === 0) fail("the engine finds nothing in the seed, so the test would prove nothing");
  if (JSON.stringify(got) !== JSON.stringify(expected)) fail(`seed codes ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  if (result.shown !== result.codes.length) fail(`Flymake shows ${result.shown} diagnostics of ${result.codes.length} published`);
  console.log(`Emacs ${result.emacs}, Eglot ${result.eglot}: ${got.join(" ")} (${result.shown} diagnostics shown by Flymake)`);
' "$work/result.json" "$expected" "$status"; then
  echo "--- emacs output"; cat "$work/emacs.log"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "1 passed, 0 failed"
