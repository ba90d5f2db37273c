// "Seven years and six months" is one sentence of seven and a half years, as court copy writes
// it; the scanner reads two durations, so a draft's "seven and a half years" met only "six
// months" and was contradicted. A duration followed by "and" (or a comma) and a duration in a
// smaller unit of time is one duration, in the first one's unit; so is a race time written with
// nothing between its minutes and seconds ("14 minutes 49.12 seconds", "2 hours 15 minutes").
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

export const compoundDurations: MentionRefiner = {
  name: 'compoundDurations',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as RawMention;
      const next = mentions[k + 1];
      const joint = tokens[m.tokEnd]?.lower;
      const big = m.unitInfo;
      const small = next?.unitInfo;
      if (next && m.kind === 'duration' && next.kind === 'duration' && big && small && m.value !== null && next.value !== null
        && m.high === undefined && next.high === undefined && next.bound === undefined && small.factor < big.factor
        && (((joint === 'and' || joint === ',') && next.tokStart === m.tokEnd + 1) || (next.tokStart === m.tokEnd && small.factor * 60 === big.factor))) {
        const ratio = small.factor / big.factor;
        const value = m.value + next.value * ratio;
        out.push({ ...m, end: next.end, tokEnd: next.tokEnd, value, precision: next.precision * ratio, parts: undefined });
        k++;
        continue;
      }
      out.push(m);
    }
    return out;
  },
};
