// "the younger trio" is three of them, "the pair" two: a noun of number stands for its count of
// what the context names. Read in a source so a draft's "three younger hookers" can match it; a
// draft's "the trio" is not put to the editor (impliedOnly), as the noun states no figure the
// writer counted. Only nouns that mean nothing but their number: "a double" or "a couple" (as a
// pair of partners) also name other things. So is a hat-trick three.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const COLLECTIVE: ReadonlyMap<string, number> = new Map([
  ['duo', 2], ['pair', 2], ['trio', 3], ['quartet', 4], ['quintet', 5], ['sextet', 6],
]);

export const collectiveNumbers: MentionRefiner = {
  name: 'collectiveNumbers',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [...mentions];
    let added = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const n = t ? COLLECTIVE.get(t.lower) : undefined;
      if (!t || n === undefined) continue;
      // "a pair of shoes" counts the shoes, which another rule may read; only the people or
      // things the context already names.
      if (tokens[i + 1]?.lower === 'of') continue;
      if (out.some((m) => m.start < t.end && t.start < m.end)) continue;
      out.push({ start: t.start, end: t.end, kind: 'count', value: n, tokStart: i, tokEnd: i + 1, precision: 1, words: true, impliedOnly: true,
        parts: { num: [t.start, t.end], numValue: n, scaleValue: 1 } });
      added = true;
    }
    // "a hat-trick of tries", "completed his hat-trick": three, of whatever the context scores.
    for (let i = 0; i + 2 < tokens.length; i++) {
      const [hat, dash, trick] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
      if (hat.lower !== 'hat' || trick.lower !== 'trick' || !/^[-‑]$/.test(dash.text) || dash.spaced || trick.spaced) continue;
      if (out.some((m) => m.start < trick.end && hat.start < m.end)) continue;
      out.push({ start: hat.start, end: trick.end, kind: 'count', value: 3, tokStart: i, tokEnd: i + 3, precision: 1, words: true, impliedOnly: true,
        parts: { num: [hat.start, trick.end], numValue: 3, scaleValue: 1 } });
      added = true;
    }
    return added ? out.sort((x, y) => x.start - y.start) : mentions;
  },
};
