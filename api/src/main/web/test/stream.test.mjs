import assert from "node:assert/strict";
import { test } from "node:test";

/** Stands in for the browser's EventSource: records the URLs opened and lets the test send events. */
class FakeEventSource {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSED = 2;
  static opened = [];

  constructor(url) {
    this.url = url;
    this.readyState = FakeEventSource.CONNECTING;
    this.listeners = {};
    FakeEventSource.opened.push(this);
  }

  addEventListener(type, listener) {
    (this.listeners[type] ??= []).push(listener);
  }

  emit(type, event = {}) {
    for (const listener of this.listeners[type] || []) {
      listener(event);
    }
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
    this.closed = true;
  }
}
globalThis.EventSource = FakeEventSource;
const { LiveStream } = await import("../../resources/web/assets/js/stream.js");

function recorder() {
  const seen = { articles: [], retractions: [], resets: 0, status: [] };
  return {
    seen,
    handlers: {
      article: (a) => seen.articles.push(a.id),
      retraction: (id) => seen.retractions.push(id),
      reset: () => seen.resets++,
      status: (text) => seen.status.push(text),
    },
  };
}

const until = async (condition) => {
  for (let i = 0; i < 200 && !condition(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  assert.ok(condition(), "condition not reached in 1 s");
};

test("events reach their handlers; malformed ones are ignored", () => {
  FakeEventSource.opened = [];
  const { seen, handlers } = recorder();
  const stream = new LiveStream(handlers);
  stream.open({ country: "LY", track: "military" });
  const source = FakeEventSource.opened[0];
  assert.equal(source.url, "/api/stream?country=LY&track=military");
  source.emit("article", { lastEventId: "1", data: JSON.stringify({ id: "a-1", title: "t" }) });
  source.emit("article", { lastEventId: "2", data: "{not json" });
  source.emit("article", { lastEventId: "3", data: JSON.stringify({ title: "no id" }) });
  source.emit("retraction", { lastEventId: "4", data: JSON.stringify({ id: "a-0" }) });
  source.emit("reset", { lastEventId: "5", data: "" });
  assert.deepEqual(seen.articles, ["a-1"]);
  assert.deepEqual(seen.retractions, ["a-0"]);
  assert.equal(seen.resets, 1);
  assert.equal(stream.lastEventId, "5");
  stream.close();
  assert.ok(source.closed);
});

test("a stream the server closed is reopened after a pause, resuming after the last event", async () => {
  FakeEventSource.opened = [];
  const { handlers } = recorder();
  const stream = new LiveStream(handlers);
  stream.open({ country: "KE" });
  stream.backoffMs = 1;
  const first = FakeEventSource.opened[0];
  first.emit("article", { lastEventId: "41", data: JSON.stringify({ id: "a-41" }) });
  first.readyState = FakeEventSource.CLOSED;
  first.emit("error");
  await until(() => FakeEventSource.opened.length === 2);
  assert.equal(FakeEventSource.opened[1].url, "/api/stream?country=KE&lastEventId=41");
  stream.close();
});

test("a dropped stream that the browser is reconnecting is left to the browser", async () => {
  FakeEventSource.opened = [];
  const { seen, handlers } = recorder();
  const stream = new LiveStream(handlers);
  stream.open({});
  stream.backoffMs = 1;
  FakeEventSource.opened[0].emit("error");
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(FakeEventSource.opened.length, 1);
  assert.match(seen.status.at(-1), /reconnecting/);
  stream.close();
});

test("new filters start a new stream, live, without the old one's position", () => {
  FakeEventSource.opened = [];
  const { handlers } = recorder();
  const stream = new LiveStream(handlers);
  stream.open({ track: "economic" });
  FakeEventSource.opened[0].emit("article", { lastEventId: "9", data: JSON.stringify({ id: "a-9" }) });
  stream.open({ track: "political" });
  assert.ok(FakeEventSource.opened[0].closed);
  assert.equal(FakeEventSource.opened[1].url, "/api/stream?track=political");
  stream.close();
});
