// "nearly 4m views there, but a copy on Facebook has done far better, with more than 44m.": the
// second "m" is the first one's million, its noun left out. Read alone, "44m" closing a clause is
// 44 metres. A bare "Nm" (no noun after it) in a sentence that gives another figure in millions
// ("4m views", "1.2 billion") and no length in metres is read as millions too, and so is one a
// preposition follows ("shipments exceeded 375m in Q4 2014, with an annual total of 1.2bn").
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const SENTENCE_STOPS = /^[.!?]$/;
/** Words that may follow an elided million without naming what it counts. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'for', 'with', 'on', 'at', 'to', 'from', 'during', 'over', 'last', 'this', 'a']);

export const elidedMillions: MentionRefiner = {
  name: 'elidedMillions',
  refine({ text, tokens }, mentions) {
    if (!mentions.some((m) => m.unit === 'm')) return mentions;
    // Each token's sentence number, counted once: the rule runs on every source of an index.
    const sentenceAt: number[] = [];
    let n = 0;
    for (const t of tokens) {
      sentenceAt.push(n);
      if (SENTENCE_STOPS.test(t.text)) n++;
    }
    const sentenceOf = (tok: number): number => sentenceAt[tok] ?? n;
    const millions = (m: RawMention) => m.kind === 'count' && m.parts?.scale !== undefined && m.parts.scaleValue >= 1e6;
    return mentions.map((m): RawMention => {
      if (m.kind !== 'quantity' || m.unit !== 'm' || m.value === null || !/\dm$/.test(text.slice(m.start, m.end))) return m;
      // A noun after it names what it measures; a preposition does not ("exceeded 375m in Q4").
      const next = tokens[m.tokEnd];
      // Nor one a time follows ("ran 100m in 9.58 seconds"): the distance of a race.
      if (next && next.type === 'word' && (!PREPOSITIONS.has(next.text.toLowerCase()) || tokens[m.tokEnd + 1]?.type === 'num')) return m;
      const s = sentenceOf(m.tokStart);
      const same = mentions.filter((o) => o !== m && sentenceOf(o.tokStart) === s);
      if (!same.some(millions) || same.some((o) => o.unit === 'm' && !/\dm$/.test(text.slice(o.start, o.end)))) return m;
      const { unit: _unit, unitInfo: _info, parts, ...rest } = m;
      const scaled = parts ? { num: parts.num, numValue: parts.numValue, scaleValue: 1e6, ...(parts.unit ? { scale: parts.unit } : {}) } : undefined;
      return { ...rest, kind: 'count', value: m.value * 1e6, precision: m.precision * 1e6, ...(scaled ? { parts: scaled } : {}) };
    });
  },
};
