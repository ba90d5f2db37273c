// A draft that gives both a weekday and a full calendar date states the day twice, and the
// calendar settles which is right: "Saturday, August 30, 1942" is wrong whatever any source
// says, because 30 August 1942 was a Sunday. Editors check the pair against a calendar; so do we,
// and point at the weekday, since the date is the part a reporter copies from the source.
import type { DateParts } from '../mentions/scanMentions.ts';
import { WEEKDAY_NAMES } from '../mentions/dateWords.ts';

export interface WrongWeekday {
  /** Offsets in the text of the weekday word. */
  readonly span: [number, number];
  /** The weekday the calendar gives, capitalised ("Sunday"). */
  readonly calendarDay: string;
}

/**
 * The weekday word of a mention when it disagrees with the calendar date of the same mention, or
 * null. Needs day, month and year (written, or the year of `published`); `text` is the whole text
 * and `start`/`end` the mention's offsets in it.
 */
export function wrongWeekday(p: DateParts, text: string, start: number, end: number, published?: string): WrongWeekday | null {
  if (p.weekday === undefined || p.day === undefined || p.month === undefined) return null;
  const year = p.year ?? (p.yearRel === undefined && /^\d{4}-/.test(published ?? '') ? Number(published!.slice(0, 4)) : undefined);
  if (year === undefined) return null;
  const date = new Date(Date.UTC(year, p.month - 1, p.day));
  // A date that does not exist ("31 June") is someone else's slip; say nothing about its weekday.
  if (date.getUTCMonth() !== p.month - 1) return null;
  const actual = date.getUTCDay();
  if (actual === p.weekday) return null;
  const written = WEEKDAY_NAMES[p.weekday] ?? '';
  const at = text.slice(start, end).toLowerCase().indexOf(written);
  if (at < 0) return null;
  const name = WEEKDAY_NAMES[actual] ?? '';
  return { span: [start + at, start + at + written.length], calendarDay: name.charAt(0).toUpperCase() + name.slice(1) };
}

/** What sets a weekday off after the date it names: "28 October 2005, a Friday", "on May 3 (a Tuesday)". */
const APPOSITIVE = /^\s*(?:,|\(|[–—-])\s*(?:(?:which|that)\s+was\s+)?(?:a\s+)?$/i;

/**
 * The weekday the calendar gives the full date set off right before a weekday ("setting out on 28
 * October 2005, a Friday"), or undefined when no such date stands there. The year may come from
 * `published` as wrongWeekday's does.
 */
export function weekdayOfDateBefore(text: string, date: DateParts | undefined, dateEnd: number, weekdayStart: number, published?: string): number | undefined {
  if (!date || date.day === undefined || date.month === undefined || date.weekday !== undefined) return undefined;
  const between = text.slice(dateEnd, weekdayStart);
  if (!APPOSITIVE.test(between)) return undefined;
  const year = date.year ?? (date.yearRel === undefined && /^\d{4}-/.test(published ?? '') ? Number(published!.slice(0, 4)) : undefined);
  if (year === undefined) return undefined;
  const d = new Date(Date.UTC(year, date.month - 1, date.day));
  return d.getUTCMonth() === date.month - 1 ? d.getUTCDay() : undefined;
}
