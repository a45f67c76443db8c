#!/usr/bin/env bash
# The accessibility check of issue 3. It installs what it needs: Debian's chromium, then axe-core and
# playwright-core from npm, at the versions in package-lock.json. It builds the real site, the article, journal,
# technology offers and map fixtures, and runs check.mjs over a page of every type and chart-text.mjs over the pages
# with charts and maps; then payloads.sh, the payload check, serve.sh, the preview's overlay and live reload, and
# search.sh, search on the 1,000-article synthetic site. Called by Maven in the verify phase.
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
cp -r "$repo/src/test/resources/sites/technology" "$work/technology-source"
cp -r "$repo/templates" "$repo/assets" "$work/technology-source/"
java -jar "$repo/target/techmonitor-site.jar" build --source "$work/technology-source" --output "$work/technology" >/dev/null
# The journal fixture: two issues with covers (srcset copies of a PNG, an SVG), sections, technology offers and
# requests, articles with affiliations, ORCID links and DOIs.
cp -r "$repo/src/test/resources/sites/journal" "$work/journal-source"
cp -r "$repo/templates" "$repo/assets" "$work/journal-source/"
java -jar "$repo/target/techmonitor-site.jar" build --source "$work/journal-source" --output "$work/journal" >/dev/null
# The map fixture: two reporting periods, small states drawn as markers, a country outside the map's area.
cp -r "$repo/src/test/resources/sites/map" "$work/map-source"
cp -r "$repo/templates" "$repo/assets" "$work/map-source/"
java -jar "$repo/target/techmonitor-site.jar" build --source "$work/map-source" --output "$work/map" >/dev/null

node "$here/check.mjs" "$work/site" / /issues/ /issues/2018-q3/ /activities/ /activities/2018/ \
  /activities/2018/water-and-energy-technologies-conference/ /programmes/technology-transfer/ /themes/ \
  /themes/financing-innovation/ /countries/ /countries/india/ /partners/ /partners/tistr/ /about/ /contributions/2018/ \
  /report/ /statistics/ "/search/?q=Bangkok" /404.html \
  -- "$work/articles" /issues/2020-q1/ /issues/2020-q1/second-article/ /issues/2020-q1/first-article/ \
  -- "$work/technology" /technology/ "/technology/?kind=offer&theme=alpha" /technology/countries/india/ /issues/2021-q1/ \
  /issues/2021-q1/technology/solar-cold-storage/ /countries/viet-nam/ \
  -- "$work/journal" / /issues/ /issues/2021-q1/ /issues/2021-q2/ /issues/2021-q1/omega-special/ /issues/2021-q2/beta-overview/ \
  -- "$work/map" /statistics/ /report/

# Chart and map text as drawn at 360 and 1280 pixels: at least 12 px on a phone, one size in every chart.
node "$here/chart-text.mjs" "$work/site" /statistics/ /report/ -- "$work/map" /statistics/ /report/

# The payload check of the raw-html=safe promise, with the same chromium and packages.
bash "$here/payloads.sh"

# The preview as an editor uses it: the problems overlay and live reload of `serve`, with the same chromium.
bash "$here/serve.sh"

# Search as a reader uses it, on the 1,000-article synthetic site: results, bytes fetched, keyboard and axe-core.
bash "$here/search.sh"
