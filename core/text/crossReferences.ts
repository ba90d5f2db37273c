// Links to other stories that scraped articles keep in their text: "(Also see "Gilead CAR-T
// Joins Billion-Dollar Club As Biktarvy Sales Cross $10bn Mark" - Scrip, 2 Feb, 2023.)",
// "Read more: …", "RELATED: …". Their figures are another story's headline, not this source's
// statement, so a source's mentions inside them are set aside.

/** A parenthesis that opens with a pointer to another story, up to its closing bracket. */
const IN_BRACKETS = /\((?:also see|see also|read more|related|more on this)\b[^()]*\)/gi;

/** A line that is only a pointer to another story. */
const ON_A_LINE = /^[ \t]*(?:read more|see also|related(?: stories| articles)?|more on this story)\s*[:：][^\n]*$/gim;

/** Character spans [start, end) of the cross-references in a text. */
export function crossReferences(text: string): readonly (readonly [number, number])[] {
  const spans: [number, number][] = [];
  for (const re of [IN_BRACKETS, ON_A_LINE]) {
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
