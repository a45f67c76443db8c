// Accessibility check: serves built sites on loopback, opens a page of every type in headless Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core) at desktop and 360-pixel phone widths, runs axe-core
// with the WCAG 2.1 A and AA rules, and checks that nothing scrolls sideways on the phone.
// Usage: node check.mjs <site-folder> <path>... [-- <site-folder> <path>...]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.ics': 'text/calendar', '.png': 'image/png', '.jpg': 'image/jpeg' };

function serve(root) {
  const server = http.createServer((request, response) => {
    let file = path.join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (!file.startsWith(root)) { response.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) { file = path.join(file, 'index.html'); }
    if (!fs.existsSync(file)) { response.writeHead(404).end('not found'); return; }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const groups = [];
for (const argument of process.argv.slice(2)) {
  if (argument === '--' || groups.length === 0) { groups.push({ site: null, paths: [] }); if (argument === '--') { continue; } }
  const group = groups[groups.length - 1];
  if (group.site === null) { group.site = path.resolve(argument); } else { group.paths.push(argument); }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failures = 0;
let checked = 0;
try {
  for (const group of groups) {
    const server = await serve(group.site);
    const origin = `http://127.0.0.1:${server.address().port}`;
    for (const width of [1280, 360]) {
      // CSP is bypassed only so the audit script can be injected; the pages' own scripts are external anyway.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const pagePath of group.paths) {
        const response = await page.goto(origin + pagePath, { waitUntil: 'load' });
        if (!response || (response.status() !== 200 && !pagePath.endsWith('404.html'))) {
          console.log(`FAIL ${pagePath} @${width}px: HTTP ${response && response.status()}`);
          failures++;
          continue;
        }
        await page.evaluate(axeSource);
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
        for (const violation of result.violations) {
          failures++;
          console.log(`FAIL ${pagePath} @${width}px: ${violation.id} (${violation.impact}): ${violation.help}`);
          for (const node of violation.nodes.slice(0, 3)) { console.log(`     at ${node.target.join(' ')}`); }
        }
        if (width === 360) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 1) {
            failures++;
            console.log(`FAIL ${pagePath} @360px: scrolls sideways by ${overflow}px`);
          }
        }
        checked++;
      }
      await context.close();
    }
    server.close();
  }
} finally {
  await browser.close();
}
console.log(`accessibility: ${checked} page views checked with axe-core, ${failures} problem(s)`);
console.log(`${checked - Math.min(failures, checked)} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
