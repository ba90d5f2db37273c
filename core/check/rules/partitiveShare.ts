// A share from a partitive: "nearly half" where the source says "Seventeen of the 35 goals that
// Rayo have scored", "a third of the seats" where it says "eight of the council's 24 seats". The
// draft share is supported as derived when a source partitive's part over its whole lies within
// the share's rounding and qualifier, and the draft's sentence states the part or the whole too,
// or names the same noun, or shares the source's words: a share of something else is not this one.
import { wholeOfPart } from '../../frames/partitiveWhole.ts';
import { frameMatch } from '../../frames/frameOf.ts';
import { claimOf, evidenceOf, round, short } from '../explain.ts';
import { baseInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';

export const partitiveShare: VerdictRule = {
  name: 'partitiveShare',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'percent' || a.m.value === null || a.role !== undefined) return null;
    // In percent, the family's base: "nearly half" is written as a fraction of one.
    const [lo, hi] = baseInterval(a);
    const stated = new Set(draft.mentions.filter((o) => o !== a && o.sentence.start === a.sentence.start && o.family === 'count').map((o) => o.m.value));
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      for (const part of src.analysis.mentions) {
        if (part.family !== 'count' || part.m.value === null || part.m.bound !== undefined) continue;
        const whole = wholeOfPart(src.analysis.tokens, part.m.tokEnd);
        if (whole === undefined || whole <= 0 || whole < part.m.value) continue;
        const share = (part.m.value / whole) * 100;
        if (share < lo || share > hi) continue;
        // Of the same set: the draft states the part or the whole, or names the same noun
        // ("a third of the seats"), or shares the words around it.
        const fm = frameMatch(a.frame, part.frame);
        if (!stated.has(part.m.value) && !stated.has(whole) && fm.score < 2 && fm.context < 1) continue;
        const said = src.analysis.text.slice(part.m.start, part.m.end);
        return claimOf(draft, a, 'supported', `Derived: ${short(said)} of ${whole.toLocaleString('en-US')} is ${round(share)}%. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: si, a: part })], published);
      }
    }
    return null;
  },
};
