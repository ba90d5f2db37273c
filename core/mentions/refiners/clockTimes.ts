// Clock times on one 24-hour reading, so "9pm", "9 p.m.", "9.00pm" and "21:00" are the same time. "9:00"
// without am/pm stays as written: it may be morning or evening, so it never contradicts.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Time zones a clock time may name, which put it on the 24-hour clock. */
const TIME_ZONE = /\b(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|local time)\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');

export function canonicalTime(written: string): string {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?/i.exec(written.trim());
  if (!m) return written;
  let h = Number(m[1]);
  const min = m[2] ?? '00';
  const half = m[3]?.toLowerCase();
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  return `${pad(h)}:${min}`;
}

export const clockTimes: MentionRefiner = {
  name: 'clockTimes',
  refine({ text }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.date?.time === undefined) return m;
      const written = text.slice(m.start, m.end);
      const time = canonicalTime(written);
      // "9:00" with no am/pm is morning or evening; "21:00", "00:30" and "9pm" are not. Nor is a
      // time written with a leading zero or a time zone ("03:00", "3:00 GMT"): that is the 24-hour
      // clock of wire and BBC style, where three in the afternoon is "15:00".
      const hour = Number(time.slice(0, 2));
      const ambiguous = !/[ap]\.?\s*m/i.test(written) && hour >= 1 && hour <= 12 && !/^0\d/.test(written.trim()) && !TIME_ZONE.test(written);
      return { ...m, date: { ...m.date, time, ...(ambiguous ? { timeAmbiguous: true } : {}) } };
    });
  },
};
