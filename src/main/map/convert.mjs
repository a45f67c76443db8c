// Converts Natural Earth's country shapes, as the world-atlas package ships them in TopoJSON, once into the SVG path
// data of the site's Asia-Pacific map: src/main/resources/net/techmonitor/site/reference/asia-pacific-map.json. The
// build reads only that file; this script is run again only to change the map's area, projection or detail:
//
//   cd src/main/map && npm ci && npm run convert
//
// What it does: takes the 1:50m countries (and, from the 1:10m file, the few countries the 1:50m one leaves out, such
// as Tuvalu), simplifies the shared borders once on the topology (so neighbours still meet), projects them with a
// Natural Earth projection centred on the region (the cut at the far side of the globe runs through the Americas, so
// Fiji and Kiribati stay whole), clips them to the map's frame, and writes one path per country, keyed by its ISO
// 3166-1 alpha-3 code as the generator's country directory has it. A country too small to see or click at the map's
// size gets a marker point too (Singapore, Tuvalu). Shapes with no ISO code (Siachen Glacier, Somaliland) are kept
// as one context path, drawn plain. The output is deterministic: the same packages give the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import countryCodes from 'i18n-iso-countries';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const output = path.resolve(here, '../resources/net/techmonitor/site/reference/asia-pacific-map.json');

/** The map's frame, in degrees: the ESCAP region from Türkiye to French Polynesia, New Zealand to northern Siberia. */
const WEST = 25, EAST = 215, SOUTH = -48, NORTH = 62;
const WIDTH = 1000;
/** The share of the topology's points kept, by importance (Visvalingam's effective area, in degrees). */
const KEEP = 0.15;
/**
 * A country whose whole shape covers fewer square units than this (Bhutan has about 110, Fiji 45) is drawn from the
 * unsimplified data, whose few points would otherwise simplify away, and gets a marker so it can be seen and clicked.
 */
const SMALL_AREA = 80;

function read(file) {
  return JSON.parse(fs.readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'));
}

const atlasVersion = JSON.parse(fs.readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
const medium = read('countries-50m.json');
const large = read('countries-10m.json');
const mediumIds = new Set(medium.objects.countries.geometries.map(g => g.id).filter(Boolean));

/** Each country simplified, and as it is: a small country's few points would simplify away (see SMALL_AREA). */
function countriesOf(topology) {
  const simplified = simplify(presimplify(topology), quantile(presimplify(topology), KEEP));
  const whole = feature(topology, topology.objects.countries).features;
  return feature(simplified, simplified.objects.countries).features.map((country, i) => ({ simplified: country, whole: whole[i] }));
}

/** One feature of several's pieces: Natural Earth gives Australia and its Ashmore and Cartier Islands one code. */
function merged(pieces) {
  const polygons = pieces.flatMap(piece => (piece.geometry.type === 'MultiPolygon' ? piece.geometry.coordinates : [piece.geometry.coordinates]));
  return { type: 'Feature', id: pieces[0].id, properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

const byId = new Map();
const unnamed = [];
for (const country of [...countriesOf(medium), ...countriesOf(large).filter(f => f.whole.id && !mediumIds.has(f.whole.id))]) {
  if (!country.whole.id) { unnamed.push(country); continue; }
  byId.set(country.whole.id, [...(byId.get(country.whole.id) || []), country]);
}
const features = [
  ...[...byId.values()].map(group => (group.length === 1 ? group[0]
    : { simplified: merged(group.map(g => g.simplified)), whole: merged(group.map(g => g.whole)) })),
  ...unnamed,
];

// The frame as a polygon, its edges cut every degree so the projection bends them as it bends the coast lines; its
// ring runs clockwise, as d3-geo reads a polygon's inside (the other way round it would be the rest of the globe).
const frame = { type: 'Polygon', coordinates: [[]] };
const lonOf = lon => (lon > 180 ? lon - 360 : lon);
for (let lon = WEST; lon <= EAST; lon++) frame.coordinates[0].push([lonOf(lon), NORTH]);
for (let lat = NORTH; lat >= SOUTH; lat--) frame.coordinates[0].push([lonOf(EAST), lat]);
for (let lon = EAST; lon >= WEST; lon--) frame.coordinates[0].push([lonOf(lon), SOUTH]);
for (let lat = SOUTH; lat <= NORTH; lat++) frame.coordinates[0].push([WEST, lat]);

const projection = geoNaturalEarth1().rotate([-(WEST + EAST) / 2, 0]);
projection.fitWidth(WIDTH, frame);
const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(frame);
const height = Math.ceil(y1 - y0);
projection.translate([projection.translate()[0] - x0, projection.translate()[1] - y0]);
// Sizes are judged on the whole country, not on what the frame leaves of it: a corner of Namibia is no small country.
const unclipped = geoPath(geoNaturalEarth1().rotate(projection.rotate()).scale(projection.scale()).translate(projection.translate()));
projection.clipExtent([[0, 0], [WIDTH, height]]);
const draw = geoPath(projection).digits(0);

/** The centre of the country's largest piece: Kiribati's marker sits on one of its islands, not in the sea between them. */
function markerOf(country) {
  const pieces = country.geometry.type === 'MultiPolygon'
    ? country.geometry.coordinates.map(coordinates => ({ type: 'Polygon', coordinates }))
    : [country.geometry];
  const largest = pieces.map(piece => ({ piece, area: draw.area(piece) })).sort((a, b) => b.area - a.area)[0].piece;
  const [x, y] = draw.centroid(largest);
  return Number.isFinite(x) ? [Math.round(x), Math.round(y)] : null;
}

/**
 * d3's path (whole units already), made shorter: repeated points and rings too small to see dropped (a country with
 * none larger keeps its largest), moves relative to the last point.
 */
function compact(d) {
  const rings = d.split('Z').filter(Boolean).map(ring => ring.replace(/^M/, '').split('L').map(point => point.split(',').map(Number)));
  const cleaned = rings.map(ring => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]))
    .filter(ring => ring.length >= 3);
  const area = ring => Math.abs(ring.reduce((sum, p, i) => { const q = ring[(i + 1) % ring.length]; return sum + p[0] * q[1] - q[0] * p[1]; }, 0) / 2);
  let kept = cleaned.filter(ring => area(ring) >= 2);
  if (kept.length === 0 && cleaned.length > 0) kept = [cleaned.sort((a, b) => area(b) - area(a))[0]];
  let out = '';
  let last = [0, 0];
  for (const ring of kept) {
    ring.forEach((p, i) => {
      const dx = p[0] - last[0], dy = p[1] - last[1];
      out += (i === 0 ? (out ? 'm' : 'M') : (i === 1 ? 'l' : ' ')) + `${dx} ${dy}`;
      last = p;
    });
    out += 'z';
    // After z the current point is the ring's first point.
    last = ring[0];
  }
  return out.replace(/ -/g, '-');
}

const countries = [];
const context = [];
for (const { simplified, whole: unsimplified } of features) {
  const small = unclipped.area(unsimplified) < SMALL_AREA;
  const country = small ? unsimplified : simplified;
  const raw = draw(country);
  if (!raw) continue;                     // wholly outside the frame
  const d = compact(raw);
  if (!d && !small) continue;             // Macao rounds to a point: it keeps its marker
  const alpha3 = country.id ? countryCodes.numericToAlpha3(country.id) : undefined;
  if (!alpha3) { if (d) context.push(d); continue; }
  const entry = { code: alpha3, path: d };
  if (small) {
    const marker = markerOf(country);
    if (marker && marker[0] >= 0 && marker[0] <= WIDTH && marker[1] >= 0 && marker[1] <= height) entry.marker = marker;
  }
  if (entry.path || entry.marker) countries.push(entry);
}
countries.sort((a, b) => a.code.localeCompare(b.code));

const map = {
  source: `Natural Earth 1:50m Admin 0 countries (1:10m for the countries the 1:50m data leaves out), version 4.1.0, as the `
    + `world-atlas package ${atlasVersion} redistributes them in TopoJSON; converted by src/main/map/convert.mjs`,
  licence: 'Natural Earth: public domain (naturalearthdata.com/about/terms-of-use). world-atlas: ISC licence, Copyright 2013-2019 Michael Bostock.',
  credit: 'Country shapes: Natural Earth (public domain).',
  projection: `Natural Earth, centred on ${(WEST + EAST) / 2}° E; frame ${WEST}° E to ${360 - EAST}° W, ${-SOUTH}° S to ${NORTH}° N`,
  width: WIDTH,
  height,
  countries,
  context: context.join(''),
};
fs.writeFileSync(output, JSON.stringify(map, null, 0).replace(/\},\{"code"/g, '},\n{"code"') + '\n');
console.log(`${path.relative(process.cwd(), output)}: ${countries.length} countries, ${fs.statSync(output).size} bytes, ${WIDTH}x${height}`);
