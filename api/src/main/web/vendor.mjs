// Copies the third-party files the web page needs from node_modules into the jar's resources, so the
// Maven build and the page itself never need the network. Run with `npm ci && npm run vendor`; the
// copied files are committed. Versions are pinned by package.json and package-lock.json.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "resources", "web", "assets", "vendor");
mkdirSync(out, { recursive: true });

const copies = [
  ["world-atlas/countries-110m.json", "countries-110m.json"],
  ["world-atlas/LICENSE", "world-atlas.LICENSE"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client/LICENSE", "topojson-client.LICENSE"],
  ["i18n-iso-countries/LICENSE", "i18n-iso-countries.LICENSE"],
];
for (const [from, to] of copies) {
  copyFileSync(join(modules, from), join(out, to));
  console.log(`vendor/${to} <- ${from}`);
}

// world-atlas names countries by ISO 3166-1 numeric code; the API speaks alpha-2. Only the pairs
// are kept (the package's translations of country names are not needed by the page).
const codes = JSON.parse(readFileSync(join(modules, "i18n-iso-countries/codes.json"), "utf8"));
const numericToAlpha2 = {};
for (const [alpha2, , numeric] of codes) {
  numericToAlpha2[numeric] = alpha2;
}
writeFileSync(join(out, "iso3166-numeric-alpha2.json"), JSON.stringify(numericToAlpha2) + "\n");
console.log(`vendor/iso3166-numeric-alpha2.json <- i18n-iso-countries/codes.json (${codes.length} countries)`);
