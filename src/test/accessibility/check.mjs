// Accessibility check: serves built sites on loopback, opens a page of every type in headless Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core) at desktop and 360-pixel phone widths, runs axe-core
// with the WCAG 2.1 A and AA rules, and checks that nothing scrolls sideways on the phone.
// Usage: node check.mjs <site-folder> <path>... [-- <site-folder> <path>...]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serveFolder, siteGroups } from './static-site.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const groups = siteGroups(process.argv.slice(2));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failures = 0;
let checked = 0;
try {
  for (const group of groups) {
    const server = await serveFolder(group.site);
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
