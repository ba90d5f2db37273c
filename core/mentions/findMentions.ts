// Public face of the mention finder: raw mentions with their date categories, never throwing.
import type { CheckOptions, DateValue, Mention } from '../types.ts';
import { tokenize } from '../text/tokenize.ts';
import { WEEKDAY_NAMES } from './dateWords.ts';
import { publicQualifier } from './qualifiers.ts';
import type { DateParts, RawMention } from './scanMentions.ts';
import { readMentions } from './configuration.ts';
import { resolveDate } from './resolveDate.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

export function dateCategory(p: DateParts, kindYear?: number): string {
  if (kindYear !== undefined) return `year:${kindYear}`;
  if (p.weekend) return 'weekend';
  if (p.weekday !== undefined && p.month === undefined) return `weekday:${WEEKDAY_NAMES[p.weekday] ?? ''}`;
  if (p.relative) return `relative:${p.relative}`;
  if (p.ago) return `relative:-${p.ago.amount} ${p.ago.unit}`;
  if (p.time) return `time:${p.time}`;
  if (p.month !== undefined) {
    if (p.year !== undefined && p.day !== undefined) return `date:${p.year}-${pad(p.month)}-${pad(p.day)}`;
    if (p.year !== undefined) return `month:${p.year}-${pad(p.month)}`;
    if (p.day !== undefined) return `day:${pad(p.month)}-${pad(p.day)}`;
    return `month:${p.month}`;
  }
  return 'date';
}

/** Converts an engine mention into the public shape (drops token indices and internals). */
export function toPublicMention(text: string, m: RawMention, published?: string): Mention {
  const out: {
    start: number; end: number; text: string; kind: Mention['kind']; value: number | null;
    high?: number; unit?: string; qualifier?: Mention['qualifier']; date?: DateValue; code?: string;
  } = { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: m.kind, value: m.value };
  if (m.high !== undefined) out.high = m.high;
  if (m.unit !== undefined) out.unit = m.unit;
  const q = publicQualifier(m.bound);
  if (q !== undefined) out.qualifier = q;
  if (m.code !== undefined) out.code = m.code;
  if (m.date || m.kind === 'year') {
    const category = dateCategory(m.date ?? {}, m.kind === 'year' && !m.date ? (m.value ?? undefined) : undefined);
    const range = m.date ? resolveDate(m.date, published) : m.kind === 'year' && m.value !== null ? { from: `${m.value}-01-01`, to: `${m.high ?? m.value}-12-31` } : null;
    out.date = range ? { category, from: range.from, to: range.to } : { category };
  }
  return out;
}

/**
 * Every numeric mention in `text`, in text order, with UTF-16 offsets into `text`. Never throws.
 * A count a noun only implies ("within a decade", "the trio") is read for checking, but it is no
 * figure the writer wrote, so it is not listed.
 */
export function findMentions(text: string, options?: CheckOptions): Mention[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const tokens = tokenize(text);
    return readMentions(text, tokens).filter((m) => !m.impliedOnly).map((m) => toPublicMention(text, m, options?.published));
  } catch {
    return [];
  }
}
