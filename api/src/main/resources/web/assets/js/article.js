// The article view: title and body with people, organizations and places marked from their mention
// offsets, then the evidence sentences of each track.
import { articleTime, clear, countryName, el, formatTime } from "./dom.js";
import { mentionsOf, segments } from "./highlight.js";

const KIND_LABEL = { person: "person", org: "organization", place: "place" };

/** Shows `article` in `root`. */
export function renderArticle(root, article) {
  clear(root);
  root.dataset.articleId = article.id;
  const title = article.title || "(no title)";
  root.append(
    el("h2", { id: "article-title" }, ...marked(title, mentionsOf(article, "title", title.length))),
    el("p", { class: "meta" }, ...metaParts(article)),
    legend(),
    el("div", { class: "body" }, ...marked(article.body || "", mentionsOf(article, "body", (article.body || "").length))),
    entities(article),
    evidence(article),
  );
}

/** Marks the open article as retracted (its record was deleted upstream). */
export function markRetracted(root, id) {
  if (root.dataset.articleId === id) {
    root.classList.add("retracted");
    root.prepend(el("p", { class: "notice", role: "alert" }, "This article was retracted."));
  }
}

/** A message in the view instead of an article. */
export function renderMessage(root, text) {
  clear(root);
  delete root.dataset.articleId;
  root.append(el("p", { class: "placeholder" }, text));
}

function marked(text, mentions) {
  return segments(text, mentions).map((run) => run.kind
    ? el("mark", { class: `m-${run.kind}`, title: `${KIND_LABEL[run.kind]}: ${run.name}`, "data-name": run.name },
      run.text)
    : run.text);
}

function metaParts(article) {
  const parts = [el("time", { datetime: articleTime(article) }, formatTime(articleTime(article)))];
  if (article.source) {
    parts.push(" · ", article.source);
  }
  if (article.url && /^https?:\/\//i.test(article.url)) {
    parts.push(" · ", el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank" }, "original"));
  }
  for (const code of article.countries || []) {
    parts.push(" ", el("span", { class: "tag country", title: countryName(code) }, code));
  }
  if (article.talks) {
    parts.push(" ", el("span", { class: "tag talks" }, "talks"));
  }
  return parts;
}

function legend() {
  return el("p", { class: "legend" },
    el("mark", { class: "m-person" }, "person"), " ",
    el("mark", { class: "m-org" }, "organization"), " ",
    el("mark", { class: "m-place" }, "place"));
}

function entities(article) {
  const list = el("dl", { class: "entities" });
  const groups = [
    ["People", (article.people || []).map((e) => e.role ? `${e.name} (${e.role})` : e.name)],
    ["Organizations", (article.organizations || []).map((e) => e.name)],
    ["Places", (article.locations || []).map((p) => p.countryCode ? `${p.name} (${p.countryCode})` : p.name)],
  ];
  for (const [label, names] of groups) {
    if (names.length) {
      list.append(el("dt", {}, label), el("dd", {}, names.join(", ")));
    }
  }
  return list;
}

function evidence(article) {
  const section = el("section", { class: "evidence", "aria-label": "Evidence per track" });
  const tracks = article.tracks || [];
  if (!tracks.length) {
    section.append(el("p", { class: "placeholder" }, "No track tagged."));
    return section;
  }
  for (const tag of tracks) {
    const primary = tag.track === article.primaryTrack ? " (primary)" : "";
    section.append(el("h3", { class: `track track-${tag.track}` },
      `${tag.track}${primary} · score ${Number(tag.score).toFixed(2)}`));
    const list = el("ul");
    for (const ev of tag.evidence || []) {
      const cues = (ev.cues || []).length ? el("span", { class: "cues" }, ` — ${ev.cues.join(", ")}`) : null;
      list.append(el("li", {}, el("q", {}, ev.sentence || ""), cues));
    }
    section.append(list);
  }
  return section;
}
