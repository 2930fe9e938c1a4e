#!/usr/bin/env bash
# Proves the Neovim setup in docs/editors.md with a real headless Neovim: the documented Lua block
# starts `postmortem-language-server --stdio` (this repository's bin, on PATH), Neovim opens a copy
# of the seed, and the diagnostics the server publishes must carry the codes the engine finds in
# the seed; after an edit in the buffer that deletes the timeline, PM001 must appear too.
#
#   test/neovim/run.sh        (installs Debian's neovim if it is missing; builds dist/ if needed)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

if ! command -v nvim >/dev/null 2>&1; then
  echo "neovim is not installed; installing Debian's package"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get install -y neovim </dev/null >/dev/null 2>&1 || { $sudo_cmd apt-get update >/dev/null && $sudo_cmd apt-get install -y neovim </dev/null >/dev/null; }
fi
[ -f dist/server.js ] || node scripts/build.mjs
[ -f out/server/src/engine/index.js ] || npx tsc -b

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/project/postmortems" "$work/xdg"
# An exact copy of the seed (test/fixtures/seed.md carries the engine fixtures' expect markers).
seed=test/lsp-fixtures/seed.md
cp "$seed" "$work/project/postmortems/seed.md"
ln -s "$root/bin/postmortem-language-server.js" "$work/bin/postmortem-language-server"

# The Lua block between the neovim-config markers of docs/editors.md, exactly as users copy it.
awk '/<!-- neovim-config:start/{on=1; next} /<!-- neovim-config:end/{on=0} on' docs/editors.md | sed '/^```/d' > "$work/config.lua"
[ -s "$work/config.lua" ] || { echo "no neovim-config block in docs/editors.md"; exit 1; }

expected=$(node -e '
  const { lint } = require("./out/server/src/engine");
  const text = require("fs").readFileSync(process.argv[1], "utf8");
  console.log(JSON.stringify([...new Set(lint(text).diagnostics.map((d) => d.code))].sort()));
' "$seed")

status=0
PATH="$work/bin:$PATH" XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg" XDG_STATE_HOME="$work/xdg" XDG_CACHE_HOME="$work/xdg" \
POSTMORTEM_NVIM_CONFIG="$work/config.lua" POSTMORTEM_NVIM_FILE="$work/project/postmortems/seed.md" POSTMORTEM_NVIM_OUT="$work/result.json" \
  timeout 90 nvim --headless --noplugin -u NONE -i NONE -n -c "luafile test/neovim/harness.lua" >"$work/nvim.log" 2>&1 || status=$?

if ! node -e '
  const fs = require("fs");
  const [resultPath, expectedJson, status] = process.argv.slice(1);
  const fail = (why) => { console.error(`FAIL: ${why}`); process.exit(1); };
  if (!fs.existsSync(resultPath)) fail(`Neovim wrote no result (exit status ${status})`);
  const result = JSON.parse(fs.readFileSync(resultPath, "utf8"));
  if (!result.ok) fail(result.reason);
  const expected = JSON.parse(expectedJson);
  const [open, edit] = result.steps;
  const got = [...new Set(open.codes)].sort();
  if (expected.length === 0) fail("the engine finds nothing in the seed, so the test would prove nothing");
  if (JSON.stringify(got) !== JSON.stringify(expected)) fail(`seed codes ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  if (open.shown !== open.codes.length) fail(`Neovim shows ${open.shown} diagnostics of ${open.codes.length} published`);
  if (!edit.codes.includes("PM001")) fail(`after deleting the timeline: ${JSON.stringify(edit.codes)}, expected PM001 among them`);
  if (!(edit.version > open.version)) fail("the edit was published for an older version");
  console.log(`seed v${open.version}: ${got.join(" ")} (${open.codes.length} diagnostics shown by Neovim)`);
  console.log(`after the edit v${edit.version}: ${[...new Set(edit.codes)].sort().join(" ")}`);
' "$work/result.json" "$expected" "$status"; then
  echo "--- nvim output"; cat "$work/nvim.log"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "$(nvim --version | head -1): 1 passed, 0 failed"
