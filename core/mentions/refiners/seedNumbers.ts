// "The number 15 seed", "the No 3 seed": tennis and snooker copy gives a seeding as "number N",
// which is the rank a draft writes "15th seed". Read as an ordinal, the two meet; read as a count
// of 15 seeds, the draft's rank found nothing to match and a wrong "16th seed" nothing against it.
// So is "seeded seven": the seventh seed, and "No. 18" where a golfer holes out: the 18th; and
// "the world No 2", a place in a ranking (isWorldRanking).
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';
import { isWorldRanking, numberSignAt } from '../seriesNouns.ts';

const SEEDS = new Set(['seed', 'seeded']);

export const seedNumbers: MentionRefiner = {
  name: 'seedNumbers',
  refine({ tokens }, mentions) {
    let changed = false;
    const out = mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || !Number.isInteger(m.value) || m.bound !== undefined || m.high !== undefined) return m;
      // "having been seeded seven in the men's event": a bare number right after "seeded" is the seed.
      const seededN = tokens[m.tokStart - 1]?.lower === 'seeded' && m.tokEnd === m.tokStart + 1 && !/^(?:seeds?|players?|times?)$/.test(tokens[m.tokEnd]?.lower ?? '');
      // "No. 4 seed", its stop a token of its own.
      const sign = numberSignAt(tokens, m.tokStart);
      const dotted = sign >= 0 && sign === m.tokStart - 2;
      const numbered = sign >= 0;
      // "world No. 1 Scottie Scheffler", "chipped in at No. 18 to get back to par": "No." and a
      // bare number name a place in a series (a ranking, a hole, a court), which a draft writes
      // "world number one" or "the 18th". Not before a plural noun, which it would count.
      const place = dotted && m.tokEnd === m.tokStart + 1 && !/^\p{Ll}+s$/u.test(tokens[m.tokEnd]?.text ?? '');
      // "The world No 2", "ranked number one": a place in a ranking, dotted or not.
      const ranking = m.tokEnd === m.tokStart + 1 && isWorldRanking(tokens, m.tokStart);
      if (!seededN && !place && !ranking && (!numbered || !SEEDS.has(tokens[m.tokEnd]?.lower ?? ''))) return m;
      changed = true;
      return { ...m, kind: 'ordinal' };
    });
    return changed ? out : mentions;
  },
};
