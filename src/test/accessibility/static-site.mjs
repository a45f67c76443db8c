// What the browser checks share: a built site served from its folder on loopback, as GitHub Pages serves it (a
// folder's index.html, nothing outside the folder), and the command line's "SITE PATH... -- SITE PATH..." groups.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.ics': 'text/calendar', '.png': 'image/png', '.jpg': 'image/jpeg' };

/** Serves the folder on a free loopback port; resolves with the listening server. */
export function serveFolder(root) {
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

/** "SITE PATH... -- SITE PATH...": each site folder with the paths to open in it. */
export function siteGroups(argv) {
  const groups = [];
  for (const argument of argv) {
    if (argument === '--' || groups.length === 0) { groups.push({ site: null, paths: [] }); if (argument === '--') { continue; } }
    const group = groups[groups.length - 1];
    if (group.site === null) { group.site = path.resolve(argument); } else { group.paths.push(argument); }
  }
  return groups;
}
