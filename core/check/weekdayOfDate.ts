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
  if (p.weekday === undefined) return null;
  const actual = calendarWeekday(p, published);
  if (actual === undefined || actual === p.weekday) return null;
  const written = WEEKDAY_NAMES[p.weekday] ?? '';
  const at = text.slice(start, end).toLowerCase().indexOf(written);
  if (at < 0) return null;
  return { span: [start + at, start + at + written.length], calendarDay: weekdayName(actual) };
}

/**
 * The weekday (0 for Sunday) the calendar gives a date's day, month and year (written, or the year
 * of `published`), or undefined without them. A date that does not exist ("31 June") is someone
 * else's slip and gives none.
 */
export function calendarWeekday(p: DateParts, published?: string): number | undefined {
  if (p.day === undefined || p.month === undefined) return undefined;
  const year = p.year ?? (p.yearRel === undefined && /^\d{4}-/.test(published ?? '') ? Number(published!.slice(0, 4)) : undefined);
  if (year === undefined) return undefined;
  const date = new Date(Date.UTC(year, p.month - 1, p.day));
  return date.getUTCMonth() === p.month - 1 ? date.getUTCDay() : undefined;
}

/** A weekday's name as copy writes it: 5 -> "Friday". */
export function weekdayName(day: number): string {
  const name = WEEKDAY_NAMES[day] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** What sets a weekday off after the date it names: "28 October 2005, a Friday", "on May 3 (a Tuesday)". */
const APPOSITIVE = /^\s*(?:,|\(|[–—-])\s*(?:(?:which|that)\s+was\s+)?(?:a\s+)?$/i;

/**
 * The weekday the calendar gives the full date set off right before a weekday ("setting out on 28
 * October 2005, a Friday"), or undefined when no such date stands there. The year may come from
 * `published` as wrongWeekday's does.
 */
export function weekdayOfDateBefore(text: string, date: DateParts | undefined, dateEnd: number, weekdayStart: number, published?: string): number | undefined {
  if (!date || date.weekday !== undefined || !APPOSITIVE.test(text.slice(dateEnd, weekdayStart))) return undefined;
  return calendarWeekday(date, published);
}
