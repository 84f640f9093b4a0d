#!/usr/bin/env bash
# Refreshes the vendored xterm.js files served at /vendor/... (see the README.md written beside them).
# xterm.js is not published as a Maven artifact we can use, so the exact npm releases below are
# fetched with `npm pack`, and only the files the page loads (plus each LICENSE) are copied into
# src/main/resources/META-INF/resources/vendor/. The result is committed: building and running the
# app needs Java only; this script is needed only to change versions.
#
# Usage: scripts/vendor-xterm.sh            (uses the versions pinned below)
#        XTERM_VERSION=5.5.0 FIT_VERSION=0.10.0 scripts/vendor-xterm.sh
set -euo pipefail

XTERM_VERSION="${XTERM_VERSION:-5.5.0}"
FIT_VERSION="${FIT_VERSION:-0.10.0}"

root="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$root/src/main/resources/META-INF/resources/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v npm >/dev/null || { echo "npm is needed to refresh the vendored files" >&2; exit 1; }

fetch() { # package@version -> unpacked folder
  local spec="$1" dir="$work/$2"
  mkdir -p "$dir"
  local tgz
  tgz="$(cd "$dir" && npm pack --silent "$spec" | tail -1)"
  tar -xzf "$dir/$tgz" -C "$dir"
  echo "$dir/package"
}

copy() { # from to
  [ -f "$1" ] || { echo "missing in the npm package: $1" >&2; exit 1; }
  cp "$1" "$2"
}

xterm="$(fetch "@xterm/xterm@$XTERM_VERSION" xterm)"
fit="$(fetch "@xterm/addon-fit@$FIT_VERSION" fit)"

rm -rf "$vendor/xterm" "$vendor/xterm-addon-fit"
mkdir -p "$vendor/xterm" "$vendor/xterm-addon-fit"

copy "$xterm/lib/xterm.js" "$vendor/xterm/xterm.js"
copy "$xterm/css/xterm.css" "$vendor/xterm/xterm.css"
copy "$xterm/LICENSE" "$vendor/xterm/LICENSE"
copy "$fit/lib/addon-fit.js" "$vendor/xterm-addon-fit/addon-fit.js"
copy "$fit/LICENSE" "$vendor/xterm-addon-fit/LICENSE"

# The UMD builds end with a sourceMappingURL comment; the .map files are not vendored, so drop the
# comment (browsers would otherwise request a file that 404s in the developer tools).
sed -i -e '/^\/\/# sourceMappingURL=/d' "$vendor/xterm/xterm.js" "$vendor/xterm-addon-fit/addon-fit.js"

cat > "$vendor/README.md" <<README
# Vendored front-end libraries

Served by Quarkus from \`META-INF/resources\`, so the lesson pages need no CDN or build step.

| folder | npm package | version | files | licence |
| --- | --- | --- | --- | --- |
| \`xterm/\` | [@xterm/xterm](https://www.npmjs.com/package/@xterm/xterm) | $XTERM_VERSION | \`xterm.js\` (UMD build, \`lib/xterm.js\`), \`xterm.css\` (\`css/xterm.css\`) | MIT, \`xterm/LICENSE\` |
| \`xterm-addon-fit/\` | [@xterm/addon-fit](https://www.npmjs.com/package/@xterm/addon-fit) | $FIT_VERSION | \`addon-fit.js\` (UMD build, \`lib/addon-fit.js\`) | MIT, \`xterm-addon-fit/LICENSE\` |

The files are copied unchanged from the packages, except that the trailing
\`//# sourceMappingURL=\` comment is removed (the source maps are not vendored).

They are not available as Maven artifacts here, so they are committed to the repository: building
and running the application needs Java only.

## Refresh or upgrade

\`\`\`bash
scripts/vendor-xterm.sh                                   # the pinned versions
XTERM_VERSION=5.5.0 FIT_VERSION=0.10.0 scripts/vendor-xterm.sh   # other versions
\`\`\`

The script runs \`npm pack\` (needs npm and access to the npm registry), copies only the files above
and rewrites this README. Check the lesson page (terminal, fit on resize) after an upgrade and commit
the result.
README

echo "vendored @xterm/xterm@$XTERM_VERSION and @xterm/addon-fit@$FIT_VERSION into ${vendor#$root/}"
