// A near miss: the draft's digits occur in a source, but for something else ("Rescuers searched
// 27 buildings" against "Ram Khanal, 27, was pulled alive"). It is cited so the editor sees why
// the figure is not green, and never counts as support.
import type { NearMiss } from '../types.ts';
import { evidenceOf, short } from './explain.ts';
import type { IndexData, SourceEntry } from './sourceIndex.ts';
import { CONTEXT_WORDS } from './tuning.ts';

/** Person nouns an age may follow in an appositive ("a woman, 23,"). */
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'child', 'teenager', 'driver', 'victim', 'mother', 'father', 'son', 'daughter', 'wife', 'husband']);

/** Who an age in "Khanal, 27," or "a woman, 23," belongs to, read just before the comma. */
function ageOwner(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const m = /([A-Za-z][\w'’-]*)\s*,\s*$/.exec(before);
  if (!m || m[1] === undefined) return null;
  const word = m[1];
  if (PERSON_NOUNS.has(word.toLowerCase())) return `the ${word.toLowerCase()}'s`;
  if (/^[A-Z]/.test(word)) return `${word}'s`;
  return null;
}

/** What a source figure counts, in words an editor reads: "Khanal's age", "a year", "'22 frigates'". */
export function describeFigure(data: IndexData, e: SourceEntry): string {
  const text = data.sources[e.sourceIndex]?.analysis.text ?? '';
  const m = e.a.m;
  const after = text.slice(m.end, m.end + 2);
  const owner = ageOwner(text, m.start);
  if (m.kind === 'age' || (owner !== null && /^,/.test(after))) return owner ? `${owner} age` : 'an age';
  const where = `'${short(contextOf(text, e))}'`;
  if (m.kind === 'year' || e.a.family === 'year') return `a year, in ${where}`;
  if (m.kind === 'date') return `part of a date, in ${where}`;
  if (m.kind === 'score') return `a score, in ${where}`;
  const kind = KIND_NAMES[m.kind];
  return kind ? `${kind}, in ${where}` : `in ${where}`;
}

const KIND_NAMES: Partial<Record<string, string>> = {
  percent: 'a percentage', money: 'an amount of money', ordinal: 'a rank', fraction: 'a fraction', duration: 'a length of time',
};


/** The figure with a few words either side, inside its sentence: "In 2009 almost 300 people died". */
function contextOf(text: string, e: SourceEntry): string {
  const { start: ss, end: se } = e.a.sentence;
  let from = e.a.m.start;
  let to = e.a.m.end;
  for (let w = 0; w < CONTEXT_WORDS && from > ss; w++) {
    from = text.lastIndexOf(' ', from - 2) + 1;
    if (from <= ss) { from = ss; break; }
  }
  for (let w = 0; w < CONTEXT_WORDS && to < se; w++) {
    const sp = text.indexOf(' ', to + 1);
    to = sp < 0 || sp > se ? se : sp;
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
}

export function nearMissOf(data: IndexData, e: SourceEntry): NearMiss {
  const ev = evidenceOf(data, e);
  return { ...ev, note: `The source's ${ev.value ?? ''} is ${describeFigure(data, e)}.` };
}
