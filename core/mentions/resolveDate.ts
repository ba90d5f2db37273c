// Anchors relative dates ("on Monday", "last November", "two days ago") to the calendar when the
// document's publication date is known. Without one the checker compares categories instead.
import type { DateParts } from './scanMentions.ts';

const DAY_MS = 86_400_000;

function parseIso(iso: string | undefined): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);
const monthEnd = (y: number, m: number): Date => new Date(Date.UTC(y, m, 0));

/** Calendar range a date mention names, or null when it cannot be placed. */
export function resolveDate(p: DateParts, published?: string): { from: string; to: string } | null {
  const anchor = parseIso(published);
  if (p.month !== undefined && p.year !== undefined) {
    if (p.day !== undefined) {
      const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
      return { from: iso(d), to: iso(d) };
    }
    return { from: iso(new Date(Date.UTC(p.year, p.month - 1, 1))), to: iso(monthEnd(p.year, p.month)) };
  }
  if (!anchor) return null;
  const ay = anchor.getUTCFullYear();
  if (p.month !== undefined && p.yearRel !== undefined) {
    const y = ay + p.yearRel;
    if (p.day !== undefined) {
      const d = new Date(Date.UTC(y, p.month - 1, p.day));
      return { from: iso(d), to: iso(d) };
    }
    return { from: iso(new Date(Date.UTC(y, p.month - 1, 1))), to: iso(monthEnd(y, p.month)) };
  }
  if (p.month !== undefined) {
    // News reads a bare month as the most recent one: "last November" and "in November" alike,
    // unless "next" says otherwise.
    let y = ay;
    const am = anchor.getUTCMonth() + 1;
    if (p.rel === 'next') y = p.month > am ? ay : ay + 1;
    else if (p.rel === 'last') y = p.month < am ? ay : ay - 1;
    else if (p.month > am) y = ay - 1;
    if (p.day !== undefined) {
      const d = new Date(Date.UTC(y, p.month - 1, p.day));
      return { from: iso(d), to: iso(d) };
    }
    return { from: iso(new Date(Date.UTC(y, p.month - 1, 1))), to: iso(monthEnd(y, p.month)) };
  }
  if (p.weekend) {
    // The most recent Saturday–Sunday on or before the anchor ("next weekend" the coming one).
    const dow = anchor.getUTCDay();
    let sat = addDays(anchor, -((dow + 1) % 7));
    if (p.rel === 'next') sat = addDays(sat, 7);
    return { from: iso(sat), to: iso(addDays(sat, 1)) };
  }
  if (p.weekday !== undefined) {
    const dow = anchor.getUTCDay();
    let back = (dow - p.weekday + 7) % 7;
    if (p.rel === 'last' && back === 0) back = 7;
    const d = p.rel === 'next' ? addDays(anchor, ((p.weekday - dow + 7) % 7) || 7) : addDays(anchor, -back);
    return { from: iso(d), to: iso(d) };
  }
  if (p.relative) {
    const r = p.relative;
    if (r === 'yesterday' || r === 'last-night') { const d = addDays(anchor, -1); return { from: iso(d), to: iso(d) }; }
    if (r === 'today' || r === 'tonight' || r === 'this-morning') return { from: iso(anchor), to: iso(anchor) };
    if (r === 'tomorrow') { const d = addDays(anchor, 1); return { from: iso(d), to: iso(d) }; }
    if (r === 'last-week') return { from: iso(addDays(anchor, -13)), to: iso(addDays(anchor, -1)) };
    if (r === 'this-week') return { from: iso(addDays(anchor, -6)), to: iso(addDays(anchor, 6)) };
    if (r === 'last-month') { const y = anchor.getUTCMonth() === 0 ? ay - 1 : ay; const m = anchor.getUTCMonth() === 0 ? 12 : anchor.getUTCMonth(); return { from: `${y}-${String(m).padStart(2, '0')}-01`, to: iso(monthEnd(y, m)) }; }
    if (r === 'last-year') return { from: `${ay - 1}-01-01`, to: `${ay - 1}-12-31` };
    if (r === 'this-year') return { from: `${ay}-01-01`, to: `${ay}-12-31` };
    return null;
  }
  if (p.ago) {
    const per: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25, hour: 1 / 24, minute: 0 };
    const days = Math.round(p.ago.amount * (per[p.ago.unit] ?? 0));
    const d = addDays(anchor, -days);
    const slack = p.ago.unit === 'year' ? 183 : p.ago.unit === 'month' ? 15 : p.ago.unit === 'week' ? 3 : 0;
    return { from: iso(addDays(d, -slack)), to: iso(addDays(d, slack)) };
  }
  return null;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Fri 20 Nov 2026", "14–15 Nov 2026", "28 Nov – 3 Dec 2026": a resolved range as an editor reads it. */
export function formatRange(range: { from: string; to: string }): string {
  const from = parseIso(range.from);
  const to = parseIso(range.to);
  if (!from || !to) return `${range.from} – ${range.to}`;
  const day = (d: Date) => `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`;
  const [fy, ty] = [from.getUTCFullYear(), to.getUTCFullYear()];
  if (range.from === range.to) return `${WEEKDAY_NAMES[from.getUTCDay()]} ${day(from)} ${fy}`;
  if (fy === ty && from.getUTCMonth() === to.getUTCMonth()) return `${from.getUTCDate()}–${day(to)} ${fy}`;
  if (fy === ty) return `${day(from)} – ${day(to)} ${fy}`;
  return `${day(from)} ${fy} – ${day(to)} ${ty}`;
}
