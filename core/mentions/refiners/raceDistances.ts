// "It was a mixed 3K race … only Laura finished the 5K": running copy writes a race's distance in
// kilometres as "5K", which the scanner reads as five thousand of something, and a distance in
// metres sometimes as "5,000 m", which it reads as a count. Beside a word of running these are
// 5km and 5,000m, so either meets the other (and "10,000m" does not).
import type { RawMention } from '../scanMentions.ts';
import { UNIT_WORDS } from '../../values/units.ts';
import type { MentionRefiner } from './refiner.ts';

/** Words of running within RACE_REACH tokens of the figure. */
const RACE_WORDS = /^(?:race|races|run|runs|ran|running|runner|runners|record|records|finished|finish|mixed|parkrun|marathon|jog|jogged|sprint|event|time|pb|personal|athlete|athletics)$/;
const RACE_REACH = 4;
/** A lone "m" after a figure: metres beside a word of running. */
const METRES_TOKEN = /^m$/;
/** The shortest race distance in metres told with a spaced "m" (the 60 m indoor sprint). */
const MIN_RACE_METRES = 60;
/** The longest race told this way: a marathon is 42K. */
const MAX_RACE_KM = 42.2;

export const raceDistances: MentionRefiner = {
  name: 'raceDistances',
  refine({ text, tokens }, mentions) {
    const km = UNIT_WORDS.get('km');
    const metre = UNIT_WORDS.get('m');
    if (!km || !metre) return mentions;
    let changed = false;
    const out = mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.bound !== undefined || m.high !== undefined) return m;
      const own = text.slice(m.start, m.end);
      const k = /^(\d+(?:\.\d+)?)[kK]$/.exec(own);
      // "the new 5,000 m indoor record": a distance in metres written with a space before its "m".
      const spacedMetres = METRES_TOKEN.test(tokens[m.tokEnd]?.text ?? '') && tokens[m.tokEnd]!.spaced && Number.isInteger(m.value) && m.value >= MIN_RACE_METRES;
      if ((!k || Number(k[1]) > MAX_RACE_KM) && !spacedMetres) return m;
      if (/[£$€]/.test(text.slice(Math.max(0, m.start - 1), m.start))) return m;
      const near = tokens.slice(Math.max(0, m.tokStart - RACE_REACH), m.tokEnd + RACE_REACH).some((t) => RACE_WORDS.test(t.lower));
      if (!near) return m;
      changed = true;
      if (spacedMetres) {
        const unit = tokens[m.tokEnd]!;
        return { ...m, kind: 'quantity', end: unit.end, tokEnd: m.tokEnd + 1, unit: metre.unit, unitInfo: metre, parts: undefined };
      }
      return { ...m, kind: 'quantity', value: Number(k![1]), unit: km.unit, unitInfo: km, parts: undefined };
    });
    return changed ? out : mentions;
  },
};
