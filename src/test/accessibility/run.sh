#!/usr/bin/env bash
# The accessibility check of issue 3. It installs what it needs: Debian's chromium, then axe-core and
# playwright-core from npm, at the versions in package-lock.json. It builds the real site and the article
# fixture, and runs check.mjs over a page of every type; then payloads.sh, the payload check, serve.sh, the
# preview's overlay and live reload, and search.sh, search on the 1,000-article synthetic site. Called by Maven in
# the verify phase.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
work="$repo/target/accessibility"

if ! command -v chromium >/dev/null 2>&1; then
  echo "accessibility: installing Debian's chromium"
  if [ "$(id -u)" != 0 ]; then
    echo "accessibility: chromium is missing and this user cannot install it (run: sudo apt-get install chromium)" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

rm -rf "$work" && mkdir -p "$work"
java -jar "$repo/target/techmonitor-site.jar" build --source "$repo" --output "$work/site" --cache "$work/cache" >/dev/null
cp -r "$repo/src/test/resources/sites/articles" "$work/articles-source"
cp -r "$repo/templates" "$repo/assets" "$work/articles-source/"
java -jar "$repo/target/techmonitor-site.jar" build --source "$work/articles-source" --output "$work/articles" >/dev/null

node "$here/check.mjs" "$work/site" / /issues/ /issues/2018-q3/ /activities/ /activities/2018/ \
  /activities/2018/water-and-energy-technologies-conference/ /programmes/technology-transfer/ /themes/ \
  /themes/financing-innovation/ /countries/ /countries/india/ /partners/ /partners/tistr/ /about/ /contributions/2018/ \
  /report/ /statistics/ "/search/?q=Bangkok" /404.html \
  -- "$work/articles" /issues/2020-q1/ /issues/2020-q1/second-article/ /issues/2020-q1/first-article/

# The payload check of the raw-html=safe promise, with the same chromium and packages.
bash "$here/payloads.sh"

# The preview as an editor uses it: the problems overlay and live reload of `serve`, with the same chromium.
bash "$here/serve.sh"

# Search as a reader uses it, on the 1,000-article synthetic site: results, bytes fetched, keyboard and axe-core.
bash "$here/search.sh"
