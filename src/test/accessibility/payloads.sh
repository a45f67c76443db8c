#!/usr/bin/env bash
# The payload check: under content.raw-html=safe no script but the site's own runs on the site's origin. It builds
# hostile sites with the packaged jar and opens what they publish in headless Chromium (payload-check.mjs):
#  1. the passthrough payloads (payloads.mjs, one page each, beside a harmless SVG) build in safe mode, every one
#     reported as removed, and none of their markers fires in the browser, even with the pages' CSP bypassed;
#  2. files a browser runs (.js .html .htm .xhtml .shtml, SVG with script; sites/payloads/active) fail the safe
#     build with exit status 1 and their messages, and no output is written;
#  3. controls, so a silent detector cannot pass: the same payloads built with content.raw-html=trusted fire, and the
#     active files published by a trusted build run when loaded or opened, with the CSP as served.
# Called by run.sh after the accessibility check (it installs chromium and the npm packages).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
work="$repo/target/payloads"
jar="$repo/target/techmonitor-site.jar"
fixtures="$repo/src/test/resources/sites"
failures=0
fail() { echo "payloads: FAIL $*"; failures=$((failures + 1)); }

rm -rf "$work" && mkdir -p "$work"
# A site: the minimal fixture, the repository's templates and assets, a payload folder on top, a raw-html setting.
site() {
  local name=$1 overlay=$2 policy=$3
  cp -r "$fixtures/minimal" "$work/$name-source"
  cp -r "$fixtures/payloads/$overlay/." "$work/$name-source/"
  cp -r "$repo/templates" "$repo/assets" "$work/$name-source/"
  echo "content.raw-html=$policy" >> "$work/$name-source/jbake.properties"
}
# build <name> <expected exit status>: the build's output goes to <name>.log.
build() {
  local name=$1 expected=$2 status=0
  java -jar "$jar" build --source "$work/$name-source" --output "$work/$name" >"$work/$name.log" 2>&1 || status=$?
  if [ "$status" != "$expected" ]; then
    fail "build of $name exited with $status (expected $expected):"
    sed 's/^/    /' "$work/$name.log"
    return 1
  fi
  echo "ok    build of $name exited with $status"
}
expect_line() {
  if grep -qF -- "$2" "$work/$1.log"; then echo "ok    build of $1 says: $2"; else fail "build of $1 does not say: $2"; fi
}

# 1. The passthrough payloads, safe and trusted.
site passthrough passthrough safe
node "$here/payload-check.mjs" write "$work/passthrough-source"
cp -r "$work/passthrough-source" "$work/trusted-source"
sed -i 's/^content.raw-html=safe$/content.raw-html=trusted/' "$work/trusted-source/jbake.properties"
if build passthrough 0; then
  for page in "$work"/passthrough-source/content/pages/*.adoc; do
    name="$(basename "$page" .adoc)"
    # Jsoup drops a <body> start tag inside a body fragment with its attributes: nothing is left to remove.
    [ "$name" = body-onload ] && continue
    grep -qF "content/pages/$name.adoc: removed " "$work/passthrough.log" || fail "build of passthrough does not report what it removed from $name"
  done
  node "$here/payload-check.mjs" check safe "$work/passthrough" --csp bypassed --expect-none || failures=$((failures + 1))
fi

# 2. Active files: refused in safe mode, with nothing written. SVG files are checked when files are copied, which
#    a build with other file problems never reaches, so they are refused by a site of their own.
site active active safe
if build active 1; then
  for extension in js htm html xhtml shtml; do
    expect_line active "files: content/pages/evil.$extension: .$extension file in content/ (expected no page or script files"
  done
  expect_line active "Nothing was published"
  if [ -e "$work/active" ]; then fail "build of active wrote $work/active"; fi
fi
site svg active safe
(cd "$work/svg-source/content/pages" && rm evil.js evil.htm evil.html evil.xhtml evil.shtml
 sed -i '/evil\.\(js\|htm\|html\|xhtml\|shtml\)\b/d' files.adoc)
if build svg 1; then
  expect_line svg "assets: content/pages/evil-script.svg:1: SVG element <script> is not allowed"
  expect_line svg "assets: content/pages/evil-onload.svg:1: event handler attribute onload on <svg> is not allowed"
  expect_line svg "Nothing was published"
  if [ -e "$work/svg" ]; then fail "build of svg wrote $work/svg"; fi
fi

# 3. The controls. A trusted build publishes passthrough as written: the detector must see the payloads run (these
#    are the ones that run in Chromium; the others are inert there, or work only with a parser the build does not
#    use). It also publishes the active files a page refers to (but evil.html, which fails its own policy check).
build trusted 0 && node "$here/payload-check.mjs" check trusted "$work/trusted" --csp bypassed --only "$(
  cd "$work/trusted-source/content/pages" && ls *.adoc | sed 's/^\(.*\)\.adoc$/\/\1\//' | paste -sd, -)" --expect \
  script-inline,script-upper-case,script-src-attacker-host,script-src-data,img-onerror,img-onerror-no-space,\
pass-macro-onerror,triple-plus-onerror,a-slash-onclick,p-onclick-style,div-onmouseover,custom-element-onclick,\
input-autofocus-onfocus,details-ontoggle,video-onerror,noscript-mxss,svg-onload,svg-script,svg-script-href,\
svg-animate-href,svg-set-href,svg-animate-xlink-target,svg-a-xlink-javascript,svg-a-tab-javascript,svg-title-mxss,\
svg-style-mxss,svg-style-unclosed,svg-foreignobject,a-javascript,a-javascript-tab,a-javascript-colon-entity,\
a-javascript-control-char,a-javascript-newline,form-action,button-formaction,input-formaction,iframe-srcdoc,\
iframe-src-data,iframe-src-javascript,object-data-html,embed-data-svg \
  || failures=$((failures + 1))
site active-trusted active trusted
(cd "$work/active-trusted-source/content/pages" && rm evil.html && sed -i '/evil\.html/d' files.adoc)
build active-trusted 0 && node "$here/payload-check.mjs" check active-trusted "$work/active-trusted" --csp served \
  --only /files/,/pages/ --expect evil-js,evil-htm,evil-xhtml,evil-shtml,evil-svg-script,evil-svg-onload \
  || failures=$((failures + 1))

if [ "$failures" != 0 ]; then
  echo "payloads: $failures failure(s)"
  exit 1
fi
echo "payloads: no payload ran on the safe site; the active files were refused; the trusted controls ran"
