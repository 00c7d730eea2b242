// DOM helpers. Text always goes in as text nodes (never innerHTML), so article text cannot inject markup.

const SVG_NS = "http://www.w3.org/2000/svg";

/** An element with attributes (class, data-*, aria-*, ...) and children (nodes or strings, as text). */
export function el(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element, likewise. */
export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Removes every child of a node. */
export function clear(node) {
  node.replaceChildren();
}

/** The article's time as the API orders it: published, else ingested. */
export function articleTime(article) {
  return article.publishedAt || article.ingestedAt || "";
}

const TIME_FORMAT = new Intl.DateTimeFormat("en-GB", {
  year: "numeric", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit", timeZone: "UTC",
});

/** A short UTC date and time for display, or the raw text when it is not a date. */
export function formatTime(iso) {
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? iso : TIME_FORMAT.format(when) + " UTC";
}

const REGION_NAMES = typeof Intl.DisplayNames === "function"
  ? new Intl.DisplayNames(["en"], { type: "region" }) : null;

/** The English name of an ISO 3166-1 alpha-2 code (the browser's own data, offline), else the code. */
export function countryName(code) {
  try {
    return (REGION_NAMES && REGION_NAMES.of(code)) || code;
  } catch {
    return code;
  }
}
