// Search check: the search page of the 1,000-article synthetic site in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core). It types a query as a reader does and checks:
//  1. the results: those the Java replay of the script's rules ranks first (SearchFetch), the status line, the
//     query in the page's address;
//  2. the bytes: the index files the page fetched are exactly those the replay names, and together at most
//     100 kB gzip-compressed (compressed here with zlib, as a web server would);
//  3. the keyboard: Enter searches, "Show more results" adds ten and moves the focus to the first of them;
//     axe-core finds no WCAG 2.1 A/AA violation with results shown, at desktop and phone widths;
//  4. a shared address (?q=) shows the same results; without script the page says what to do.
// Usage: node search-check.mjs <built site> <expected.json from SearchFetch>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serveFolder } from './static-site.mjs';

const [siteArgument, expectedArgument] = process.argv.slice(2);
if (!siteArgument || !expectedArgument) {
  console.error('usage: search-check.mjs <built site> <expected.json>');
  process.exit(2);
}
const root = path.resolve(siteArgument);
const expected = JSON.parse(fs.readFileSync(expectedArgument, 'utf8'));
const LIMIT = 100_000;
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// Whatever happens, the check ends: a hung browser is a failure, not a hung build.
setTimeout(() => { console.log('search: FAIL did not finish within 120 s'); process.exit(1); }, 120_000).unref();

const server = await serveFolder(root);
const origin = `http://127.0.0.1:${server.address().port}`;

const failures = [];
function check(condition, message) {
  if (!condition) { failures.push(message); }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  // 1 and 2: type the query into a page opened afresh, as a reader does.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const fetched = [];
  page.on('response', response => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/search-index/')) {
      fetched.push(response.body().then(body => ({ path: url.pathname.substring('/search-index/'.length), status: response.status(),
        bytes: body.length, gzipBytes: zlib.gzipSync(body, { level: 6 }).length })));
    }
  });
  await page.goto(origin + '/search/', { waitUntil: 'load' });
  const input = page.locator('#search-query');
  const status = page.locator('#search [role=status]');
  await input.click();
  // Faster than the pause the script waits for, so the results follow once, when the typing stops.
  await input.pressSequentially(expected.query, { delay: 40 });
  const said = `${expected.results} results for “${expected.query}”.`;
  await status.filter({ hasText: said }).waitFor({ timeout: 20_000 }).catch(() => {});
  const statusText = (await status.textContent()) || '';
  check(statusText.startsWith(said), `status says "${statusText}", expected it to begin "${said}"`);
  const titles = await page.locator('#search ol > li h2 a').allTextContents();
  check(JSON.stringify(titles) === JSON.stringify(expected.titles),
    `results ${JSON.stringify(titles)}, expected ${JSON.stringify(expected.titles)}`);
  check(new URL(page.url()).searchParams.get('q') === expected.query, `the address keeps the query: ${page.url()}`);
  const files = await Promise.all(fetched);
  const paths = files.map(file => file.path).sort();
  const expectedPaths = expected.files.map(file => file.path).sort();
  check(JSON.stringify(paths) === JSON.stringify(expectedPaths),
    `fetched ${JSON.stringify(paths)}, expected ${JSON.stringify(expectedPaths)}`);
  check(files.every(file => file.status === 200), 'every index file fetched was served');
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  check(gzipBytes <= LIMIT, `a first search fetched ${gzipBytes} bytes compressed (at most ${LIMIT})`);
  const javaGzip = expected.files.reduce((sum, file) => sum + file.gzipBytes, 0);
  console.log(`search: "${expected.query}" fetched ${files.length} index files, ${(gzipBytes / 1000).toFixed(1)} kB gzip`
    + ` (${(bytes / 1000).toFixed(1)} kB as is; Java's gzip: ${(javaGzip / 1000).toFixed(1)} kB)`);

  // 3: the keyboard. Tab from the field reaches the button, then the first result; "Show more" moves the focus on.
  await input.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const tabbed = await page.evaluate(() => document.activeElement && document.activeElement.textContent);
  check(tabbed === expected.titles[0], `Tab, Tab from the field reaches the first result, not "${tabbed}"`);
  const more = page.locator('#search .search-more');
  if (expected.results > titles.length) {
    await more.focus();
    await page.keyboard.press('Enter');
    await page.locator('#search ol > li').nth(titles.length).waitFor({ timeout: 10_000 }).catch(() => {});
    const count = await page.locator('#search ol > li').count();
    check(count === Math.min(expected.results, 2 * titles.length), `"Show more results" shows ${count} results`);
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.textContent);
    const eleventh = await page.locator('#search ol > li h2 a').nth(titles.length).textContent();
    check(focused === eleventh, `the focus moves to the first new result ("${eleventh}"), not "${focused}"`);
  }
  // Enter searches at once, whatever was typed.
  await input.fill('');
  await input.pressSequentially('nepal', { delay: 10 });
  await page.keyboard.press('Enter');
  await status.filter({ hasText: /results? for “nepal”/ }).waitFor({ timeout: 10_000 }).catch(() => {});
  check(/results? for “nepal”/.test((await status.textContent()) || ''), 'Enter searches');
  await context.close();

  // 4: a shared address, and a reader without script.
  const shared = await browser.newContext();
  const sharedPage = await shared.newPage();
  await sharedPage.goto(origin + '/search/?q=' + encodeURIComponent(expected.query), { waitUntil: 'load' });
  await sharedPage.locator('#search [role=status]').filter({ hasText: said }).waitFor({ timeout: 10_000 }).catch(() => {});
  const sharedTitles = await sharedPage.locator('#search ol > li h2 a').allTextContents();
  check(JSON.stringify(sharedTitles) === JSON.stringify(expected.titles), `the shared address shows ${JSON.stringify(sharedTitles)}`);
  check(await sharedPage.locator('#search-query').inputValue() === expected.query, 'the shared address fills the field');
  await shared.close();
  // axe-core over the page with results and "Show more results" shown. CSP is bypassed only so the audit script can
  // be injected; every other context keeps it on, as published, so the search ran under it.
  for (const width of [1280, 360]) {
    const audit = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
    const auditPage = await audit.newPage();
    await auditPage.goto(origin + '/search/?q=' + encodeURIComponent(expected.query), { waitUntil: 'load' });
    await auditPage.locator('#search [role=status]').filter({ hasText: said }).waitFor({ timeout: 10_000 }).catch(() => {});
    await auditPage.evaluate(axeSource);
    const result = await auditPage.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    for (const violation of result.violations) {
      failures.push(`axe @${width}px: ${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes[0].target.join(' ')}`);
    }
    if (width === 360) {
      const overflow = await auditPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      check(overflow <= 1, `the results scroll sideways by ${overflow}px on a phone`);
    }
    await audit.close();
  }
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(origin + '/search/', { waitUntil: 'load' });
  const text = await plain.locator('#search').innerText();
  check(/needs JavaScript/.test(text), `without script the page says what to do: "${text.trim().slice(0, 200)}"`);
  await noScript.close();
} finally {
  await browser.close();
  server.close();
}
for (const failure of failures) { console.log(`search: FAIL ${failure}`); }
console.log(`search: ${failures.length === 0 ? 'passed' : failures.length + ' problem(s)'}`);
process.exit(failures.length === 0 ? 0 : 1);
