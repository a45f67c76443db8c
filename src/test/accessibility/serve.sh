#!/usr/bin/env bash
# The serve check: the preview as an editor uses it. It copies the article fixture with the repository's templates
# and assets, runs `serve` on it on a free port and opens an article in headless Chromium (serve-check.mjs): a save
# with an unknown country shows the problems overlay with its message and line, the fix removes it, a template
# syntax error shows the template's line, and a new title, a CSS rule and a template change reload the page.
# Called by run.sh after the payload check (it installs chromium and the npm packages).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
work="$repo/target/serve-check"

rm -rf "$work" && mkdir -p "$work"
cp -r "$repo/src/test/resources/sites/articles" "$work/site"
cp -r "$repo/templates" "$repo/assets" "$work/site/"
# serve-check.mjs stops the preview whatever happens; the trap is for a node that is killed outright, and stops the
# preview by the process id the check wrote.
stop() {
  kill "$check" 2>/dev/null || true
  if [ -s "$work/serve.pid" ]; then kill "$(cat "$work/serve.pid")" 2>/dev/null || true; fi
}
SERVE_PID_FILE="$work/serve.pid" node "$here/serve-check.mjs" "$repo/target/techmonitor-site.jar" "$work/site" "$work/output" &
check=$!
trap stop EXIT
wait "$check"
