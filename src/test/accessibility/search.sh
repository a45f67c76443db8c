#!/usr/bin/env bash
# The search check: the search page of the 1,000-article synthetic site (bench/SyntheticSite) in headless Chromium
# (search-check.mjs). It writes and builds the site, asks the Java replay of the script's rules (bench/SearchFetch)
# which files and results a first search for the query gives, then types the query into the page and compares.
# Called by run.sh after the serve check (it installs chromium and the npm packages). About 25 s on an idle
# two-core machine, most of it the cold build.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
work="$repo/target/search-check"
query="technology transfer Nepal"
classes="$repo/target/test-classes:$repo/target/techmonitor-site.jar"
# The conversions are kept from one run to the next (the cache is keyed by the generator's code): a second run
# builds in a few seconds.
cache="$repo/target/search-check-cache"

rm -rf "$work" && mkdir -p "$work"
java -cp "$repo/target/test-classes" net.techmonitor.site.bench.SyntheticSite 1000 "$work/site"
cp -r "$repo/templates" "$repo/assets" "$work/site/"
java -jar "$repo/target/techmonitor-site.jar" build --source "$work/site" --output "$work/output" --cache "$cache" >/dev/null
java -cp "$classes" net.techmonitor.site.bench.SearchFetch "$work/output/search-index" "$query" > "$work/expected.json"
node "$here/search-check.mjs" "$work/output" "$work/expected.json"
