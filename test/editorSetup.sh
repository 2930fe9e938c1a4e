# Sourced by test/neovim/run.sh and test/emacs/run.sh: what every editor test needs before it
# starts its editor. Sets $root (and cd's there), $work (removed on exit), $seed (a copy of the
# seed in $work/project/postmortems), $expected (the codes the engine finds in it, as JSON) and
# puts `postmortem-language-server` (this repository's bin) in $work/bin.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# Installs the Debian packages that are missing, as a user of the docs would.
install_debian_packages() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "installing Debian's ${missing[*]}"
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get install -y "${missing[@]}" </dev/null >/dev/null 2>&1 || { $sudo_cmd apt-get update >/dev/null && $sudo_cmd apt-get install -y "${missing[@]}" </dev/null >/dev/null; }
}

# Writes the block between `<!-- $1:start` and `<!-- $1:end` of docs/editors.md to $2, exactly as users copy it.
extract_documented_block() {
  awk "/<!-- $1:start/{on=1; next} /<!-- $1:end/{on=0} on" docs/editors.md | sed '/^```/d' > "$2"
  [ -s "$2" ] || { echo "no $1 block in docs/editors.md"; exit 1; }
}

prepare_workspace() {
  [ -f dist/server.js ] || node scripts/build.mjs
  [ -f out/server/src/engine/index.js ] || npx tsc -b
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/bin" "$work/project/postmortems"
  # An exact copy of the seed (test/fixtures/seed.md carries the engine fixtures' expect markers).
  cp test/lsp-fixtures/seed.md "$work/project/postmortems/seed.md"
  seed="$work/project/postmortems/seed.md"
  ln -s "$root/bin/postmortem-language-server.js" "$work/bin/postmortem-language-server"
  expected=$(node -e '
    const { lint } = require("./out/server/src/engine");
    const text = require("fs").readFileSync(process.argv[1], "utf8");
    console.log(JSON.stringify([...new Set(lint(text).diagnostics.map((d) => d.code))].sort()));
  ' "$seed")
}
