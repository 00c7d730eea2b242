// Unit tests of the page's pure modules, on node's own test runner: `npm test` (no dependency needed).
import assert from "node:assert/strict";
import { test } from "node:test";
import { mentionsOf, segments } from "../../resources/web/assets/js/highlight.js";

const body = "Ana Ruiz met the Harbour Council in Valparaiso on Monday.";
const article = {
  people: [{ name: "Ana Ruiz", mentions: [{ field: "body", start: 0, end: 8, text: "Ana Ruiz" }] }],
  organizations: [{ name: "Harbour Council", mentions: [{ field: "body", start: 17, end: 32, text: "Harbour Council" }] }],
  locations: [
    { name: "Valparaiso", geonameId: 3868626, mentions: [{ field: "body", start: 36, end: 46, text: "Valparaiso" }] },
    { name: "Harbour", mentions: [{ field: "body", start: 17, end: 24, text: "Harbour" }] },
  ],
};

test("the body's mentions come out in order as runs of plain and marked text", () => {
  const runs = segments(body, mentionsOf(article, "body", body.length));
  assert.deepEqual(runs.map((r) => [r.text, r.kind || null]), [
    ["Ana Ruiz", "person"],
    [" met the ", null],
    ["Harbour Council", "org"],
    [" in ", null],
    ["Valparaiso", "place"],
    [" on Monday.", null],
  ]);
  assert.equal(runs.map((r) => r.text).join(""), body, "nothing of the text is lost or repeated");
});

test("a mention inside a longer one, of another field or out of bounds is dropped", () => {
  const odd = {
    people: [{ name: "X", mentions: [
      { field: "title", start: 0, end: 3 },
      { field: "body", start: 50, end: 99 },
      { field: "body", start: 5, end: 2 },
    ] }],
  };
  assert.deepEqual(mentionsOf(odd, "body", body.length), []);
  const nested = mentionsOf(article, "body", body.length).filter((m) => m.start === 17);
  assert.deepEqual(nested.map((m) => m.name), ["Harbour Council"]);
});

test("text without mentions is one plain run", () => {
  assert.deepEqual(segments("plain", []), [{ text: "plain" }]);
  assert.deepEqual(segments("", []), []);
});
