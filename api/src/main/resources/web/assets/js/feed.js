// The feed: a page of articles from GET /api/articles, more pages on demand, and the stream's changes
// applied in one batch per animation frame. At most MAX_ITEMS articles live in the DOM, so a busy stream
// or many "More" clicks cannot grow the page without bound.
import { articleTime, clear, countryName, el, formatTime } from "./dom.js";

export const MAX_ITEMS = 500;
const MAX_BATCH = 1000;

export class Feed {
  /**
   * @param list the <ol> of the items
   * @param onOpen called with an article when the reader opens it
   */
  constructor(list, onOpen) {
    this.list = list;
    this.onOpen = onOpen;
    this.nodes = new Map();
    this.pending = [];
    this.frame = 0;
    this.next = null;
    this.selected = null;
    this.ready = false;
    this.onChange = () => {};
  }

  /** Stops applying the stream until the next first page: a new filter set is loading. */
  hold() {
    this.ready = false;
    this.pending = [];
  }

  /**
   * Replaces the feed with a first page. Changes the stream sent while the page was loading were held
   * and are applied now, on top of it (an article in both is shown once, in its streamed version).
   */
  reset(articles, next) {
    this.nodes.clear();
    clear(this.list);
    this.appendPage(articles, next);
    this.ready = true;
    this.schedule();
  }

  /** Adds an older page at the end (articles already shown are skipped). */
  appendPage(articles, next) {
    const batch = document.createDocumentFragment();
    for (const article of articles) {
      if (!this.nodes.has(article.id) && this.nodes.size < MAX_ITEMS) {
        const node = this.item(article);
        this.nodes.set(article.id, node);
        batch.append(node);
      }
    }
    this.list.append(batch);
    this.next = next;
    this.onChange();
  }

  /** The query of the next older page, or null when there is none or the feed holds all it may. */
  moreParams() {
    return this.next && !this.full() ? { cursor: this.next } : null;
  }

  /** Whether the feed holds MAX_ITEMS articles: older ones are then reached by narrowing the filters. */
  full() {
    return this.nodes.size >= MAX_ITEMS;
  }

  /** Queues a streamed article (new or changed) for the next frame. */
  queueArticle(article) {
    this.enqueue({ id: article.id, article });
  }

  /** Queues a retraction for the next frame. */
  queueRetraction(id) {
    this.enqueue({ id, article: null });
  }

  enqueue(change) {
    if (this.pending.length >= MAX_BATCH) {
      this.pending.shift();
    }
    this.pending.push(change);
    this.schedule();
  }

  schedule() {
    if (this.ready && this.pending.length && !this.frame) {
      this.frame = requestAnimationFrame(() => this.flush());
    }
  }

  /** Applies the queued changes at once: changed items in place, new ones on top, retracted ones out. */
  flush() {
    this.frame = 0;
    const latest = new Map();
    for (const change of this.pending) {
      latest.delete(change.id);
      latest.set(change.id, change);
    }
    this.pending = [];
    const arrived = document.createDocumentFragment();
    for (const { id, article } of latest.values()) {
      const existing = this.nodes.get(id);
      if (!article) {
        existing?.remove();
        this.nodes.delete(id);
      } else if (existing) {
        const node = this.item(article);
        existing.replaceWith(node);
        this.nodes.set(id, node);
      } else {
        const node = this.item(article);
        node.classList.add("new");
        this.nodes.set(id, node);
        arrived.prepend(node);
      }
    }
    this.list.prepend(arrived);
    // The stream's arrivals push the oldest items out; the cursor then no longer continues the list.
    if (this.nodes.size > MAX_ITEMS) {
      this.next = null;
    }
    while (this.nodes.size > MAX_ITEMS) {
      const last = this.list.lastElementChild;
      this.nodes.delete(last.dataset.articleId);
      last.remove();
    }
    this.onChange();
  }

  /** Marks the open article in the list. */
  select(id) {
    this.selected = id;
    for (const node of this.list.querySelectorAll("[aria-current]")) {
      node.removeAttribute("aria-current");
    }
    this.nodes.get(id)?.setAttribute("aria-current", "true");
  }

  size() {
    return this.nodes.size;
  }

  item(article) {
    const time = articleTime(article);
    const open = el("button", { type: "button", class: "open" }, article.title || "(no title)");
    open.addEventListener("click", () => this.onOpen(article));
    const tags = [];
    for (const code of article.countries || []) {
      tags.push(el("span", { class: "tag country", title: countryName(code) }, code));
    }
    for (const tag of article.tracks || []) {
      tags.push(el("span", { class: `tag track track-${tag.track}` }, tag.track));
    }
    if (article.talks) {
      tags.push(el("span", { class: "tag talks" }, "talks"));
    }
    const node = el("li", { class: "item", "data-article-id": article.id, "data-time": time },
      open,
      el("div", { class: "meta" },
        el("time", { datetime: time }, formatTime(time)),
        article.source ? ` · ${article.source}` : "",
        " ", ...tags));
    if (article.id === this.selected) {
      node.setAttribute("aria-current", "true");
    }
    return node;
  }
}
