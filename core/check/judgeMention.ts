// The verdict for one draft mention. Precision first: a figure is only called contradicted when a
// source states the same quantity (a strong frame match) with an incompatible value; a figure the
// sources never give is unsupported; anything a source states compatibly is supported.
import type { Claim, Evidence, Verdict } from '../types.ts';
import { frameMatch, frameScore } from '../frames/frameOf.ts';
import { EVENT_CONCEPTS, conceptOf, stem } from '../frames/lexicon.ts';
import { toPublicMention } from '../mentions/findMentions.ts';
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { entriesInRange, frameKeys, normaliseCode, type IndexData, type SourceEntry } from './sourceIndex.ts';
import { compareDates, dateClass, dateKeys } from './compareDates.ts';
import { formatRange, resolveDate } from '../mentions/resolveDate.ts';

/** Frame score from which two mentions are taken to count the same thing. */
export const STRONG = 3;
/**
 * Lowest frame score at which the draft's own figure in the source still counts as support.
 * Precision first: the same figure for what reads as another quantity is not flagged red, but
 * its explanation says so ("may count something else").
 */
const WEAK_MIN = Number.NEGATIVE_INFINITY;
/** Context-word keys filed under more figures than this are skipped when gathering candidates. */
const GENERIC_KEY = 120;

type Relation = 'entails' | 'overlaps' | 'disjoint';

interface Scored {
  readonly e: SourceEntry;
  readonly score: number;
  readonly context: number;
  readonly subset?: boolean;
  readonly rel: Relation;
  /** The source figure lies within the draft's rounding of its own value (ignoring any bound). */
  readonly close: boolean;
}

const INF = Number.POSITIVE_INFINITY;

/** The interval a draft figure claims, in its own units, widened by the writer's rounding. */
function draftInterval(a: AnalysedMention): [number, number] {
  const m = a.m;
  const v = m.value ?? 0;
  const hi = m.high ?? v;
  const half = m.precision / 2;
  const exactTol = Math.min(half, Math.abs(v) * 0.05) + 1e-9;
  switch (m.bound) {
    case 'more-than':
    case 'at-least': return [v - 1e-9, INF];
    case 'less-than':
    case 'at-most': return [-INF, hi + exactTol];
    case 'nearly': return [v * 0.85, hi + exactTol];
    case 'approximately': {
      // "about 1,300" spans 1,250–1,350; "around 871" is precise to the unit, hedge or not.
      const p = approxPrecision(m.precision, v);
      return [v - p / 2 - 1e-9, hi + approxPrecision(m.precision, hi) / 2 + 1e-9];
    }
    default: return [v - exactTol, hi + Math.min(half, Math.abs(hi) * 0.05) + 1e-9];
  }
}

/** Rounding unit of a hedged figure: "about 20" is rounded to tens even below 100. */
function approxPrecision(precision: number, v: number): number {
  if (precision === 1 && Number.isInteger(v) && v >= 10 && v % 10 === 0) return 10;
  return precision;
}

/** The draft figure's own value with its rounding or hedge tolerance, ignoring bounds. */
function nearInterval(a: AnalysedMention): [number, number] {
  const v = a.m.value ?? 0;
  const hi = a.m.high ?? v;
  const t = a.m.bound === undefined || a.m.bound === 'exactly' ? Math.min(a.m.precision / 2, Math.abs(v) * 0.05) : approxPrecision(a.m.precision, v) / 2;
  return [v - t - 1e-9, hi + t + 1e-9];
}

/** The interval a source figure establishes, converted into the draft mention's units. */
function sourceInterval(s: AnalysedMention, d: AnalysedMention): [number, number] {
  const v = inDraftUnits(s.base ?? 0, d);
  const hi = inDraftUnits(s.baseHigh ?? s.base ?? 0, d);
  switch (s.m.bound) {
    case 'more-than':
    case 'at-least': return [v, INF];
    case 'less-than':
    case 'at-most': return [-INF, hi];
    default: return [v, hi];
  }
}

/** A base-unit value expressed in the draft mention's own unit. */
function inDraftUnits(base: number, d: AnalysedMention): number {
  return (base - d.offset) / d.factor;
}

function relate(d: [number, number], s: [number, number]): Relation {
  if (s[0] >= d[0] && s[1] <= d[1]) return 'entails';
  if (s[1] < d[0] || s[0] > d[1]) return 'disjoint';
  return 'overlaps';
}

function scoreRelation(d: AnalysedMention, s: AnalysedMention): Relation {
  if (d.m.kind === 'score' || s.m.kind === 'score') {
    return d.m.value === s.m.value && d.m.high === s.m.high ? 'entails' : 'disjoint';
  }
  return relate(draftInterval(d), sourceInterval(s, d));
}

function quoteOf(text: string, sentence: { start: number; end: number }, vs: number, ve: number): { start: number; end: number; quote: string } {
  // Long sentences are cut to a window around the figure so the quote stays readable.
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > 320) {
    start = Math.max(sentence.start, vs - 150);
    end = Math.min(sentence.end, ve + 150);
    while (start > sentence.start && /\S/.test(text[start - 1] ?? '')) start--;
    while (end < sentence.end && /\S/.test(text[end] ?? '')) end++;
  }
  return { start, end, quote: text.slice(start, end) };
}

/** The figure with its counted noun, for explanations: "45 others" rather than "45". */
function phraseOf(text: string, a: AnalysedMention): string {
  const he = a.frame.headEnd;
  const end = he !== undefined && he > a.m.end && he - a.m.end <= 30 ? he : a.m.end;
  return text.slice(a.m.start, end).replace(/\s+/g, ' ');
}

function sourcePhrase(data: IndexData, e: SourceEntry): string {
  return phraseOf(data.sources[e.sourceIndex]?.analysis.text ?? '', e.a);
}

export function evidenceOf(data: IndexData, e: SourceEntry): Evidence {
  const src = data.sources[e.sourceIndex];
  const text = src?.analysis.text ?? '';
  const m = e.a.m;
  const q = quoteOf(text, e.a.sentence, m.start, m.end);
  return {
    sourceId: src?.doc.id ?? '',
    start: q.start,
    end: q.end,
    quote: q.quote,
    value: text.slice(m.start, m.end),
    valueStart: m.start,
    valueEnd: m.end,
  };
}

/**
 * When a draft figure differs from the source's in one written part only, the part that differs:
 * "$1.8 [million]" against "$1.8 billion", "another 30 [years]" against "30 days",
 * "[September] 2022" against "August 2022". The editor's underline then lands on the error.
 */
function differingPart(a: AnalysedMention, s: AnalysedMention): [number, number] | null {
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
function withResolvedYear(s: AnalysedMention, published: string | undefined): AnalysedMention {
  const d = s.m.date;
  if (!d || d.year !== undefined || d.yearRel === undefined || !published || !/^\d{4}/.test(published)) return s;
  return { ...s, m: { ...s.m, date: { ...d, year: Number(published.slice(0, 4)) + d.yearRel } } };
}

function claimOf(draft: AnalysedText, a: AnalysedMention, verdict: Verdict, explanation: string, evidence: readonly Evidence[], published?: string, span?: [number, number] | null): Claim {
  const full = toPublicMention(draft.text, a.m, published);
  const pub = span ? { ...full, start: span[0], end: span[1], text: draft.text.slice(span[0], span[1]) } : full;
  const quantity = a.frame.concepts[0] && a.frame.concepts[0].distance <= 6 ? a.frame.concepts[0].concept
    : a.family.startsWith('dim:') ? DIMENSION_NAMES[a.family.slice(4)] ?? a.frame.head : a.frame.head;
  const claim: Claim & { quantity?: string } = { ...pub, verdict, explanation, evidence };
  if (quantity !== undefined) claim.quantity = quantity;
  return claim;
}

const DIMENSION_NAMES: Readonly<Record<string, string>> = {
  length: 'distance', mass: 'weight', time: 'duration', area: 'area', volume: 'volume', speed: 'speed',
  energy: 'power', temperature: 'temperature',
};

const short = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

function uniqueBySource(list: readonly Scored[]): Scored[] {
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const x of list) {
    const k = `${x.e.sourceIndex}:${x.e.a.m.start}`;
    if (!seen.has(k)) { seen.add(k); out.push(x); }
  }
  return out;
}

/** Judges one analysed draft mention against the index. */
export function judgeMention(draft: AnalysedText, a: AnalysedMention, data: IndexData, published?: string): Claim {
  const dText = draft.text.slice(a.m.start, a.m.end);
  if (data.sources.length === 0) return claimOf(draft, a, 'unsupported', 'No sources to check against.', [], published);
  if (a.family === 'code') return judgeCode(draft, a, data, dText, published);
  if (a.family === 'date') return judgeDate(draft, a, data, dText, published);

  // Candidates: same family, value in reach, plus same-frame entries with any value.
  const [lo, hi] = a.m.kind === 'score' ? [a.m.value ?? 0, a.m.value ?? 0] : draftInterval(a);
  const toBase = (v: number): number => v * a.factor + a.offset;
  const valueCands = entriesInRange(data, a.family, Number.isFinite(lo) ? toBase(lo) - Math.abs(toBase(lo)) * 0.001 : -INF, Number.isFinite(hi) ? toBase(hi) + Math.abs(toBase(hi)) * 0.001 : INF);
  const framed = new Set<SourceEntry>();
  const fk = data.byKey.get(a.family);
  if (fk) {
    for (const k of frameKeys(a)) {
      const list = fk.get(k);
      if (!list) continue;
      // A context word filed under hundreds of figures says little about any one of them.
      if (k.startsWith('n:') && list.length > GENERIC_KEY) continue;
      for (let i = 0; i < list.length && i < 300; i++) framed.add(list[i] as SourceEntry);
    }
  }
  // Common values ("one", "two", "2022") recur across hundreds of sources: keep those that also
  // share a frame key, plus a few for the weak, value-only reading.
  const cands = new Set<SourceEntry>(framed);
  const crowded = valueCands.length > 120;
  let loose = 0;
  for (const e of valueCands) {
    if (!crowded || framed.has(e)) cands.add(e);
    else if (loose++ < 20) cands.add(e);
  }
  const scored: Scored[] = [];
  const near = nearInterval(a);
  for (const e of cands) {
    const fm = frameMatch(a.frame, e.a.frame, a.family === 'count');
    const sv = inDraftUnits(e.a.base ?? 0, a);
    const rel = scoreRelation(a, e.a);
    const close = a.m.kind === 'score' ? rel === 'entails' : sv >= near[0] && sv <= near[1];
    scored.push({ e, score: fm.score, context: fm.context, subset: fm.subset, rel, close });
  }
  scored.sort((x, y) => y.score - x.score);
  // The draft hedged ("more than 40", "at least three") and a source hedges the same quantity the
  // same way: the writer paraphrased that statement, so its figure is the one to match.
  if (isBound(a.m.bound)) {
    const twin = scored.find((x) => x.score >= STRONG && x.e.a.m.bound === a.m.bound);
    if (twin) {
      if (twin.close) return supported(draft, a, data, dText, twin, [], published);
      const ev = evidenceOf(data, twin.e);
      const verdict: Verdict = twin.rel === 'disjoint' ? 'contradicted' : 'unsupported';
      const why = verdict === 'contradicted'
        ? `Source: '${short(sourcePhrase(data, twin.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`
        : `Source says '${short(sourcePhrase(data, twin.e))}', not '${short(phraseOf(draft.text, a))}'.`;
      return claimOf(draft, a, verdict, why, [ev], published, differingPart(a, twin.e.a));
    }
  }
  // A weakly framed source figure supports only when it is the draft's own figure, not merely
  // inside a bound ("up to 35%" is not supported by an unrelated "20%").
  // A source hedge the draft dropped ("for at least two years" -> "for two years") still
  // supports it: the explanation quotes the source's own wording.
  const support = scored.filter((s) => (s.rel === 'entails' && (s.score >= STRONG || (s.close && s.score >= WEAK_MIN)))
    || (s.close && s.rel === 'overlaps' && a.m.bound === undefined && s.e.a.m.bound !== undefined && s.score >= WEAK_MIN));
  // A conflict needs more than a shared noun: the words around both figures must agree too.
  const conflicts = scored.filter((s) => s.rel !== 'entails' && s.score >= STRONG && s.context >= 1 && !s.subset);
  const bestSupport = support[0];
  const bestConflict = conflicts[0];

  if (bestSupport && bestSupport.score >= STRONG && (!bestConflict || bestSupport.score >= bestConflict.score - 1.5)) {
    return supported(draft, a, data, dText, bestSupport, conflicts, published);
  }
  // Same digits, different scale or unit ("$1.8 million" where the source has "$1.8 billion",
  // "30 years" where it has "30 days"): a changed word, not a new figure, so point at the word.
  const miss = nearMiss(a, data);
  if (miss && miss.score >= 1 && !(bestSupport && bestSupport.score >= STRONG)) {
    const ev = evidenceOf(data, miss.e);
    return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, miss.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published, differingPart(a, miss.e.a));
  }
  if (bestConflict && (!bestSupport || bestConflict.score > bestSupport.score + 0.5)) {
    const ev = evidenceOf(data, bestConflict.e);
    const others = uniqueBySource(conflicts.filter((c) => c.e.sourceIndex !== bestConflict.e.sourceIndex && c.score >= bestConflict.score - 1)).slice(0, 2);
    const evidence = [ev, ...others.map((o) => evidenceOf(data, o.e))];
    if (bestConflict.rel === 'disjoint') {
      return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, bestConflict.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`, evidence, published, differingPart(a, bestConflict.e.a));
    }
    return claimOf(draft, a, 'unsupported', `Source says '${short(sourcePhrase(data, bestConflict.e))}', which does not establish '${short(phraseOf(draft.text, a))}'.`, evidence, published, differingPart(a, bestConflict.e.a));
  }
  if (bestSupport) {
    return supported(draft, a, data, dText, bestSupport, conflicts, published);
  }
  if (miss) {
    // Nothing frames them as the same quantity: not a contradiction, but the digits are the
    // source's, so the unsupported part is the unit or scale.
    const ev = evidenceOf(data, miss.e);
    return claimOf(draft, a, 'unsupported', `Source gives '${short(sourcePhrase(data, miss.e))}', not '${short(phraseOf(draft.text, a))}'.`, [ev], published, differingPart(a, miss.e.a));
  }
  const derived = a.m.kind === 'ordinal' ? previousEvent(draft, a, data, published) : derivedSum(draft, a, data, published, dText);
  if (derived) return derived;
  const toll = soleTollConflict(a, scored, support.length > 0);
  if (toll) {
    return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, toll.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`,
      [evidenceOf(data, toll.e)], published, differingPart(a, toll.e.a));
  }
  // Precision first: the digits are in the source, only as another kind of figure ("$4bn" where
  // it has "4%"). Our reading of either may be wrong, so no red flag — but the explanation says
  // plainly that the source does not confirm it.
  const bareHit = data.bare.get(a.m.parts?.numValue ?? a.m.value ?? Number.NaN);
  if (bareHit) {
    return claimOf(draft, a, 'supported',
      `Not confirmed: the source has this number only as '${short(sourcePhrase(data, bareHit))}'. Draft: '${short(phraseOf(draft.text, a))}'.`,
      [evidenceOf(data, bareHit)], published);
  }
  return claimOf(draft, a, 'unsupported', `No source gives '${short(dText)}'.`, [], published);
}

/**
 * A bare outcome count ("4 killed", "two injured") has no words around it to match, so the
 * context rule above never calls it a conflict. When no source figure supports it and every
 * source figure counting that same outcome gives one value, the sources leave no other reading:
 * the draft's figure contradicts that toll. Several different tolls (per day, per country, in
 * total) keep it unsupported rather than guess which one the writer meant.
 */
function soleTollConflict(a: AnalysedMention, scored: readonly Scored[], anySupport: boolean): Scored | null {
  const dp = a.frame.concepts[0];
  if (anySupport || a.family !== 'count' || a.m.bound !== undefined || !dp || dp.distance > 1 || !EVENT_CONCEPTS.has(dp.concept)) return null;
  const same = scored.filter((s) => {
    const sp = s.e.a.frame.concepts[0];
    return sp !== undefined && sp.concept === dp.concept && sp.distance <= 4 && !s.subset && s.score >= STRONG;
  });
  const first = same[0];
  if (!first || first.rel !== 'disjoint') return null;
  const value = first.e.a.base;
  return same.every((s) => s.e.a.base === value && s.rel === 'disjoint') ? first : null;
}

function isBound(b: string | undefined): boolean {
  return b === 'more-than' || b === 'at-least' || b === 'less-than' || b === 'at-most';
}

function nearMiss(a: AnalysedMention, data: IndexData): Scored | null {
  const dp = a.m.parts;
  if (!dp || (!dp.scale && !dp.unit && !dp.currency)) return null;
  const fk = data.byKey.get(a.family);
  let best: Scored | null = null;
  const seen = new Set<SourceEntry>();
  const pool: SourceEntry[] = [];
  if (fk) for (const k of frameKeys(a)) { const l = fk.get(k) ?? []; if (!(k.startsWith('n:') && l.length > GENERIC_KEY)) pool.push(...l.slice(0, 300)); }
  // Same digits at another scale or unit (or in another currency), whatever their frame.
  pool.push(...(data.byDigits.get(`${a.family}|${dp.numValue}`) ?? []));
  if (a.m.kind === 'money') pool.push(...(data.byDigits.get(`money|${dp.numValue}`) ?? []));
  {
    for (const e of pool) {
      if (seen.has(e)) continue;
      seen.add(e);
      const sp = e.a.m.parts;
      if (!sp || sp.numValue !== dp.numValue) continue;
      if (sp.scaleValue === dp.scaleValue && e.a.m.unit === a.m.unit) continue;
      const fm = frameMatch(a.frame, e.a.frame, a.family === 'count');
      if (!best || fm.score > best.score) best = { e, score: fm.score, context: fm.context, rel: 'disjoint', close: false };
    }
  }
  return best;
}

function supported(draft: AnalysedText, a: AnalysedMention, data: IndexData, dText: string, best: Scored, conflicts: readonly Scored[], published?: string): Claim {
  const ev = evidenceOf(data, best.e);
  // Another source stating the same quantity differently: say so and cite both.
  const other = conflicts.find((c) => c.rel === 'disjoint' && c.e.sourceIndex !== best.e.sourceIndex && c.score >= STRONG && c.score >= best.score - 1);
  if (other) {
    const ov = evidenceOf(data, other.e);
    return claimOf(draft, a, 'supported',
      `Sources disagree: ${ev.sourceId} says '${short(sourcePhrase(data, best.e))}', ${ov.sourceId} says '${short(sourcePhrase(data, other.e))}'.`, [ev, ov], published);
  }
  const conv = a.m.unit && best.e.a.m.unit && a.m.unit !== best.e.a.m.unit && a.family.startsWith('dim:')
    ? ` (${best.e.a.m.value ?? ''} ${best.e.a.m.unit} ≈ ${round(inDraftUnits(best.e.a.base ?? 0, a))} ${a.m.unit})` : '';
  if (best.score < 0) {
    return claimOf(draft, a, 'supported', `Not confirmed: the source gives '${short(sourcePhrase(data, best.e))}', which may count something else. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
  }
  return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, best.e))}'${conv}. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
}

function round(v: number): string {
  const r = Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
  return r.toLocaleString('en-US');
}

function judgeCode(draft: AnalysedText, a: AnalysedMention, data: IndexData, dText: string, published?: string): Claim {
  const key = normaliseCode(a.m.code ?? '');
  const hit = data.codes.get(key);
  if (hit && hit[0]) {
    const ev = evidenceOf(data, hit[0]);
    return claimOf(draft, a, 'supported', `Source: '${short(ev.value ?? '')}'.`, [ev], published);
  }
  // Same name, different number ("SARS-CoV-3" where the source has "SARS-CoV-2").
  const prefix = key.replace(/\d+$/, '');
  if (prefix.length >= 2) {
    for (const [k, list] of data.codes) {
      if (k.replace(/\d+$/, '') === prefix && list[0]) {
        const ev = evidenceOf(data, list[0]);
        return claimOf(draft, a, 'contradicted', `Source: '${short(ev.value ?? '')}'. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
  }
  return claimOf(draft, a, 'unsupported', `No source mentions '${short(dText)}'.`, [], published);
}

function judgeDate(draft: AnalysedText, a: AnalysedMention, data: IndexData, dText: string, published?: string): Claim {
  const dp = a.m.date ?? {};
  const cls = dateClass(dp);
  const dRange = resolveDate(dp, published);
  const compatible: Scored[] = [];
  const incompatible: Scored[] = [];
  // Candidates: dates filed under this date's keys (the compatible ones), dates in a similar
  // frame (the ones that could contradict it), and the single day word the sources use, if one.
  const pool = new Set<SourceEntry>();
  for (const k of dateKeys(dp, dRange)) for (const e of data.datesByKey.get(k) ?? []) pool.add(e);
  const fk = data.byKey.get('date');
  if (fk) {
    for (const k of frameKeys(a)) {
      const l = fk.get(k) ?? [];
      if (k.startsWith('n:') && l.length > GENERIC_KEY) continue;
      for (let i = 0; i < l.length && i < 150; i++) pool.add(l[i] as SourceEntry);
    }
  }
  if (cls === 'day' && data.dayTexts.size === 1) {
    for (const k of ['weekend', 'wd:0', 'wd:1', 'wd:2', 'wd:3', 'wd:4', 'wd:5', 'wd:6']) for (const e of (data.datesByKey.get(k) ?? []).slice(0, 50)) pool.add(e);
  }
  for (const e of pool) {
    const sd = e.a.m.date;
    if (!sd || dateClass(sd) !== cls) continue;
    const srcPub = data.sources[e.sourceIndex]?.doc.published;
    const r = compareDates(dp, published, sd, srcPub, dRange, data.dateRanges.get(e) ?? null);
    if (r === 'unknown') continue;
    const s: Scored = { e, score: frameScore(a.frame, e.a.frame), context: 0, close: true, rel: r === 'same' ? 'entails' : 'disjoint' };
    (r === 'same' ? compatible : incompatible).push(s);
  }
  compatible.sort((x, y) => y.score - x.score);
  incompatible.sort((x, y) => y.score - x.score);
  const best = compatible[0];
  const worst = incompatible[0];
  // A relative date ("yesterday", "on Friday") reads differently from each text's own date:
  // say which days they come to, or "'yesterday' vs 'yesterday'" would explain nothing.
  const onDay = (text: string, range: { from: string; to: string } | null | undefined): string =>
    `'${short(text)}'${range && !/\d/.test(text) ? ` (${formatRange(range)})` : ''}`;
  const explain = (e: SourceEntry, value: string): string => `Source: ${onDay(value, data.dateRanges.get(e))}. Draft: ${onDay(dText, dRange)}.`;
  if (best && (!worst || best.score >= worst.score - 1)) {
    const ev = evidenceOf(data, best.e);
    return claimOf(draft, a, 'supported', explain(best.e, ev.value ?? ''), [ev], published);
  }
  if (worst) {
    // Without a shared event in the frame, a date is only contradicted when the sources name a
    // single period of this kind, so there is no other event it could belong to.
    const single = cls === 'day' ? data.dayTexts.size === 1
      : new Set(incompatible.map((s) => data.sources[s.e.sourceIndex]?.analysis.text.slice(s.e.a.m.start, s.e.a.m.end).toLowerCase())).size === 1;
    if (worst.score >= 1.5 || single || (cls === 'calendar' && worst.score >= 1)) {
      const evidence = uniqueBySource(incompatible.filter((s) => s.score >= worst.score - 1)).slice(0, 3).map((s) => evidenceOf(data, s.e));
      return claimOf(draft, a, 'contradicted', explain(worst.e, evidence[0]?.value ?? ''), evidence, published, differingPart(a, withResolvedYear(worst.e.a, data.sources[worst.e.sourceIndex]?.doc.published)));
    }
  }
  return claimOf(draft, a, 'unsupported', `No source dates this '${short(dText)}'.`, [], published, unfoundPart(a, data));
}

/** For "September 2022" when no source names September: point at the month, not the year. */
function unfoundPart(a: AnalysedMention, data: IndexData): [number, number] | null {
  const d = a.m.date;
  if (!d?.spans || d.month === undefined || d.year === undefined) return null;
  const monthSeen = (data.datesByKey.get(`mon:${d.month}`)?.length ?? 0) > 0;
  const yearSeen = entriesInRange(data, 'year', d.year, d.year, 1).length > 0;
  if (!monthSeen && d.spans.month) {
    const m = d.spans.month;
    const day = d.spans.day;
    return day ? [Math.min(m[0], day[0]), Math.max(m[1], day[1])] : m;
  }
  if (monthSeen && !yearSeen && d.spans.year) return d.spans.year;
  return null;
}

/** "the second strike": supported when a source tells of one previous strike of the same kind. */
function previousEvent(draft: AnalysedText, a: AnalysedMention, data: IndexData, published: string | undefined): Claim | null {
  if (a.m.value !== 2) return null;
  const head = a.frame.head;
  if (head === undefined) return null;
  const headConcept = conceptOf(head) ?? head;
  for (const at of data.previous) {
    const src = data.sources[at.sourceIndex];
    if (!src) continue;
    const toks = src.analysis.tokens;
    const t = toks[at.token];
    if (!t) continue;
    for (let k = at.token + 1; k <= at.token + 3 && k < toks.length; k++) {
      const u = toks[k];
      if (!u || u.type !== 'word') break;
      const c = conceptOf(u.lower) ?? stem(u.lower);
      if (c === headConcept || stem(u.lower) === head) {
        const sentence = src.analysis.sentences.find((s) => s.start <= t.start && t.start < s.end) ?? { start: t.start, end: u.end };
        const q = quoteOf(src.analysis.text, sentence, t.start, u.end);
        const phrase = src.analysis.text.slice(t.start, u.end);
        const ev: Evidence = { sourceId: src.doc.id, start: q.start, end: q.end, quote: q.quote, value: phrase, valueStart: t.start, valueEnd: u.end };
        return claimOf(draft, a, 'supported', `Source tells of one earlier ${u.lower}: '${short(phrase)}'. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
      }
    }
  }
  return null;
}

/** "48 casualties" when a source gives 3 killed and 45 injured. */
function derivedSum(draft: AnalysedText, a: AnalysedMention, data: IndexData, published: string | undefined, dText: string): Claim | null {
  const primary = a.frame.concepts[0];
  if (!primary || primary.concept !== 'casualties' || primary.distance > 6 || a.family !== 'count') return null;
  const [lo, hi] = draftInterval(a);
  for (let si = 0; si < data.sources.length; si++) {
    const src = data.sources[si];
    if (!src) continue;
    const pick = (concept: string): AnalysedMention | undefined => src.analysis.mentions.find((m) => m.family === 'count' && m.frame.concepts[0]?.concept === concept && m.frame.concepts[0].distance <= 6 && !m.m.bound);
    const killed = pick('killed');
    const injured = pick('injured');
    if (!killed || !injured || killed.base === null || injured.base === null) continue;
    const sum = killed.base + injured.base;
    if (sum >= lo && sum <= hi) {
      const evs = [evidenceOf(data, { sourceIndex: si, a: killed }), evidenceOf(data, { sourceIndex: si, a: injured })];
      return claimOf(draft, a, 'supported', `Derived: ${killed.base} killed + ${injured.base} injured = ${sum}. Draft: '${short(dText)}'.`, evs, published);
    }
  }
  return null;
}
