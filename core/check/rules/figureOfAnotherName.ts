// A figure told of one name that a source gives another: "Florida had about 167,000" where the
// source lists "288 549 in Florida, 166 599 in Georgia". The digits are stated, so the figure would
// read as supported; but the source ties them to Georgia and gives Florida another figure. A list
// of places, parties or people, each with its figure, is where a rewrite most easily shifts one
// figure onto its neighbour. Runs before strongSupport: only when the source gives the draft's
// name a figure of the same kind that the draft's does not meet, and the draft's value is the
// figure of another name, is it contradicted, both figures cited.
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import { baseInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import type { SourceEntry } from '../sourceIndex.ts';
import { nameOfFigure } from '../namedNearFigure.ts';
import type { AnalysedMention } from '../analyseText.ts';
import type { Token } from '../../text/tokenize.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import { LIST_SPAN } from '../tuning.ts';

/**
 * Whether two names are one: the same words, the same first and last words around a middle
 * name one of them leaves out (the draft's "Fiona Syms", the list's "Fiona Natasha Syms"), or a
 * surname alone and the full name it ends.
 */
function sameName(x: string | undefined, y: string | undefined): boolean {
  if (x === undefined || y === undefined) return false;
  if (x === y) return true;
  const [a, b] = [x.split(' '), y.split(' ')];
  // A surname alone is the full name it ends ("Kohli", "Virat Kohli").
  if (a.length === 1 || b.length === 1) return a.at(-1) === b.at(-1);
  return a[0] === b[0] && a.at(-1) === b.at(-1);
}

/** Whether a figure is joined to another by a dash, as a score's side or a range's end ("100-99"). */
function dashed(tokens: readonly Token[], m: AnalysedMention): boolean {
  const at = tokenAt(tokens, m.m.start);
  return /^[-–—]$/.test(tokens[at - 1]?.text ?? '') || /^[-–—]$/.test(tokens[m.m.tokEnd]?.text ?? '') && tokens[m.m.tokEnd + 1]?.type === 'num';
}

/** A name's possessive: "Nasdaq's", and "Standard & Poor's" as it is. */
const possessive = (name: string): string => (/['’]s$/.test(name) ? name : `${name}'s`);

/** A lower-cased name as copy writes it: "north carolina" -> "North Carolina". */
const titled = (name: string): string => name.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());


/** Whether two source figures are of one list: one sentence, or lines of one list close together. */
function together(x: SourceEntry, y: SourceEntry): boolean {
  return x.sourceIndex === y.sourceIndex && (x.a.sentence.start === y.a.sentence.start || Math.abs(x.a.m.start - y.a.m.start) <= LIST_SPAN);
}

export const figureOfAnotherName: VerdictRule = {
  name: 'figureOfAnotherName',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.value === null || a.base === null || a.m.high !== undefined || a.m.kind === 'year' || a.m.kind === 'ordinal' || a.m.kind === 'age' || a.m.kind === 'score' || a.family === 'date') return null;
    // Nor a side of a score or an end of a range written as two figures ("in front at 100-99").
    if (dashed(draft.tokens, a)) return null;
    const name = nameOfFigure(draft, a);
    if (name === undefined) return null;
    const [lo, hi] = baseInterval(a);
    // A source's value within the draft's interval, or the very figure hedged the same way ("more than 25 million").
    const meets = (e: SourceEntry): boolean => e.a.base !== null && ((e.a.base >= lo && e.a.base <= hi) || (e.a.base === a.base && e.a.m.bound === a.m.bound));
    const alike = (e: SourceEntry): boolean => !dashed(data.sources[e.sourceIndex]?.analysis.tokens ?? [], e.a) && e.a.m.kind === a.m.kind && e.a.m.high === undefined && (a.frame.head === undefined || e.a.frame.head === undefined || e.a.frame.head === a.frame.head);
    const named = (e: SourceEntry): string | undefined => { const src = data.sources[e.sourceIndex]?.analysis; return src && nameOfFigure(src, e.a); };
    const entries = (data.byValue.get(a.family) ?? []).filter(alike);
    const own = entries.filter((e) => sameName(named(e), name));
    // The source gives this name no figure of the kind, or gives it the draft's: nothing to say here.
    if (own.length === 0 || own.some(meets)) return null;
    // A list gives each name its figure in one sentence: the other name's figure stands beside this name's.
    const other = entries.find((e) => meets(e) && named(e) !== undefined && !sameName(named(e), name)
      && own.some((o) => together(o, e)));
    if (!other) return null;
    const o = own.find((x) => together(x, other))!;
    return claimOf(draft, a, 'contradicted',
      `Source gives ${titled(name)} '${short(sourcePhrase(data, o))}'; its '${short(sourcePhrase(data, other))}' is ${possessive(titled(named(other)!))}. Draft: '${short(phraseOf(draft.text, a))}'.`,
      [evidenceOf(data, o), evidenceOf(data, other)], published);
  },
};
