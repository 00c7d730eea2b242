// The world map: Natural Earth country shapes (world-atlas's countries-110m TopoJSON, decoded by
// topojson-client, both shipped in the jar) drawn as SVG paths in a plain equirectangular projection,
// countries shaded by article count, a dot per place sized by article count. No tiles, no network.
import { getJson } from "./api.js";
import { clear, countryName, svg } from "./dom.js";

const WIDTH = 960;
const NORTH = 84;
const SOUTH = -58;
const SCALE = WIDTH / 360;
const HEIGHT = Math.round((NORTH - SOUTH) * SCALE);
const MAX_DOT_RADIUS = 12;
const MIN_DOT_RADIUS = 2.5;

/** Equirectangular: x from longitude, y from latitude, rounded to 0.1 for short paths. */
export function project(lon, lat) {
  return [Math.round((lon + 180) * SCALE * 10) / 10, Math.round((NORTH - lat) * SCALE * 10) / 10];
}

export class WorldMap {
  /** @param handlers {place(place), country(code)} called when the reader picks one */
  constructor(root, handlers) {
    this.root = root;
    this.handlers = handlers;
    this.shapes = new Map();
    this.svg = svg("svg", {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "world", role: "group",
      "aria-label": "World map of the articles' places",
    });
    this.countryLayer = svg("g", { class: "countries" });
    this.dotLayer = svg("g", { class: "places" });
    this.svg.append(svg("rect", { class: "sea", x: 0, y: 0, width: WIDTH, height: HEIGHT }),
      this.countryLayer, this.dotLayer);
    root.append(this.svg);
  }

  /** Loads and draws the country shapes. */
  async load(signal) {
    const [topology, alpha2] = await Promise.all([
      getJson("/assets/vendor/countries-110m.json", {}, signal),
      getJson("/assets/vendor/iso3166-numeric-alpha2.json", {}, signal),
    ]);
    const features = globalThis.topojson.feature(topology, topology.objects.countries).features;
    for (const feature of features) {
      const code = alpha2[feature.id] || "";
      const name = feature.properties?.name || code;
      const path = svg("path", { d: pathOf(feature.geometry), class: "country", "data-country": code || null },
        svg("title", {}, code ? `${name} (${code})` : name));
      if (code) {
        path.addEventListener("click", () => this.handlers.country(code));
        this.shapes.set(code, path);
      }
      this.countryLayer.append(path);
    }
  }

  /** Shades each country by its article count (log scale, so one busy country does not wash out the rest). */
  setCountries(counts) {
    const max = Math.max(1, ...counts.map((c) => c.count));
    for (const path of this.shapes.values()) {
      path.style.removeProperty("fill");
      path.removeAttribute("data-count");
    }
    for (const { country, count } of counts) {
      const path = this.shapes.get(country);
      if (path && count > 0) {
        path.style.fill = shade(Math.log1p(count) / Math.log1p(max));
        path.setAttribute("data-count", count);
        path.firstChild.textContent = `${countryName(country)} (${country}): ${count} article${count === 1 ? "" : "s"}`;
      }
    }
  }

  /** Draws a dot per place; the largest first, so that small ones stay on top and clickable. */
  setPlaces(places) {
    clear(this.dotLayer);
    const located = places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && p.count > 0);
    const max = Math.max(1, ...located.map((p) => p.count));
    located.sort((a, b) => b.count - a.count);
    for (const place of located) {
      const [x, y] = project(place.lon, place.lat);
      const r = MIN_DOT_RADIUS + (MAX_DOT_RADIUS - MIN_DOT_RADIUS) * Math.sqrt(place.count / max);
      const label = `${place.name}${place.country ? ` (${place.country})` : ""}: ${place.count} article${place.count === 1 ? "" : "s"}`;
      const dot = svg("circle", {
        cx: x, cy: y, r: r.toFixed(1), class: "place", tabindex: 0, role: "button", "aria-label": label,
        "data-geoname-id": place.geonameId, "data-name": place.name, "data-count": place.count,
      }, svg("title", {}, label));
      dot.addEventListener("click", () => this.handlers.place(place));
      dot.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          this.handlers.place(place);
        }
      });
      this.dotLayer.append(dot);
    }
  }

  /** Outlines the country and the place the feed is filtered by. */
  highlight(filters) {
    for (const [code, path] of this.shapes) {
      path.classList.toggle("selected", code === filters.country);
    }
    for (const dot of this.dotLayer.children) {
      dot.classList.toggle("selected", dot.dataset.geonameId === filters.place);
    }
  }
}

function pathOf(geometry) {
  if (!geometry) {
    return "";
  }
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
    : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  const parts = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const lons = unwrap(ring);
      // A ring that crosses the antimeridian (Russia's Chukotka, Fiji) is drawn once more a world away;
      // the SVG viewport clips both copies to the part on the map.
      const shifts = [0];
      if (Math.max(...lons) > 180) {
        shifts.push(-360);
      }
      if (Math.min(...lons) < -180) {
        shifts.push(360);
      }
      for (const shift of shifts) {
        parts.push("M" + ring.map(([, lat], i) => project(lons[i] + shift, lat).join(",")).join("L") + "Z");
      }
    }
  }
  return parts.join("");
}

/** The ring's longitudes made continuous: a jump of more than 180 degrees is a crossing of the antimeridian. */
function unwrap(ring) {
  const lons = [];
  let offset = 0;
  for (let i = 0; i < ring.length; i++) {
    if (i > 0) {
      const step = ring[i][0] - ring[i - 1][0];
      if (step > 180) {
        offset -= 360;
      } else if (step < -180) {
        offset += 360;
      }
    }
    lons.push(ring[i][0] + offset);
  }
  return lons;
}

/** A blue from pale (t=0) to deep (t=1). */
function shade(t) {
  const from = [214, 228, 238];
  const to = [24, 86, 140];
  const mix = from.map((f, i) => Math.round(f + (to[i] - f) * t));
  return `rgb(${mix.join(",")})`;
}
