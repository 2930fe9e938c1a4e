#!/usr/bin/env bash
# Proves the Emacs setup in docs/editors.md with a real headless Emacs and Eglot: the documented
# block starts `postmortem-language-server --stdio` (this repository's bin, on PATH), Emacs opens a
# copy of the seed in markdown-mode, and the diagnostics the server publishes must carry the codes
# the engine finds in the seed, and Flymake must show them.
#
#   test/emacs/run.sh        (installs Debian's emacs-nox, elpa-eglot and elpa-markdown-mode if missing)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

packages=(emacs-nox elpa-eglot elpa-markdown-mode)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing Debian's ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get install -y "${missing[@]}" </dev/null >/dev/null 2>&1 || { $sudo_cmd apt-get update >/dev/null && $sudo_cmd apt-get install -y "${missing[@]}" </dev/null >/dev/null; }
fi
[ -f dist/server.js ] || node scripts/build.mjs
[ -f out/server/src/engine/index.js ] || npx tsc -b

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/project/postmortems" "$work/home"
seed=test/lsp-fixtures/seed.md
cp "$seed" "$work/project/postmortems/seed.md"
ln -s "$root/bin/postmortem-language-server.js" "$work/bin/postmortem-language-server"

# The Emacs Lisp block between the emacs-config markers of docs/editors.md, exactly as users copy it.
awk '/<!-- emacs-config:start/{on=1; next} /<!-- emacs-config:end/{on=0} on' docs/editors.md | sed '/^```/d' > "$work/config.el"
[ -s "$work/config.el" ] || { echo "no emacs-config block in docs/editors.md"; exit 1; }

expected=$(node -e '
  const { lint } = require("./out/server/src/engine");
  const text = require("fs").readFileSync(process.argv[1], "utf8");
  console.log(JSON.stringify([...new Set(lint(text).diagnostics.map((d) => d.code))].sort()));
' "$seed")

status=0
# A fresh HOME: no user init file, no packages but Debian's.
HOME="$work/home" PATH="$work/bin:$PATH" \
POSTMORTEM_EMACS_CONFIG="$work/config.el" POSTMORTEM_EMACS_FILE="$work/project/postmortems/seed.md" POSTMORTEM_EMACS_OUT="$work/result.json" \
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
