// Chart text check: opens pages with charts and maps in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core) at 360 and 1280 pixels wide and measures the text as drawn, on screen:
//  - every text of a figure (labels, figures, legend, caption) is at least 12 CSS pixels on the 360-pixel screen;
//  - the charts' labels and figures (a figure's text outside its caption) have one size on every page, at each width:
//    text drawn into a scaled SVG failed both (7 to 10 px on a phone; 21, 14 and 16 px in three charts on a desktop);
//  - each region map is drawn (as wide as the page allows), and each of its countries with figures is painted, named
//    and reachable by keyboard.
// A size is the computed font size times the scale its SVG is drawn at, so text inside an SVG counts as it is seen.
// Usage: node chart-text.mjs <site-folder> <path>... [-- <site-folder> <path>...]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveFolder, siteGroups } from './static-site.mjs';

const SMALLEST = 12;

const groups = siteGroups(process.argv.slice(2));

/** Runs in the page: each rendered text of the figures, with its size on screen and whether it is a chart's label. */
function measure() {
  const texts = [];
  for (const figure of document.querySelectorAll('main figure')) {
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || element.closest('title, desc, script, style')) { continue; }
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) { continue; }
      let size = parseFloat(getComputedStyle(element).fontSize);
      if (element instanceof SVGElement) {
        const m = element.getScreenCTM();
        size *= Math.sqrt(m.a * m.a + m.b * m.b);
      }
      texts.push({ text: node.textContent.trim().slice(0, 40), size, label: !element.closest('figcaption') });
    }
  }
  const maps = [...document.querySelectorAll('svg.region-map')].map(map => {
    const links = [...map.querySelectorAll('a[href]')];
    const problems = [];
    for (const link of links) {
      const box = link.getBoundingClientRect();
      const name = link.getAttribute('aria-label') || '';
      if (box.width === 0 || box.height === 0) { problems.push(`${name || link.getAttribute('href')}: not painted`); }
      if (!/\d/.test(name) || !link.querySelector('title')) { problems.push(`${link.getAttribute('href')}: no figures in its name and title`); }
      link.focus();
      if (document.activeElement !== link) { problems.push(`${name}: cannot be focused`); }
    }
    return { width: map.getBoundingClientRect().width, available: map.parentElement.getBoundingClientRect().width,
      links: links.length, problems };
  });
  return { texts, maps };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failures = 0;
let checked = 0;
const fail = message => { failures++; console.log(`FAIL ${message}`); };
try {
  for (const group of groups) {
    const server = await serveFolder(group.site);
    const origin = `http://127.0.0.1:${server.address().port}`;
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const labelSizes = new Map();
      for (const pagePath of group.paths) {
        const response = await page.goto(origin + pagePath, { waitUntil: 'load' });
        if (!response || response.status() !== 200) { fail(`${pagePath} @${width}px: HTTP ${response && response.status()}`); continue; }
        const { texts, maps } = await page.evaluate(measure);
        if (texts.length === 0) { fail(`${pagePath} @${width}px: no figure text to measure`); }
        for (const text of texts) {
          if (width === 360 && text.size < SMALLEST - 0.01) {
            fail(`${pagePath} @360px: "${text.text}" is ${text.size.toFixed(1)} px (at least ${SMALLEST} px)`);
          }
          if (text.label) {
            const size = text.size.toFixed(1);
            if (!labelSizes.has(size)) { labelSizes.set(size, `${pagePath}: "${text.text}"`); }
          }
        }
        for (const map of maps) {
          if (map.links === 0) { fail(`${pagePath} @${width}px: a map with no country to follow`); }
          if (map.width < Math.min(map.available, 300) - 1) { fail(`${pagePath} @${width}px: the map is ${map.width} px wide of ${map.available} px`); }
          map.problems.forEach(problem => fail(`${pagePath} @${width}px: map: ${problem}`));
        }
        checked++;
      }
      if (labelSizes.size > 1) {
        fail(`${group.site} @${width}px: chart labels in ${labelSizes.size} sizes: `
          + [...labelSizes].map(([size, where]) => `${size} px (${where})`).join(', '));
      }
      await context.close();
    }
    server.close();
  }
} finally {
  await browser.close();
}
console.log(`chart text: ${checked} page views measured, ${failures} problem(s)`);
process.exit(failures === 0 ? 0 : 1);
