// "Three men have been arrested" where the source has "Two men were arrested … A third man was
// arrested in Windsor Drive" (or "Another man was arrested …"): police and court copy counts a
// group by its latest member, so "a third man was arrested" says three men have been, and so do
// two and another. A draft count of people of that value, told with the same verb of what happened
// to them, restates it. Before conflicts: the source's "two men" counts the first arrests only.
import type { Token } from '../../text/tokenize.ts';
import { stem } from '../../frames/lexicon.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** People a story counts one by one: "a third man", "a fourth victim". */
const PERSONS = new Set(['man', 'woman', 'person', 'suspect', 'boy', 'girl', 'teenager', 'youth', 'victim', 'child', 'officer', 'soldier', 'patient', 'worker', 'passenger'].map(stem));
/** Irregular plurals the stemmer keeps apart from their singulars. */
const SINGULARS: Readonly<Record<string, string>> = { men: 'man', women: 'woman', children: 'child', people: 'person' };
const personOf = (head: string): string => stem(SINGULARS[head] ?? head);

/** Verbs of what happens to people a story counts this way. */
const EVENTS = /^(?:arrested|charged|detained|held|killed|injured|wounded|hurt|rescued|freed|released|convicted|jailed|sentenced|identified|named|found|hospitalised|hospitalized|evacuated|infected|diagnosed)$/;
/** Tokens from the person to the verb: "man [was] arrested", "woman [has since been] charged" (4). */
const VERB_REACH = 4;

/** The verb of what happened told after the token at `from` within VERB_REACH, or undefined. */
function eventAfter(tokens: readonly Token[], from: number): Token | undefined {
  for (let k = from; k < from + VERB_REACH && k < tokens.length; k++) {
    if (/^[.;,]$/.test(tokens[k]!.text)) return undefined;
    if (EVENTS.test(tokens[k]!.lower)) return tokens[k];
  }
  return undefined;
}

export const nthOfEvent: VerdictRule = {
  name: 'nthOfEvent',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.value < 2 || a.m.bound !== undefined || a.frame.head === undefined || !PERSONS.has(personOf(a.frame.head))) return null;
    const verb = eventAfter(draft.tokens, a.m.tokEnd + 1)?.lower;
    if (verb === undefined) return null;
    for (const src of data.sources) {
      const t = src.analysis.tokens;
      for (const s of src.analysis.mentions) {
        if (s.m.kind !== 'ordinal' || s.m.value !== a.m.value) continue;
        const person = t[s.m.tokEnd];
        const event = eventAfter(t, s.m.tokEnd + 1);
        if (!person || personOf(person.lower) !== personOf(a.frame.head) || event?.lower !== verb) continue;
        const evidence = passageEvidence(src.doc.id, src.analysis.text, s.sentence, s.m.start, event.end);
        return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}', the ${verb} counted by the latest of them. Draft: '${short(dText)}'.`, [evidence], published);
      }
      // "Two men were arrested … Another man was arrested in Windsor Drive": a count and the one
      // more told after it, with the same verb, make the draft's total.
      for (const s of src.analysis.mentions) {
        if (s.family !== 'count' || s.m.value === null || s.m.bound !== undefined || s.frame.head === undefined || personOf(s.frame.head) !== personOf(a.frame.head)) continue;
        const event = eventAfter(t, s.m.tokEnd + 1);
        if (event?.lower !== verb || a.m.value !== s.m.value + anotherAfter(t, s.m.tokEnd, personOf(a.frame.head), verb)) continue;
        const evidence = passageEvidence(src.doc.id, src.analysis.text, s.sentence, s.m.start, event.end);
        return claimOf(draft, a, 'supported', `Derived: the source's '${short(evidence.value)}', and another after them, make ${a.m.value}. Draft: '${short(dText)}'.`, [evidence], published);
      }
    }
    return null;
  },
};

/** Sentences after a count within which "another man was arrested" adds to it. */
const ANOTHER_REACH = 60;

/** How many "another <person> was <verb>" told after token `from` add to the count: 0 or more. */
function anotherAfter(tokens: readonly Token[], from: number, person: string, verb: string): number {
  let more = 0;
  for (let k = from; k < tokens.length && k < from + ANOTHER_REACH; k++) {
    if (tokens[k]!.lower !== 'another' || personOf(tokens[k + 1]?.lower ?? '') !== person) continue;
    if (eventAfter(tokens, k + 2)?.lower === verb) more++;
  }
  return more;
}
