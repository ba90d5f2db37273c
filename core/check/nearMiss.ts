// A near miss: the draft's digits occur in a source, but for something else ("Rescuers searched
// 27 buildings" against "Ram Khanal, 27, was pulled alive"). It is cited so the editor sees why
// the figure is not green, and never counts as support.
import type { NearMiss } from '../types.ts';
import { evidenceOf, short, sourcePhrase } from './explain.ts';
import type { IndexData, SourceEntry } from './sourceIndex.ts';

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
  if (m.kind === 'year' || e.a.family === 'year') return 'a year';
  if (m.kind === 'date') return `part of the date '${short(text.slice(m.start, m.end))}'`;
  return `in '${short(sourcePhrase(data, e))}'`;
}

export function nearMissOf(data: IndexData, e: SourceEntry): NearMiss {
  const ev = evidenceOf(data, e);
  return { ...ev, note: `The source's ${ev.value ?? ''} is ${describeFigure(data, e)}.` };
}
