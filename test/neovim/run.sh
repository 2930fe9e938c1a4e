#!/usr/bin/env bash
# Proves the Neovim setup in docs/editors.md with a real headless Neovim: the documented Lua block
# starts `postmortem-language-server --stdio` (this repository's bin, on PATH), Neovim opens a copy
# of the seed, and the diagnostics the server publishes must carry the codes the engine finds in
# the seed; after an edit in the buffer that deletes the timeline, PM001 must appear too.
#
#   test/neovim/run.sh        (installs Debian's neovim if it is missing; builds dist/ if needed)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../editorSetup.sh"
install_debian_packages neovim
prepare_workspace
mkdir -p "$work/xdg"
extract_documented_block neovim-config "$work/config.lua"

status=0
PATH="$work/bin:$PATH" XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg" XDG_STATE_HOME="$work/xdg" XDG_CACHE_HOME="$work/xdg" \
POSTMORTEM_NVIM_CONFIG="$work/config.lua" POSTMORTEM_NVIM_FILE="$seed" POSTMORTEM_NVIM_OUT="$work/result.json" \
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
