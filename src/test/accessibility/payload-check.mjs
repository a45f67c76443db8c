// Payload check: serves a built site on 127.0.0.1, opens every page and every other file of it in headless Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core), hovers, focuses and clicks what a payload could wait for,
// and reports which payload markers fired (see payloads.mjs for how a payload marks that its script ran).
// Usage:
//   node payload-check.mjs write <site-source>             writes one page per payload into the copied site
//   node payload-check.mjs check <label> <site-folder> --csp served|bypassed (--expect-none | --expect name,...)
//                                [--only /path-prefix,...]
// --csp bypassed ignores the pages' Content-Security-Policy, so that what is checked is what the build published.
// --expect-none fails if any marker fires; --expect fails unless every named marker fires (the control).
// --only opens just the pages and files under those paths (the controls need only their payloads).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PAYLOADS, marker, writePages } from './payloads.mjs';

const [command, ...rest] = process.argv.slice(2);
if (command === 'write') {
  console.log(`payloads: wrote ${writePages(rest[0]).length} payload pages into ${rest[0]}`);
  process.exit(0);
}
if (command !== 'check' || rest.length < 4) {
  console.error('usage: payload-check.mjs write <site-source> | check <label> <site-folder> --csp served|bypassed '
    + '(--expect-none | --expect name,...)');
  process.exit(2);
}
const [label, siteArgument] = rest;
const option = name => { const at = rest.indexOf(name); return at < 0 ? null : rest[at + 1]; };
const bypassCSP = option('--csp') === 'bypassed';
const expected = rest.includes('--expect-none') ? [] : (option('--expect') || '').split(',').filter(Boolean);
const site = path.resolve(siteArgument);
const STEP_MS = 120;
const GOTO_MS = 5000;
const CLICK_MS = 1000;
const MOUSE_TARGETS = 40;
// Whatever happens, the check ends: a hung page or browser is a failure, not a hung build.
setTimeout(() => { console.log(`payloads [${label}]: FAIL, did not finish within 120 s`); process.exit(1); }, 120_000).unref();

const TYPES = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.shtml': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.ics': 'text/calendar',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png' };

const offLoopback = new Set();
/** Marker name -> how it was seen (console, server, attacker-host request, dialog), and where. */
const fired = new Map();
function fire(name, how, where) {
  const entry = fired.get(name) || { how: new Set(), where: new Set() };
  entry.how.add(how);
  entry.where.add(where);
  fired.set(name, entry);
}

function serve(root) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/__pwned') {
      fire(decodeURIComponent(url.search.slice(1)) || '(unnamed)', 'request to /__pwned', request.headers.referer || '?');
      response.writeHead(204).end();
      return;
    }
    let file;
    try {
      file = path.join(root, decodeURIComponent(url.pathname));
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (!file.startsWith(root)) { response.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) { file = path.join(file, 'index.html'); }
    if (!fs.existsSync(file)) { response.writeHead(404).end('not found'); return; }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function filesOf(folder) {
  const found = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.name.startsWith('.')) { continue; }
    if (entry.isDirectory()) { found.push(...filesOf(full)); } else { found.push(full); }
  }
  return found.sort();
}

/**
 * Marks the elements of main (or of the whole document, for a file opened directly) for interact(): their centres
 * to hover and click, and those whose click does something other than open a page of this or another site over
 * HTTP (a javascript: or data: link, a link whose href an SVG animation set, a submit button), to click one at a time.
 */
function mark() {
  const root = document.querySelector('main') || document.documentElement;
  const centres = [];
  const clicks = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) { centres.push({ x: box.left + box.width / 2, y: box.top + box.height / 2 }); }
    const tag = element.localName;
    let action = false;
    if (tag === 'a') {
      const href = typeof element.href === 'string' ? element.href : element.href && element.href.animVal;
      let url = null;
      try { url = href ? new URL(href, document.baseURI) : null; } catch { url = null; }
      action = !url || !/^https?:$/.test(url.protocol)
        || url.href.split('#')[0] === location.href.split('#')[0];
    } else if (tag === 'button' || tag === 'input' && /^(submit|image)$/.test(element.type)) {
      action = true;
    }
    if (action) { element.setAttribute('data-payload-click', String(clicks.length)); clicks.push(clicks.length); }
  }
  return { centres, clicks: clicks.length };
}

async function interact(page, url) {
  await page.waitForTimeout(STEP_MS);
  const { centres, clicks } = await page.evaluate(mark).catch(() => ({ centres: [], clicks: 0 }));
  // Hover, focus and click everything with navigation held back (click handlers run, links stay put): the real mouse
  // over the first MOUSE_TARGETS elements, and every element by events sent to it, which run inline handlers alike.
  await page.evaluate(() => {
    window.addEventListener('click', event => event.preventDefault(), true);
    window.addEventListener('submit', event => event.preventDefault(), true);
  }).catch(() => {});
  for (const centre of centres.slice(0, MOUSE_TARGETS)) { await page.mouse.move(centre.x, centre.y, { steps: 1 }).catch(() => {}); }
  await page.evaluate(() => {
    const root = document.querySelector('main') || document.documentElement;
    for (const element of [root, ...root.querySelectorAll('*')]) {
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove', 'mousemove', 'pointerdown',
        'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'mouseout', 'mouseleave']) {
        element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
      }
      if (typeof element.focus === 'function') { element.focus(); }
      for (const type of ['keydown', 'keypress', 'keyup']) {
        element.dispatchEvent(new KeyboardEvent(type, { key: 'a', bubbles: true, cancelable: true }));
      }
      if (typeof element.blur === 'function') { element.blur(); }
    }
  }).catch(() => {});
  await page.waitForTimeout(STEP_MS);
  // Then click, one at a time on a fresh copy of the page, what does its work by navigating.
  for (let i = 0; i < clicks; i++) {
    await page.goto(url, { waitUntil: 'load', timeout: GOTO_MS }).catch(() => {});
    await page.evaluate(mark).catch(() => {});
    await page.locator(`[data-payload-click="${i}"]`).click({ timeout: CLICK_MS, noWaitAfter: true, force: true }).catch(() => {});
    await page.waitForTimeout(STEP_MS);
  }
  await page.goto('about:blank', { timeout: GOTO_MS }).catch(() => {});
}

async function newContext(browser, origin) {
  const context = await browser.newContext({ bypassCSP, acceptDownloads: false, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(GOTO_MS);
  // Nothing leaves the machine: the attacker's host is answered here with marker code, anything else is refused.
  await context.route('**/*', route => {
    const url = new URL(route.request().url());
    if (url.origin === origin) { return route.continue(); }
    if (url.hostname === 'pwned.invalid') {
      const name = path.basename(url.pathname).replace(/\.[a-z]+$/, '');
      fire(name, 'request to pwned.invalid', route.request().frame()?.url() || '?');
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: `${marker(name)};` });
    }
    offLoopback.add(url.href.slice(0, 120));
    return route.abort();
  });
  context.on('page', page => {
    page.on('console', message => {
      const text = message.text();
      if (text.startsWith('PWNED:')) { fire(text.slice(6), 'console', page.url()); }
    });
    page.on('dialog', dialog => { fire('(dialog)', 'dialog', page.url()); dialog.dismiss().catch(() => {}); });
  });
  return context;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
  timeout: 30_000,
});
let server = null;
let visited = 0;
try {
  server = await serve(site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const files = filesOf(site).map(file => '/' + path.relative(site, file).split(path.sep).join('/'));
  const pages = files.filter(file => /\.html$/.test(file)).map(file => file.replace(/(^|\/)index\.html$/, '$1'));
  const others = files.filter(file => !/\.html$/.test(file));
  const only = (option('--only') || '').split(',').filter(Boolean);
  const queue = [...pages, ...others].filter(file => only.length === 0 || only.some(prefix => file.startsWith(prefix)));
  // Three tabs at once: markers are told apart by name, not by the page they came from.
  await Promise.all([0, 1, 2].map(async () => {
    const context = await newContext(browser, origin);
    const page = await context.newPage();
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const url = origin + next;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: GOTO_MS })
          .catch(error => /interrupted by another navigation/.test(String(error))
            ? page.goto(url, { waitUntil: 'load', timeout: GOTO_MS }) : Promise.reject(error));
      } catch (error) {
        // A calendar or a download is not rendered, so nothing in it can run.
        if (!/Download is starting|net::ERR_ABORTED/.test(String(error))) { console.log(`note  ${next}: ${String(error).split('\n')[0]}`); }
        visited++;
        continue;
      }
      const type = await page.evaluate(() => document.contentType).catch(() => '');
      if (/^(text\/html|application\/xhtml\+xml|image\/svg\+xml)$/.test(type)) { await interact(page, url); }
      visited++;
    }
    await context.close();
  }));
} finally {
  await browser.close().catch(() => {});
  if (server) { server.close(); }
}

let failures = 0;
const known = [...new Set([...PAYLOADS.map(([name]) => name), ...expected, ...fired.keys()])];
for (const name of known) {
  const entry = fired.get(name);
  const seen = entry ? `script ran (${[...entry.how].join(', ')}; on ${[...entry.where].slice(0, 2).join(' ')})` : 'no script ran';
  const wanted = expected.includes(name);
  const ok = wanted ? !!entry : (expected.length === 0 ? !entry : true);
  if (!ok) { failures++; }
  if (expected.length === 0 || wanted || entry) {
    console.log(`${ok ? 'ok  ' : 'FAIL'}  ${label}: ${name}: ${seen}${wanted ? ' (expected to run: the control)' : ''}`);
  }
}
for (const href of offLoopback) { console.log(`note  ${label}: refused a request off the machine: ${href}`); }
const ran = [...fired.keys()].length;
console.log(`payloads [${label}]: ${visited} pages and files opened (CSP ${bypassCSP ? 'bypassed' : 'as served'}), `
  + `${ran} marker(s) fired, ${failures} problem(s)`);
process.exit(failures === 0 && visited > 0 ? 0 : 1);
