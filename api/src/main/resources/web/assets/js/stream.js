// The live stream: EventSource on /api/stream with the feed's filters. The browser itself reconnects a
// dropped stream and sends Last-Event-ID; when the server refused the stream (EventSource closed, e.g. a
// 503 while the stores restore) it is reopened here, after a growing pause, with ?lastEventId= so that
// nothing in the server's replay buffer is missed.
import { url } from "./api.js";

const MAX_EVENT_BYTES = 1 << 20;
const MAX_BACKOFF_MS = 30000;

export class LiveStream {
  /** @param handlers {article(a), retraction(id), reset(), status(text)} */
  constructor(handlers) {
    this.handlers = handlers;
    this.source = null;
    this.filters = {};
    this.lastEventId = "";
    this.backoffMs = 1000;
    this.timer = 0;
  }

  /** (Re)opens the stream for these filters; a new filter set starts live, without replay. */
  open(filters) {
    this.close();
    this.filters = filters;
    this.lastEventId = "";
    this.connect();
  }

  close() {
    clearTimeout(this.timer);
    this.timer = 0;
    if (this.source) {
      this.source.close();
      this.source = null;
    }
  }

  connect() {
    const params = { ...this.filters, lastEventId: this.lastEventId || null };
    const source = new EventSource(url("/api/stream", params));
    this.source = source;
    source.addEventListener("open", () => {
      this.backoffMs = 1000;
      this.handlers.status("live");
    });
    source.addEventListener("article", (event) => {
      this.remember(event);
      const article = parse(event.data);
      if (article && typeof article.id === "string") {
        this.handlers.article(article);
      }
    });
    source.addEventListener("retraction", (event) => {
      this.remember(event);
      const retraction = parse(event.data);
      if (retraction && typeof retraction.id === "string") {
        this.handlers.retraction(retraction.id);
      }
    });
    source.addEventListener("reset", (event) => {
      this.remember(event);
      this.handlers.reset();
    });
    source.addEventListener("error", () => {
      if (source !== this.source) {
        return;
      }
      if (source.readyState === EventSource.CLOSED) {
        this.source = null;
        this.handlers.status(`stream closed; reconnecting in ${Math.round(this.backoffMs / 1000)} s`);
        this.timer = setTimeout(() => this.connect(), this.backoffMs);
        this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
      } else {
        this.handlers.status("stream interrupted; reconnecting");
      }
    });
  }

  remember(event) {
    if (event.lastEventId) {
      this.lastEventId = event.lastEventId;
    }
  }
}

function parse(data) {
  if (typeof data !== "string" || data.length > MAX_EVENT_BYTES) {
    return null;
  }
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}
