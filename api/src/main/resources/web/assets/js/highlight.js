// Splits a field of an article (title or body) into plain runs and tagged runs, from the mention offsets
// the tagger wrote (UTF-16 offsets into the field, as JavaScript strings count).

const KINDS = [
  ["people", "person"],
  ["organizations", "org"],
  ["locations", "place"],
];

/** The mentions of `field` as {start, end, kind, name}, sorted, overlaps dropped, bounds checked. */
export function mentionsOf(article, field, length) {
  const found = [];
  for (const [list, kind] of KINDS) {
    for (const entity of article[list] || []) {
      for (const m of entity.mentions || []) {
        if (m.field === field && Number.isInteger(m.start) && Number.isInteger(m.end)
            && m.start >= 0 && m.end <= length && m.start < m.end) {
          found.push({ start: m.start, end: m.end, kind, name: entity.name });
        }
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let reached = 0;
  for (const m of found) {
    if (m.start >= reached) {
      kept.push(m);
      reached = m.end;
    }
  }
  return kept;
}

/** The runs of `text`: {text} for plain text, {text, kind, name} for a mention. */
export function segments(text, mentions) {
  const runs = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start > at) {
      runs.push({ text: text.slice(at, m.start) });
    }
    runs.push({ text: text.slice(m.start, m.end), kind: m.kind, name: m.name });
    at = m.end;
  }
  if (at < text.length) {
    runs.push({ text: text.slice(at) });
  }
  return runs;
}
