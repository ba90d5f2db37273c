// "his record at the tournament now stands at 112 wins and three defeats": a record told in words
// is the pair sports copy writes "112-3". Read as that score, so the two forms compare; read as
// two counts, "112 wins" meets nothing and "three defeats" only a coincidence.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Nouns of a record's first side, and of its second. */
const WINS = /^(?:wins|victories|won)$/;
const LOSSES = /^(?:defeats|losses|lost)$/;

export const winLossRecords: MentionRefiner = {
  name: 'winLossRecords',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as RawMention;
      const w = mentions[k + 1];
      const ok = w !== undefined && m.kind === 'count' && w.kind === 'count' && m.value !== null && w.value !== null && m.bound === undefined && w.bound === undefined
        && m.high === undefined && w.high === undefined && Number.isInteger(m.value) && Number.isInteger(w.value)
        && WINS.test(tokens[m.tokEnd]?.lower ?? '') && tokens[m.tokEnd + 1]?.lower === 'and' && w.tokStart === m.tokEnd + 2 && LOSSES.test(tokens[w.tokEnd]?.lower ?? '');
      if (!ok) { out.push(m); continue; }
      const end = tokens[w.tokEnd]!;
      out.push({ ...m, end: end.end, tokEnd: w.tokEnd + 1, kind: 'score', value: m.value!, high: w.value!, precision: 1 });
      k++;
    }
    return out;
  },
};
