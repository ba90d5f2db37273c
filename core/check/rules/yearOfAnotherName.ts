// A year told right after a name dates that person's or thing's event: "with Ricky Hatton in 2010
// probably the last" dates the Hatton fight. Where the source gives "Ricky Hatton was probably the
// last one in 2007 because when he KO'd Victor Ortiz in 2010 …", its 2010 is Ortiz's year and
// Hatton's is 2007, so the draft took the year of the name next to it. The name a source year is
// told of is the nearest name before it in its clause, however far; the draft's is the name just
// before its year. Contradicted when every source year of the draft's value is told of
// another name and a source year of another value is told of the draft's.
import { claimOf, evidenceOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { namesBefore } from '../namedNearFigure.ts';
import { entriesInRange, type SourceEntry } from '../sourceIndex.ts';

/** Tokens from the draft's name to its year: "Hatton [in] 2010" (2), "Hatton's [fight in] 2010" (3). */
const NAME_TO_YEAR = 3;

export const yearOfAnotherName: VerdictRule = {
  name: 'yearOfAnotherName',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const year = a.m.value;
    if (a.m.kind !== 'year' || year === null || a.m.high !== undefined) return null;
    const name = namesBefore(draft, a)[0];
    if (name === undefined) return null;
    // The name must stand just before the year, not anywhere in the clause.
    const at = draft.tokens.slice(Math.max(0, a.m.tokStart - NAME_TO_YEAR), a.m.tokStart).some((t) => t.lower.replace(/['’]s$/, '') === name);
    if (!at) return null;
    // "Ricky Hatton was probably the last one in 2007": the subject may stand well back.
    const told = (e: SourceEntry): string | undefined => {
      const src = data.sources[e.sourceIndex]?.analysis;
      return src ? namesBefore(src, e.a, Number.POSITIVE_INFINITY)[0] : undefined;
    };
    const own = entriesInRange(data, 'year', year, year).filter((e) => e.a.m.kind === 'year');
    if (own.length === 0 || own.some((e) => told(e) === name || told(e) === undefined)) return null;
    const rival = (data.byValue.get('year') ?? []).find((e) => e.a.m.kind === 'year' && e.a.base !== year && told(e) === name);
    if (!rival) return null;
    return claimOf(draft, a, 'contradicted',
      `Source: ${rival.a.base} for ${name.charAt(0).toUpperCase()}${name.slice(1)} ('${short(sourcePhrase(data, rival))}'); its ${year} is told of someone else. Draft: '${short(dText)}'.`,
      [evidenceOf(data, rival), evidenceOf(data, own[0]!)], published);
  },
};

