// "clocking 14:49.12 for 5,000 metres": minutes and seconds with hundredths are an elapsed time,
// the way results tables write a race, never a time of day (no clock shows hundredths). The
// scanner read "14" and "49.12" as two counts, so the source's "14 minutes, 49.12 seconds" could
// support neither. Read as one duration in minutes, it is the same figure.
import { UNIT_WORDS } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const MINUTE = UNIT_WORDS.get('minutes');

export const raceTimes: MentionRefiner = {
  name: 'raceTimes',
  refine({ text, tokens }, mentions) {
    if (!MINUTE) return mentions;
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as RawMention;
      const s = mentions[k + 1];
      const colon = tokens[m.tokEnd];
      const secs = s ? text.slice(s.start, s.end) : '';
      if (!s || m.kind !== 'count' || s.kind !== 'count' || m.value === null || s.value === null || !Number.isInteger(m.value)
        || colon?.text !== ':' || colon.spaced || s.tokStart !== m.tokEnd + 1 || tokens[s.tokStart]?.spaced
        || !/^\d{2}\.\d+$/.test(secs) || s.value >= 60) { out.push(m); continue; }
      const decimals = secs.length - secs.indexOf('.') - 1;
      const value = m.value + s.value / 60;
      out.push({
        start: m.start, end: s.end, kind: 'duration', value, tokStart: m.tokStart, tokEnd: s.tokEnd,
        precision: 10 ** -decimals / 60, unit: 'minute', unitInfo: MINUTE,
      });
      k++;
    }
    return out;
  },
};
