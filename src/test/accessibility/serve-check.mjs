// Serve check: an editor's day with the preview. Starts `serve` on a copy of the article fixture (with the
// repository's templates and assets), opens an article in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core) and saves files as an editor would, writing them in place:
//  1. an unknown country: the page reloads and shows the problems overlay with the message and the file's line,
//     over the last good build (its h1 is the last good title);
//  2. the fix: the overlay is gone;
//  3. a template syntax error: the overlay shows templates/layout.ftlh:1:; the fix removes it;
//  4. live reload: a new title, a CSS rule and a template change each reload the page by themselves.
// Usage: node serve-check.mjs <jar> <site-source> <output-folder>
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [jar, siteArgument, outputArgument] = process.argv.slice(2);
if (!jar || !siteArgument || !outputArgument) {
  console.error('usage: serve-check.mjs <jar> <site-source> <output-folder>');
  process.exit(2);
}
const site = path.resolve(siteArgument);
const WAIT_MS = 30_000;
const PAGE = '/issues/2020-q1/first-article/';
const OVERLAY = 'section[role=alert][aria-label="Build problems"]';
const started = Date.now();
// Whatever happens, the check ends: a hung preview or browser is a failure, not a hung build.
setTimeout(() => { finish(`did not finish within 300 s`); }, 300_000).unref();

let serve = null;
let serveLog = '';
let browser = null;
function stopServe() {
  if (serve && serve.exitCode === null && serve.signalCode === null) { serve.kill('SIGTERM'); }
}
process.on('exit', stopServe);
for (const signal of ['SIGINT', 'SIGTERM']) { process.on(signal, () => { stopServe(); process.exit(1); }); }

async function finish(failure) {
  if (failure) {
    console.log(`serve: FAIL ${failure}`);
    console.log('serve: the preview printed:');
    console.log(serveLog.trimEnd().split('\n').slice(-40).map(line => `    ${line}`).join('\n'));
  }
  try { if (browser) { await browser.close(); } } catch { /* closing is best effort */ }
  if (serve && serve.exitCode === null && serve.signalCode === null) {
    const exited = new Promise(resolve => serve.once('exit', resolve));
    stopServe();
    await Promise.race([exited, sleep(5000)]);
  }
  if (process.env.SERVE_PID_FILE && serve && (serve.exitCode !== null || serve.signalCode !== null)) {
    fs.rmSync(process.env.SERVE_PID_FILE, { force: true });
  }
  process.exit(failure ? 1 : 0);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  });
}

/** Starts serve and resolves with the URL of the "Serving ... at URL" line. */
function startServe(port) {
  return new Promise((resolve, reject) => {
    serve = spawn('java', ['-jar', jar, 'serve', '--source', site, '--output', path.resolve(outputArgument),
      '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    // For serve.sh's trap, should this process be killed before it can stop the preview itself.
    if (process.env.SERVE_PID_FILE) { fs.writeFileSync(process.env.SERVE_PID_FILE, `${serve.pid}\n`); }
    const timer = setTimeout(() => reject(new Error(`no "Serving" line within ${WAIT_MS / 1000} s`)), WAIT_MS * 2);
    const read = chunk => {
      serveLog += chunk;
      const match = /^Serving .* at (http:\/\/\S+)/m.exec(serveLog);
      if (match) { clearTimeout(timer); resolve(match[1].replace(/\/$/, '')); }
    };
    serve.stdout.setEncoding('utf8').on('data', read);
    serve.stderr.setEncoding('utf8').on('data', read);
    serve.on('exit', status => { clearTimeout(timer); reject(new Error(`serve exited with ${status} before serving`)); });
  });
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** What the page shows now, or null while it is navigating. */
async function state(page) {
  try {
    return await page.evaluate(selector => {
      const overlay = document.querySelector(selector);
      const h1 = document.querySelector('main h1') || document.querySelector('h1');
      return {
        marker: window.__marker === undefined ? null : window.__marker,
        ready: document.readyState,
        overlay: overlay ? overlay.textContent : null,
        h1: h1 ? h1.textContent.trim() : null,
        h1Saved: h1 ? h1.getAttribute('data-saved') : null,
        letterSpacing: h1 ? getComputedStyle(h1).letterSpacing : null,
      };
    }, OVERLAY);
  } catch {
    return null;
  }
}

/** Polls until the condition holds on the page's state for `stableMs` in a row; throws with the last state if not. */
async function waitFor(page, what, condition, stableMs = 0) {
  const deadline = Date.now() + WAIT_MS;
  let last = null;
  let since = null;
  while (Date.now() < deadline) {
    last = await state(page);
    if (last && last.ready === 'complete' && await condition(last)) {
      since = since ?? Date.now();
      if (Date.now() - since >= stableMs) { return last; }
    } else {
      since = null;
    }
    await sleep(100);
  }
  throw new Error(`${what}: not within ${WAIT_MS / 1000} s; the page showed ${JSON.stringify(last)}`);
}

let markers = 0;
/** Marks the open page, so that a reload (the marker gone) tells the live reload did its work. */
async function mark(page) {
  markers += 1;
  await page.evaluate(value => { window.__marker = value; }, markers);
}

/** Writes a file in place (truncate and write, as an editor saves), not through a renamed temporary file. */
function save(relative, text) {
  const file = path.join(site, relative);
  const descriptor = fs.openSync(file, 'r+');
  try {
    fs.ftruncateSync(descriptor, 0);
    fs.writeSync(descriptor, text, 0, 'utf8');
  } finally {
    fs.closeSync(descriptor);
  }
}
function read(relative) { return fs.readFileSync(path.join(site, relative), 'utf8'); }
function replaced(text, from, to) {
  if (!text.includes(from)) { throw new Error(`the fixture no longer contains ${JSON.stringify(from)}`); }
  return text.replace(from, to);
}

let origin;
async function problemsText() {
  const response = await fetch(`${origin}/__techmonitor/problems`, { cache: 'no-store' });
  return (await response.text()).trim();
}
/** The page reloaded, shows no overlay, and the preview reports no problems, for a second in a row. */
async function waitClean(page, what) {
  return waitFor(page, what, async s => s.marker === null && s.overlay === null && await problemsText() === '', 1000);
}

const checks = [];
function ok(what) { checks.push(what); console.log(`ok    ${what}`); }

const ARTICLE = 'content/issues/2020-q1/first-article.adoc';
const LAYOUT = 'templates/layout.ftlh';
const ARTICLE_TEMPLATE = 'templates/article.ftlh';
const CSS = 'assets/css/site.css';

try {
  const port = await freePort();
  origin = await startServe(port);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', error => pageErrors.push(error.message));
  await page.goto(origin + PAGE, { waitUntil: 'load', timeout: WAIT_MS });
  const first = await waitFor(page, 'the article opens', s => s.h1 !== null && s.overlay === null);
  if (first.h1 !== 'The first article') { throw new Error(`the article's h1 is ${JSON.stringify(first.h1)}`); }
  ok(`serve answered at ${origin} and the article opened with h1 "${first.h1}"`);
  const goodTitle = first.h1;

  // 1. An unknown country: the page reloads and shows the overlay over the last good build.
  const article = read(ARTICLE);
  await mark(page);
  save(ARTICLE, replaced(article, ':countries: Viet Nam, the Philippines', ':countries: Veit Nam, the Philippines'));
  const broken = await waitFor(page, 'the overlay after saving an unknown country',
    s => s.marker === null && s.overlay !== null && s.overlay.includes("unknown country 'Veit Nam'"));
  if (!/first-article\.adoc:\d+/.test(broken.overlay)) {
    throw new Error(`the overlay does not give first-article.adoc:<line>: ${JSON.stringify(broken.overlay)}`);
  }
  if (broken.h1 !== goodTitle) { throw new Error(`under the overlay the h1 is ${JSON.stringify(broken.h1)}, not the last good title`); }
  const where = /\S*first-article\.adoc:\d+/.exec(broken.overlay)[0];
  ok(`an unknown country reloaded the page with the overlay: unknown country 'Veit Nam' at ${where}, over the last good h1`);

  // 2. The fix removes it.
  await mark(page);
  save(ARTICLE, article);
  await waitClean(page, 'the overlay gone after the fix');
  ok('restoring the article reloaded the page without the overlay');

  // 3. A template syntax error shows the template's line; the fix removes it.
  const layout = read(LAYOUT);
  await mark(page);
  save(LAYOUT, `<#iff x>\n${layout}`);
  const template = await waitFor(page, 'the overlay after a template syntax error',
    s => s.marker === null && s.overlay !== null && s.overlay.includes('templates/layout.ftlh:1:'));
  const templateLine = /(render: )?templates\/layout\.ftlh:1:[^\n]*/.exec(template.overlay)[0];
  ok(`a template syntax error reloaded the page with the overlay: ${templateLine.slice(0, 110)}`);
  await mark(page);
  save(LAYOUT, layout);
  await waitClean(page, 'the overlay gone after the template fix');
  ok('restoring the template reloaded the page without the overlay');

  // 4. Live reload: a title, a CSS rule and a template, each without the test reloading the page.
  await mark(page);
  save(ARTICLE, replaced(article, '= The first article\n', '= The first article, reloaded\n'));
  await waitFor(page, 'the new title after saving the article', s => s.marker === null && s.h1 === 'The first article, reloaded');
  ok('saving a new title reloaded the page with the new h1');

  const before = await waitFor(page, 'the page settled', s => s.h1 !== null);
  await mark(page);
  save(CSS, `${read(CSS)}\nh1 { letter-spacing: 0.25em; }\n`);
  const styled = await waitFor(page, 'the page reloaded with the new CSS rule',
    s => s.marker === null && s.overlay === null && s.letterSpacing !== before.letterSpacing);
  ok(`saving site.css reloaded the page; h1 letter-spacing went from ${before.letterSpacing} to ${styled.letterSpacing}`);

  await mark(page);
  save(ARTICLE_TEMPLATE, replaced(read(ARTICLE_TEMPLATE), '<h1>${page.title}</h1>', '<h1 data-saved="template">${page.title}</h1>'));
  await waitFor(page, 'the page reloaded with the template change', s => s.marker === null && s.h1Saved === 'template');
  ok('saving templates/article.ftlh reloaded the page with the changed h1');

  if (pageErrors.length) { throw new Error(`the page threw: ${pageErrors.join(' | ')}`); }
  console.log(`serve: ${checks.length} checks of the preview's overlay and live reload in ${((Date.now() - started) / 1000).toFixed(1)} s, 0 problem(s)`);
  await finish(null);
} catch (error) {
  await finish(error.message);
}
