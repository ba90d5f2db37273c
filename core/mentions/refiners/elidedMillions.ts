// "nearly 4m views there, but a copy on Facebook has done far better, with more than 44m.": the
// second "m" is the first one's million, its noun left out. Read alone, "44m" closing a clause is
// 44 metres. A bare "Nm" (no noun after it) in a sentence that gives another figure in millions
// ("4m views") and no length in metres is read as millions too.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const SENTENCE_STOPS = /^[.!?]$/;

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
    const millions = (m: RawMention) => m.kind === 'count' && m.parts?.scale !== undefined && /\dm\b/i.test(text.slice(m.start, m.end));
    return mentions.map((m): RawMention => {
      if (m.kind !== 'quantity' || m.unit !== 'm' || m.value === null || !/\dm$/.test(text.slice(m.start, m.end))) return m;
      const next = tokens[m.tokEnd];
      if (next && next.type === 'word') return m;
      const s = sentenceOf(m.tokStart);
      const same = mentions.filter((o) => o !== m && sentenceOf(o.tokStart) === s);
      if (!same.some(millions) || same.some((o) => o.unit === 'm' && !/\dm$/.test(text.slice(o.start, o.end)))) return m;
      const { unit: _unit, unitInfo: _info, parts, ...rest } = m;
      const scaled = parts ? { num: parts.num, numValue: parts.numValue, scaleValue: 1e6, ...(parts.unit ? { scale: parts.unit } : {}) } : undefined;
      return { ...rest, kind: 'count', value: m.value * 1e6, precision: m.precision * 1e6, ...(scaled ? { parts: scaled } : {}) };
    });
  },
};
