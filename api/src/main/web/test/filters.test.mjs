import assert from "node:assert/strict";
import { test } from "node:test";
import { normalize, pageSearch, readFilters, sameFilters } from "../../resources/web/assets/js/filters.js";

test("filters read from the URL keep only values the API accepts", () => {
  assert.deepEqual(readFilters("?track=military&country=ly&place=2660646&talks=true&person=%20Ana%20Ruiz%20"),
    { track: "military", country: "LY", place: "2660646", talks: "true", person: "Ana Ruiz" });
  assert.deepEqual(readFilters("?track=sport&country=LBY&place=Geneva&talks=maybe&q=%20%20"), {});
});

test("the page's URL carries the filters and the open article", () => {
  assert.equal(pageSearch({ country: "KE", track: "economic" }, "a-1"), "?track=economic&country=KE&article=a-1");
  assert.equal(pageSearch({}, null), "");
  assert.deepEqual(readFilters(pageSearch({ q: "oil & gas" }, null)), { q: "oil & gas" });
});

test("two filter sets are the same when they select the same articles", () => {
  assert.ok(sameFilters(normalize({ country: "ke" }), { country: "KE" }));
  assert.ok(!sameFilters({ country: "KE" }, { country: "KE", talks: "true" }));
});
