// How a verdict is worded and cited: quotes cut around the figure, the figure with its counted
// noun, the part of a figure that differs, and the Claim built from all of it.
import type { Claim, Evidence, SupportBasis, Verdict } from '../types.ts';
import { toPublicMention } from '../mentions/findMentions.ts';
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import type { IndexData, SourceEntry } from './sourceIndex.ts';
import { PHRASE_HEAD_REACH, QUANTITY_CONCEPT_REACH, QUOTE_MAX, QUOTE_WINDOW, SHORT_PHRASE } from './tuning.ts';

export function quoteOf(text: string, sentence: { start: number; end: number }, vs: number, ve: number): { start: number; end: number; quote: string } {
  // Long sentences are cut to a window around the figure so the quote stays readable.
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > QUOTE_MAX) {
    start = Math.max(sentence.start, vs - QUOTE_WINDOW);
    end = Math.min(sentence.end, ve + QUOTE_WINDOW);
    while (start > sentence.start && /\S/.test(text[start - 1] ?? '')) start--;
    while (end < sentence.end && /\S/.test(text[end] ?? '')) end++;
  }
  return { start, end, quote: text.slice(start, end) };
}

/** The figure with its counted noun, for explanations: "45 others" rather than "45". */
export function phraseOf(text: string, a: AnalysedMention): string {
  const he = a.frame.headEnd;
  const end = he !== undefined && he > a.m.end && he - a.m.end <= PHRASE_HEAD_REACH ? he : a.m.end;
  return text.slice(a.m.start, end).replace(/\s+/g, ' ');
}

export function sourcePhrase(data: IndexData, e: SourceEntry): string {
  return phraseOf(data.sources[e.sourceIndex]?.analysis.text ?? '', e.a);
}

export function evidenceOf(data: IndexData, e: SourceEntry): Evidence {
  const src = data.sources[e.sourceIndex];
  return passageEvidence(src?.doc.id ?? '', src?.analysis.text ?? '', e.a.sentence, e.a.m.start, e.a.m.end);
}

/**
 * The evidence for the words [start, end) of a source's text, quoted within their sentence (cut
 * to a window around them when it is long): a figure, or words that state a quantity without one
 * ("a charge", "first tournament since 1978").
 */
export function passageEvidence(sourceId: string, text: string, sentence: { start: number; end: number }, start: number, end: number): Evidence & { readonly value: string } {
  const q = quoteOf(text, sentence, start, end);
  return { sourceId, start: q.start, end: q.end, quote: q.quote, value: text.slice(start, end), valueStart: start, valueEnd: end };
}

/**
 * When a draft figure differs from the source's in one written part only, the part that differs:
 * "$1.8 [million]" against "$1.8 billion", "another 30 [years]" against "30 days",
 * "[September] 2022" against "August 2022". The editor's underline then lands on the error.
 */
export function differingPart(a: AnalysedMention, s: AnalysedMention): [number, number] | null {
  const dp = a.m.parts;
  const sp = s.m.parts;
  if (dp && sp) {
    const sameNum = Math.abs(dp.numValue - sp.numValue) <= 1e-9 * Math.max(1, Math.abs(dp.numValue));
    const sameScale = dp.scaleValue === sp.scaleValue;
    const sameUnit = a.m.unit === s.m.unit;
    if (sameNum && sameScale && !sameUnit && dp.currency && a.m.kind === 'money') return dp.currency;
    if (sameNum && sameScale && !sameUnit && dp.unit) return dp.unit;
    if (sameNum && !sameScale && sameUnit && dp.scale) return dp.scale;
    if (!sameNum && sameScale && sameUnit && (dp.scale || dp.unit)) return dp.num;
    return null;
  }
  const dd = a.m.date;
  const sd = s.m.date;
  if (dd?.spans && sd && dd.month !== undefined && sd.month !== undefined) {
    const yearsAgree = dd.year === undefined || sd.year === undefined || dd.year === sd.year;
    // "Saturday, 7 February" against "Sunday, 7 February": the date is right, the weekday is not.
    if (dd.spans.weekday && dd.weekday !== undefined && sd.weekday !== undefined && dd.weekday !== sd.weekday
      && dd.month === sd.month && dd.day !== undefined && dd.day === sd.day && yearsAgree) return dd.spans.weekday;
    if (dd.month !== sd.month && yearsAgree && dd.spans.month) {
      const m = dd.spans.month;
      const d = dd.spans.day;
      return d ? [Math.min(m[0], d[0]), Math.max(m[1], d[1])] : m;
    }
    if (dd.month === sd.month && !yearsAgree && dd.spans.year) return dd.spans.year;
    if (dd.month === sd.month && yearsAgree && dd.day !== sd.day && dd.spans.day) return dd.spans.day;
  }
  return null;
}

/** "17 August last year" in a source published in 2023 names 2022: fill the year in for comparison. */
export function withResolvedYear(s: AnalysedMention, published: string | undefined): AnalysedMention {
  const d = s.m.date;
  if (!d || d.year !== undefined || d.yearRel === undefined || !published || !/^\d{4}/.test(published)) return s;
  return { ...s, m: { ...s.m, date: { ...d, year: Number(published.slice(0, 4)) + d.yearRel } } };
}

const DIMENSION_NAMES: Readonly<Record<string, string>> = {
  length: 'distance', mass: 'weight', time: 'duration', area: 'area', volume: 'volume', speed: 'speed',
  energy: 'power', temperature: 'temperature',
};

export function claimOf(draft: AnalysedText, a: AnalysedMention, verdict: Verdict, explanation: string, evidence: readonly Evidence[], published?: string, span?: [number, number] | null): Claim {
  const full = toPublicMention(draft.text, a.m, published);
  const pub = span ? { ...full, start: span[0], end: span[1], text: draft.text.slice(span[0], span[1]) } : full;
  const quantity = a.frame.concepts[0] && a.frame.concepts[0].distance <= QUANTITY_CONCEPT_REACH ? a.frame.concepts[0].concept
    : a.family.startsWith('dim:') ? DIMENSION_NAMES[a.family.slice(4)] ?? a.frame.head : a.frame.head;
  const claim: Claim & { quantity?: string; basis?: SupportBasis } = { ...pub, verdict, explanation, evidence };
  if (quantity !== undefined) claim.quantity = quantity;
  const basis = verdict === 'supported' ? supportBasis(explanation) : undefined;
  if (basis) claim.basis = basis;
  return claim;
}

/**
 * Every rule that works a figure out rather than finding it stated opens its explanation with
 * DERIVED ("Derived: 7 killed + 45 injured = 52"), and one whose operands are the draft's own
 * says so next ("Derived: the draft's own '20st' …", "from the draft's own …", "the gap between the
 * draft's own …"): the basis is read
 * from that one convention, so a new arithmetic rule is marked without a change here.
 */
const DERIVED = 'Derived:';
const FROM_DRAFT = /^Derived: (?:from |the (?:gap between|margin of|rest of) )?the draft's own\b/;

function supportBasis(explanation: string): SupportBasis | undefined {
  if (!explanation.startsWith(DERIVED)) return undefined;
  return FROM_DRAFT.test(explanation) ? 'draft' : 'derived';
}

export const short = (s: string): string => (s.length > SHORT_PHRASE ? `${s.slice(0, SHORT_PHRASE - 3)}…` : s);

export function round(v: number): string {
  const r = Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
  return r.toLocaleString('en-US');
}

/** A result as copy writes it: "48 million", not 48,000,000. */
export function compactAmount(v: number): string {
  if (Math.abs(v) >= 1e9) return `${round(v / 1e9)} billion`;
  if (Math.abs(v) >= 1e6) return `${round(v / 1e6)} million`;
  return round(v);
}

/** One entry per source passage: the same figure reached through two keys is cited once. */
export function uniqueBySource<T extends { readonly e: SourceEntry }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of list) {
    const k = `${x.e.sourceIndex}:${x.e.a.m.start}`;
    if (!seen.has(k)) { seen.add(k); out.push(x); }
  }
  return out;
}
