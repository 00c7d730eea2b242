// The filters of the feed: read from and written to the page's URL, so a filtered view can be shared and
// the back button works; the same names as the API's query parameters.

export const FILTER_NAMES = ["track", "country", "person", "place", "talks", "q"];
const TRACKS = new Set(["military", "political", "economic"]);

/** The filters in a URL's query string, normalized; unknown or malformed values are dropped. */
export function readFilters(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FILTER_NAMES) {
    const value = (params.get(name) || "").trim();
    if (value) {
      filters[name] = value;
    }
  }
  return normalize(filters);
}

/** Keeps only well-formed values: the API would answer 400 to the others. */
export function normalize(filters) {
  const out = {};
  if (TRACKS.has(filters.track)) {
    out.track = filters.track;
  }
  if (/^[A-Za-z]{2}$/.test(filters.country || "")) {
    out.country = filters.country.toUpperCase();
  }
  if (filters.person && filters.person.trim()) {
    out.person = filters.person.trim().slice(0, 200);
  }
  if (/^\d{1,12}$/.test(filters.place || "")) {
    out.place = filters.place;
  }
  if (filters.talks === "true" || filters.talks === "false") {
    out.talks = filters.talks;
  }
  if (filters.q && filters.q.trim()) {
    out.q = filters.q.trim().slice(0, 200);
  }
  return out;
}

/** The query string of the page for these filters and the open article (if any). */
export function pageSearch(filters, articleId) {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    if (filters[name]) {
      params.set(name, filters[name]);
    }
  }
  if (articleId) {
    params.set("article", articleId);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Whether two filter sets select the same articles. */
export function sameFilters(a, b) {
  return FILTER_NAMES.every((name) => (a[name] || "") === (b[name] || ""));
}
