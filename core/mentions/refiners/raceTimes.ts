// "clocking 14:49.12 for 5,000 metres": minutes and seconds with hundredths are an elapsed time,
// the way results tables write a race, never a time of day (no clock shows hundredths). The
// scanner read "14" and "49.12" as two counts, so the source's "14 minutes, 49.12 seconds" could
// support neither. Read as one duration in minutes, it is the same figure. So is a marathon's
// "2:06:28" the source's "two hours, six minutes and 28 seconds".
import { UNIT_WORDS } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const SECOND = UNIT_WORDS.get('seconds');
const MINUTE = UNIT_WORDS.get('minutes');
const HOUR = UNIT_WORDS.get('hours');
/** Clock words before which "14:35:20" is a time of day, not an elapsed one. */
const AT_TIME = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around']);
/** A story of a race on the track: a sprint distance or seconds to the hundredth. */
const SPRINT_STORY = /\b(?:100|200|400|110)m\b|\b(?:100|200|400)\s?metres\b|\bhurdles\b|\d\.\d\d\s?(?:seconds|secs?|s)\b/i;
/** Words right before a bare sprint time: "in 9.82", "clocked 9.58", "a time of 10.00". */
const TIMED_IN = new Set(['in', 'clocked', 'clocking', 'of', 'ran', 'run', 'timed']);
/** Verbs before "at" that give a race its time, not a clock's: "timed at 1:04:40", "clocked at 2:06:12". */
const TIMED = new Set(['timed', 'clocked', 'clocking', 'finished', 'finishing']);

/**
 * "stopped the clock at 2:03:04": a time of day told to the second is a timestamp, and wire copy
 * writes its hour in two digits ("at 09:15:02"); one digit before minutes and seconds is a race's.
 */
const ONE_DIGIT_HOUR = /^\d:/;

export const raceTimes: MentionRefiner = {
  name: 'raceTimes',
  refine({ text, tokens }, mentions) {
    if (!MINUTE || !HOUR || !SECOND) return mentions;
    // A sprint's time is told in seconds to the hundredth, its unit left out: "took silver in
    // 9.82", "finished fifth in 10.00". Read so only where the text is about a race on the track
    // (a sprint distance, or seconds told elsewhere).
    const sprint = SPRINT_STORY.test(text);
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as RawMention;
      const s = mentions[k + 1];
      if (sprint && m.kind === 'count' && m.code === undefined && m.bound === undefined && m.high === undefined && /^\d{1,2}\.\d{2}$/.test(text.slice(m.start, m.end))
        && TIMED_IN.has(tokens[m.tokStart - 1]?.lower ?? '') && !/^[%\p{L}]/u.test(text.slice(m.end, m.end + 1))) {
        out.push({ ...m, kind: 'duration', unit: 'second', unitInfo: SECOND, precision: 0.01 });
        continue;
      }
      // "in 2:06:28", "(3:25:14)": hours, minutes and seconds are a marathon's time. The scanner
      // read a clock's "2:06" and a count of 28; only "at 14:35:20" keeps the clock.
      const hms = /^(\d{1,2}):(\d{2})$/.exec(text.slice(m.start, m.end));
      // A writer may close it with "seconds" ("in 1:06:19 seconds"): the unit of its last part.
      const lastPart = s && (s.kind === 'count' ? /^\d{2}$/ : /^\d{2}\s+seconds?$/i).test(text.slice(s.start, s.end));
      if (hms && m.kind === 'date' && s && (s.kind === 'count' || s.kind === 'duration') && lastPart && s.value !== null && s.value < 60 && tokens[m.tokEnd]?.text === ':'
        && !tokens[m.tokEnd]?.spaced && s.tokStart === m.tokEnd + 1 && !tokens[s.tokStart]?.spaced
        && (!AT_TIME.has(tokens[m.tokStart - 1]?.lower ?? '') || TIMED.has(tokens[m.tokStart - 2]?.lower ?? '') || ONE_DIGIT_HOUR.test(hms[0]))) {
        const value = Number(hms[1]) + Number(hms[2]) / 60 + s.value / 3600;
        out.push({ start: m.start, end: s.end, kind: 'duration', value, tokStart: m.tokStart, tokEnd: s.tokEnd, precision: 1 / 3600, unit: 'hour', unitInfo: HOUR });
        k++;
        continue;
      }
      // "second in 59:38": minutes past 23 are no time of day, so a clock's reading of them is a
      // race's minutes and seconds.
      const ms = /^(\d{2}):(\d{2})$/.exec(text.slice(m.start, m.end));
      if (ms && m.kind === 'date' && Number(ms[1]) >= 24 && Number(ms[1]) < 60 && Number(ms[2]) < 60 && tokens[m.tokEnd]?.text !== ':') {
        out.push({ start: m.start, end: m.end, kind: 'duration', value: Number(ms[1]) + Number(ms[2]) / 60, tokStart: m.tokStart, tokEnd: m.tokEnd, precision: 1 / 60, unit: 'minute', unitInfo: MINUTE });
        continue;
      }
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
