// Sources are analysed once and indexed by comparison family, value and frame keys, so checking a
// draft mention looks at a handful of candidates instead of scanning every source.
import type { SourceDocument } from '../types.ts';
import { resolveDate } from '../mentions/resolveDate.ts';
import { UNITS } from '../values/numberWords.ts';
import { findPageChrome } from '../factbox/findPageChrome.ts';
import { analyseText, type AnalysedMention, type AnalysedText } from './analyseText.ts';
import { dateClass, dateKeys } from './compareDates.ts';

export interface SourceEntry {
  readonly sourceIndex: number;
  readonly a: AnalysedMention;
}

export interface IndexedSource {
  readonly doc: SourceDocument;
  readonly analysis: AnalysedText;
}

export interface IndexData {
  readonly sources: readonly IndexedSource[];
  /** family -> entries sorted by base value. */
  readonly byValue: ReadonlyMap<string, readonly SourceEntry[]>;
  /** family -> frame key -> entries. */
  readonly byKey: ReadonlyMap<string, ReadonlyMap<string, readonly SourceEntry[]>>;
  /** Categorical dates and codes, unsorted. */
  readonly dates: readonly SourceEntry[];
  /** Dates by look-up key (see dateKeys), their calendar ranges, and the distinct day words used. */
  readonly datesByKey: ReadonlyMap<string, readonly SourceEntry[]>;
  readonly dateRanges: ReadonlyMap<SourceEntry, { from: string; to: string } | null>;
  readonly dayTexts: ReadonlySet<string>;
  readonly codes: ReadonlyMap<string, readonly SourceEntry[]>;
  /** "family|digits" -> entries, for figures whose digits match but scale or unit differ. */
  readonly byDigits: ReadonlyMap<string, readonly SourceEntry[]>;
  /** Every figure's bare value (digits before scale, words, ordinals) -> first mention with it. */
  readonly bare: ReadonlyMap<number, SourceEntry>;
  /** Where sources say "previous", "earlier" …, for "the second strike" read as one before it. */
  readonly previous: readonly { sourceIndex: number; token: number }[];
  /** Per source, lower-cased text for phrase look-ups ("previous attack"). */
}

/** Opaque handle on analysed sources; build with createSourceIndex. */
export interface SourceIndex {
  readonly sourceIds: readonly string[];
}

const PREVIOUS = new Set(['previous', 'earlier', 'prior', 'preceding', 'last']);

const DATA = new WeakMap<SourceIndex, IndexData>();

export function indexData(index: SourceIndex): IndexData | undefined {
  return DATA.get(index);
}

/** Keys a frame is filed under: its primary concept, its head noun and its near words. */
export function frameKeys(a: AnalysedMention): string[] {
  const keys: string[] = [];
  const p = a.frame.concepts[0];
  if (p && p.distance <= 8) keys.push(`c:${p.concept}`);
  if (a.frame.head !== undefined) keys.push(`h:${a.frame.head}`);
  for (const w of a.frame.near) keys.push(`n:${w}`);
  return keys;
}

export function normaliseCode(code: string): string {
  // A number word closing a name is its number: "par-five" is "par-5".
  return code.toLowerCase().replace(CLOSING_NUMBER_WORD, (_, sep: string, w: string) => `${sep}${UNITS[w] ?? w}`).replace(/[\s‑–-]/g, '');
}

/** A number word up to nineteen closing a name, as a word of its own ("par-five", "Apollo Eleven"). */
const CLOSING_NUMBER_WORD = new RegExp(`(^|[\\s‑–-])(${Object.keys(UNITS).filter((w) => w !== 'nil').sort((x, y) => y.length - x.length).join('|')})$`);

/**
 * A page's time stamp states no time of the story: in "31 March 2014 Last updated at 12:30 BST"
 * 12:30 is when the page changed. Its clock times are left out of what a source states, so no
 * draft figure (an interview "broadcast at 12:30") is supported or contradicted by them. The
 * stamp's date stays: it is the day the story was filed. Other furniture stays too:
 * a match feed's "Goal! Belgium 0, Italy 2" is machine copy, but its scores and minutes are the
 * match's (on xsumfaith-dev, leaving the whole feed out cost four correct summaries their support).
 */
const TIME_STAMP = /\b(?:Last updated at|PUBLISHED|UPDATED)\b/;

function withoutPageChrome(analysis: AnalysedText): AnalysedText {
  // Most sources carry no stamp: only those are searched for the page's furniture.
  if (!TIME_STAMP.test(analysis.text)) return analysis;
  const chrome = findPageChrome(analysis.text).filter((c) => TIME_STAMP.test(analysis.text.slice(c.start, c.end)));
  if (chrome.length === 0) return analysis;
  const inChrome = (a: AnalysedMention) => a.m.date?.time !== undefined && chrome.some((c) => a.m.start >= c.start && a.m.end <= c.end);
  return { ...analysis, mentions: analysis.mentions.filter((a) => !inChrome(a)) };
}

export function createSourceIndex(sources: readonly SourceDocument[]): SourceIndex {
  const list: IndexedSource[] = [];
  const byValue = new Map<string, SourceEntry[]>();
  const byKey = new Map<string, Map<string, SourceEntry[]>>();
  const dates: SourceEntry[] = [];
  const datesByKey = new Map<string, SourceEntry[]>();
  const dateRanges = new Map<SourceEntry, { from: string; to: string } | null>();
  const dayTexts = new Set<string>();
  const codes = new Map<string, SourceEntry[]>();
  const byDigits = new Map<string, SourceEntry[]>();
  const bare = new Map<number, SourceEntry>();
  const previous: { sourceIndex: number; token: number }[] = [];
  const safe = Array.isArray(sources) ? sources : [];
  for (const doc of safe) {
    if (!doc || typeof doc.text !== 'string') continue;
    let analysis: AnalysedText;
    try {
      analysis = withoutPageChrome(analyseText(doc.text, true));
    } catch {
      continue;
    }
    const sourceIndex = list.length;
    list.push({ doc: { ...doc, id: String(doc.id ?? sourceIndex) }, analysis });
    analysis.tokens.forEach((t, token) => { if (PREVIOUS.has(t.lower)) previous.push({ sourceIndex, token }); });
    for (const a of analysis.mentions) {
      const e: SourceEntry = { sourceIndex, a };
      for (const v of [a.m.parts?.numValue, a.m.value, a.m.high]) if (typeof v === 'number' && !bare.has(v)) bare.set(v, e);
      if (a.family === 'date') {
        dates.push(e);
        const parts = a.m.date ?? {};
        const range = resolveDate(parts, doc.published);
        dateRanges.set(e, range);
        for (const k of dateKeys(parts, range)) {
          const l = datesByKey.get(k) ?? [];
          l.push(e);
          datesByKey.set(k, l);
        }
        if (dateClass(parts) === 'day') dayTexts.add(analysis.text.slice(a.m.start, a.m.end).toLowerCase());
        let fk = byKey.get('date');
        if (!fk) { fk = new Map(); byKey.set('date', fk); }
        for (const k of frameKeys(a)) {
          const l = fk.get(k) ?? [];
          l.push(e);
          fk.set(k, l);
        }
        continue;
      }
      if (a.family === 'code') {
        const k = normaliseCode(a.m.code ?? '');
        const arr = codes.get(k) ?? [];
        arr.push(e);
        codes.set(k, arr);
        continue;
      }
      if (a.base === null) continue;
      if (a.m.parts && (a.m.parts.scale || a.m.parts.unit || a.m.parts.currency)) {
        const keys = [`${a.family}|${a.m.parts.numValue}`];
        if (a.m.kind === 'money') keys.push(`money|${a.m.parts.numValue}`);
        for (const dk of keys) {
          const dl = byDigits.get(dk) ?? [];
          dl.push(e);
          byDigits.set(dk, dl);
        }
      }
      const families = [a.family];
      // Four-digit figures are read as years or counts by context; file them under both so a
      // misreading on either side cannot produce a false flag.
      if ((a.family === 'year' || a.family === 'count') && Number.isInteger(a.base) && a.base >= 1800 && a.base <= 2100 && a.m.high === undefined) {
        families.push(a.family === 'year' ? 'count' : 'year');
      }
      for (const family of families) {
        const arr = byValue.get(family) ?? [];
        arr.push(e);
        byValue.set(family, arr);
        let fk = byKey.get(family);
        if (!fk) { fk = new Map(); byKey.set(family, fk); }
        for (const k of frameKeys(a)) {
          const list2 = fk.get(k) ?? [];
          list2.push(e);
          fk.set(k, list2);
        }
      }
    }
  }
  for (const arr of byValue.values()) arr.sort((x, y) => (x.a.base ?? 0) - (y.a.base ?? 0));
  const index: SourceIndex = Object.freeze({ sourceIds: list.map((s) => s.doc.id) });
  DATA.set(index, { sources: list, byValue, byKey, dates, datesByKey, dateRanges, dayTexts, codes, byDigits, bare, previous });
  return index;
}

/** Entries of a family whose base value lies in [lo, hi]; at most `cap` of them. */
export function entriesInRange(data: IndexData, family: string, lo: number, hi: number, cap = 400): SourceEntry[] {
  const arr = data.byValue.get(family);
  if (!arr || arr.length === 0) return [];
  let a = 0;
  let b = arr.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((arr[mid]?.a.base ?? 0) < lo) a = mid + 1; else b = mid;
  }
  const out: SourceEntry[] = [];
  for (let i = a; i < arr.length && out.length < cap; i++) {
    const e = arr[i];
    if (!e || (e.a.base ?? 0) > hi) break;
    out.push(e);
  }
  return out;
}
