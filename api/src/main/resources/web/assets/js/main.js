// The page: filters in the URL, the feed (first page, "More", the live stream), the article view and the
// world map, wired together.
import { getJson, isAbort } from "./api.js";
import { markRetracted, renderArticle, renderMessage } from "./article.js";
import { clear, countryName, el } from "./dom.js";
import { Feed } from "./feed.js";
import { normalize, pageSearch, readFilters, sameFilters } from "./filters.js";
import { WorldMap } from "./map.js";
import { LiveStream } from "./stream.js";

const PAGE_SIZE = 50;
const MAP_REFRESH_MS = 5000;
const AUTOCOMPLETE_DELAY_MS = 150;

const $ = (id) => document.getElementById(id);
const form = $("filters");
const articleView = $("article");
const moreButton = $("more");
const state = {
  filters: readFilters(location.search),
  articleId: new URLSearchParams(location.search).get("article"),
  places: new Map(),
  feedRequest: null,
  articleRequest: null,
  mapTimer: 0,
  marked: new Set(),
};

const feed = new Feed($("feed"), (article) => openArticle(article.id, true));
feed.onChange = () => {
  $("feed-count").textContent = feed.full() ? `(the newest ${feed.size()} shown; filter to see older ones)`
    : `(${feed.size()} shown)`;
  moreButton.hidden = feed.moreParams() === null;
  $("feed-empty").hidden = feed.size() > 0;
};
const stream = new LiveStream({
  article(article) {
    feed.queueArticle(article);
    if (article.id === state.articleId) {
      renderArticle(articleView, article);
    }
    scheduleMapRefresh();
  },
  retraction(id) {
    feed.queueRetraction(id);
    markRetracted(articleView, id);
    scheduleMapRefresh();
  },
  reset() {
    loadFeed(false);
  },
  status,
});
const map = new WorldMap($("map"), {
  place(place) {
    state.places.set(String(place.geonameId), place.name);
    apply({ ...state.filters, place: String(place.geonameId) });
  },
  country(code) {
    apply({ ...state.filters, country: code });
  },
});

function status(text) {
  $("status").textContent = text;
}

/** Records a moment of the first load once, for the page's own timing (performance.getEntriesByName). */
function mark(name) {
  if (!state.marked.has(name)) {
    state.marked.add(name);
    performance.mark(name);
    if (state.marked.has("newsflow:feed-rendered") && state.marked.has("newsflow:map-rendered")) {
      document.documentElement.dataset.ready = "true";
    }
  }
}

/** Loads the first page for the current filters; `reopenStream` when the filters changed. */
async function loadFeed(reopenStream) {
  state.feedRequest?.abort();
  const request = new AbortController();
  state.feedRequest = request;
  feed.hold();
  if (reopenStream) {
    stream.open(state.filters);
  }
  status("loading…");
  try {
    const page = await getJson("/api/articles", { ...state.filters, limit: PAGE_SIZE }, request.signal);
    feed.reset(page.articles || [], page.next || null);
    mark("newsflow:feed-rendered");
    status("live");
  } catch (error) {
    if (!isAbort(error)) {
      status(`could not load the articles: ${error.message}`);
    }
  }
}

async function loadMore() {
  const params = feed.moreParams();
  if (!params) {
    return;
  }
  moreButton.disabled = true;
  try {
    const page = await getJson("/api/articles", { ...state.filters, ...params, limit: PAGE_SIZE });
    feed.appendPage(page.articles || [], page.next || null);
  } catch (error) {
    status(`could not load more: ${error.message}`);
  } finally {
    moreButton.disabled = false;
  }
}

async function openArticle(id, userAction) {
  state.articleRequest?.abort();
  const request = new AbortController();
  state.articleRequest = request;
  state.articleId = id;
  feed.select(id);
  if (userAction) {
    history.replaceState(null, "", location.pathname + pageSearch(state.filters, id));
  }
  try {
    renderArticle(articleView, await getJson(`/api/articles/${encodeURIComponent(id)}`, {}, request.signal));
    if (userAction) {
      articleView.focus({ preventScroll: true });
      articleView.scrollTop = 0;
    }
  } catch (error) {
    if (!isAbort(error)) {
      renderMessage(articleView, error.status === 404 ? "This article is not (or no longer) there."
        : `Could not load the article: ${error.message}`);
    }
  }
}

/** Applies a new filter set: URL, form, map outline, feed and stream. */
function apply(filters, push = true) {
  const next = normalize(filters);
  if (sameFilters(next, state.filters)) {
    return;
  }
  state.filters = next;
  if (push) {
    history.pushState(null, "", location.pathname + pageSearch(next, state.articleId));
  }
  syncForm();
  map.highlight(next);
  loadFeed(true);
}

function syncForm() {
  for (const name of ["track", "country", "person", "talks", "q"]) {
    form.elements[name].value = state.filters[name] || "";
  }
  const place = state.filters.place;
  $("place-chip").hidden = !place;
  $("place-chip-text").textContent = place ? `Place: ${state.places.get(place) || place}` : "";
}

function formFilters() {
  const values = Object.fromEntries(new FormData(form).entries());
  return { ...values, place: state.filters.place };
}

async function refreshMap() {
  try {
    const [countries, places] = await Promise.all([getJson("/api/countries"), getJson("/api/places")]);
    map.setCountries(countries.countries || []);
    map.setPlaces(places.places || []);
    for (const place of places.places || []) {
      state.places.set(String(place.geonameId), place.name);
    }
    fillCountryOptions(countries.countries || []);
    map.highlight(state.filters);
    syncForm();
    mark("newsflow:map-rendered");
  } catch (error) {
    status(`could not load the map's counts: ${error.message}`);
  }
}

function scheduleMapRefresh() {
  if (!state.mapTimer) {
    state.mapTimer = setTimeout(() => {
      state.mapTimer = 0;
      refreshMap();
    }, MAP_REFRESH_MS);
  }
}

function fillCountryOptions(counts) {
  const options = $("country-options");
  clear(options);
  for (const { country, count } of counts.slice(0, 100)) {
    options.append(el("option", { value: country }, `${countryName(country)} (${count})`));
  }
}

let autocompleteTimer = 0;
let autocompleteRequest = null;
function suggestPeople() {
  clearTimeout(autocompleteTimer);
  autocompleteTimer = setTimeout(async () => {
    const prefix = form.elements.person.value.trim();
    autocompleteRequest?.abort();
    if (prefix.length < 1) {
      return;
    }
    autocompleteRequest = new AbortController();
    try {
      const found = await getJson("/api/entities", { type: "person", prefix, limit: 10 }, autocompleteRequest.signal);
      const options = $("person-options");
      clear(options);
      for (const entity of found.entities || []) {
        options.append(el("option", { value: entity.name }, `${entity.name} (${entity.count})`));
      }
    } catch (error) {
      if (!isAbort(error)) {
        status(`could not suggest people: ${error.message}`);
      }
    }
  }, AUTOCOMPLETE_DELAY_MS);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  apply(formFilters());
});
for (const name of ["track", "talks"]) {
  form.elements[name].addEventListener("change", () => apply(formFilters()));
}
form.elements.person.addEventListener("input", suggestPeople);
$("place-clear").addEventListener("click", () => apply({ ...state.filters, place: "" }));
$("filters-clear").addEventListener("click", () => apply({}));
moreButton.addEventListener("click", loadMore);
window.addEventListener("popstate", () => {
  const params = new URLSearchParams(location.search);
  apply(readFilters(location.search), false);
  const id = params.get("article");
  if (id && id !== state.articleId) {
    openArticle(id, false);
  }
});

syncForm();
loadFeed(true);
if (state.articleId) {
  openArticle(state.articleId, false);
}
// topojson-client is a deferred classic script: it has run before module scripts (also deferred) do.
map.load().then(refreshMap, (error) => status(`could not draw the map: ${error.message}`));
