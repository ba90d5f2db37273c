// The event a date or year dates, where the text says it plainly: the past verb the date hangs on,
// "knighted in 1983", "was expelled on 12 June". A word in -ed right before "in" or "on"; a noun
// there ("born in Edinburgh in 1954", "Wembley on Saturday") names a place, not the event.
import { stem } from '../frames/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import type { SourceEntry } from './sourceIndex.ts';

/** Prepositions by which a verb takes its date. */
const DATE_PREPOSITIONS = new Set(['in', 'on']);

/** The stem of the past verb a date opening at token `k` hangs on, if any. */
export function eventVerb(tokens: readonly Token[], k: number): { stem: string; text: string } | undefined {
  const verb = tokens[k - 2];
  if (!DATE_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') || !verb || verb.type !== 'word' || !/^\p{Ll}+ed$/u.test(verb.text)) return undefined;
  return { stem: stem(verb.lower), text: verb.text };
}

/**
 * The source figure of another value that dates the draft's event, when none of the draft's value
 * does: the verb right by it (its near words), and by none of `own`. Further off, the verb belongs
 * to another clause's date ("in 1998 for services to music, and in 2011 she was elected").
 */
export function otherEventDate(verb: string, own: readonly SourceEntry[], others: readonly SourceEntry[]): SourceEntry | undefined {
  if (own.length === 0 || own.some((s) => s.a.frame.near.has(verb))) return undefined;
  return others.find((e) => e.a.frame.near.has(verb));
}
