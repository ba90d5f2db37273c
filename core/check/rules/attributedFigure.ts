// A figure the text attributes to a person ("Lee, 34, and Park, 41", "Shenwari (56)") is checked against that
// person's figure in the sources, not against whichever figure has the same value: a swapped pair
// ("Lee, 41, and Park, 34" in the source) is a contradiction, and Park's 34 never supports Lee's.
import { claimOf, evidenceOf, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { PERSON_NOUNS } from '../../mentions/refiners/attributedAges.ts';
import { GROUP_OWNER } from '../../mentions/refiners/groupAges.ts';
import { nearMissOf } from '../nearMiss.ts';
import type { SourceEntry } from '../sourceIndex.ts';
import type { Judgement } from '../judgement.ts';
import type { Token } from '../../text/tokenize.ts';
import { namesBefore, sentenceNames } from '../namedNearFigure.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import { isCapitalised, opensSentence, tokenAt } from '../../mentions/refiners/refiner.ts';
import { isStopword } from '../../frames/lexicon.ts';
import { hasTotalCue } from '../totalCue.ts';

/**
 * Whether two given names may be one person's: either unwritten, the same, or one an honorific
 * ("~mr") and the other a name; two honorifics must name the same sex ("Mr Scott" is not "Mrs
 * Scott", "Ms" and "Mrs" may be one woman).
 */
function givenAgree(x: string | undefined, y: string | undefined): boolean {
  if (x === undefined || y === undefined || x === y) return true;
  if (x.startsWith('~') !== y.startsWith('~')) return true;
  // A leaderboard's initial ("-2 D Johnson") agrees with the given names it starts.
  if (!x.startsWith('~') && (x.length === 1 || y.length === 1)) return x[0] === y[0];
  return x.startsWith('~') && (x === '~mr') === (y === '~mr');
}

/**
 * "Shahzad went on to make 56": a figure with no owner of its own is the named subject's before it
 * when a source gives that person a figure of this kind ("Mohammad Shahzad (47)"), so it is
 * checked against theirs. Only then: a name near a figure is otherwise no owner.
 */
function subjectOwner(j: Judgement): string | undefined {
  const owns = (name: string | undefined): boolean => name !== undefined && (j.data.byValue.get(j.a.family) ?? []).some((e) => e.a.m.owner === name);
  const nearest = namesBefore(j.draft, j.a)[0];
  // "Ben Stokes and Jos Buttler added 110": a figure told of two names joined by "and" is the
  // pair's, no more Buttler's "(59)" than Stokes's.
  if (nearest !== undefined && pairedName(j.draft, j.a, nearest)) return undefined;
  const name = nearest ?? describedSubject(j);
  if (owns(name)) return name;
  // "Carlos Corlett, of Liverpool, was jailed for 14 years": the person the clause opens on,
  // past the place they are from.
  const subject = personBefore(j.draft, j.a);
  return owns(subject) ? subject : undefined;
}

/** Whether the name nearest before the figure is the second of two joined by "and": "Stokes and [Buttler] added 110". */
function pairedName(t: Judgement['draft'], a: Judgement['a'], name: string): boolean {
  const tokens = t.tokens;
  const capital = (k: number): boolean => tokens[k]?.type === 'word' && isCapitalised(tokens[k]) && !isStopword(tokens[k]!.lower);
  for (let k = tokenAt(tokens, a.m.start) - 1; k > 0 && tokens[k]!.start >= a.sentence.start; k--) {
    if (tokens[k]!.lower.replace(/['’]s$/, '') !== name) continue;
    let s = k;
    while (s > 0 && capital(s - 1)) s--;
    return /^(?:and|&)$/.test(tokens[s - 1]?.lower ?? '') && capital(s - 2);
  }
  return false;
}

/**
 * The given name the draft writes before the surname it tells a figure of, in the figure's
 * sentence: "Defending champion Zach Johnson shot 71 to finish one under" gives "zach". None
 * where the name opens the sentence, as any capitalised word may.
 */
function givenBefore(t: Judgement['draft'], a: Judgement['a'], owner: string): string | undefined {
  const tokens = t.tokens;
  for (let k = tokenAt(tokens, a.m.start) - 1; k > 0 && tokens[k]!.start >= a.sentence.start; k--) {
    if (tokens[k]!.lower !== owner) continue;
    const given = tokens[k - 1]!;
    return given.start >= a.sentence.start && given.type === 'word' && isCapitalised(given) && !opensSentence(tokens, k - 1) ? given.lower : undefined;
  }
  return undefined;
}

/** Words back within a sentence from a figure to the person its clause opens on. */
const SUBJECT_REACH = 12;

/**
 * The person a clause opens on, past the place they are from: "Carlos Corlett, of Liverpool, was
 * jailed for 14 years". Only that shape: the nearest name before the figure is a place after
 * "of" or "from" set off by commas, and the name before it is the person's. A total ("a combined
 * 41 years") is no one person's.
 */
function personBefore(t: Judgement['draft'], a: Judgement['a']): string | undefined {
  const tokens = t.tokens;
  if (hasTotalCue(t, a)) return undefined;
  const at = tokenAt(tokens, a.m.start);
  for (let k = at - 1; k >= Math.max(0, at - SUBJECT_REACH); k--) {
    const tok = tokens[k]!;
    if (tok.start < a.sentence.start || /^[.;:!?]$/.test(tok.text)) return undefined;
    if (tok.type !== 'word' || !isCapitalised(tok)) continue;
    // The nearest name: a place, "of Liverpool", with a comma after it and one before "of".
    let first = k;
    while (first > 0 && tokens[first - 1]!.type === 'word' && isCapitalised(tokens[first - 1])) first--;
    if (!/^(?:of|from)$/.test(tokens[first - 1]?.lower ?? '') || tokens[k + 1]?.text !== ',' || tokens[first - 2]?.text !== ',') return undefined;
    const person = tokens[first - 3];
    return person !== undefined && person.type === 'word' && isCapitalised(person) && !isStopword(person.lower) ? person.lower.replace(/['’]s$/, '') : undefined;
  }
  return undefined;
}

/**
 * "Carlos Alcaraz fought back to beat Jannik Sinner … The 23-year-old Spaniard won …": an age in
 * a description that opens a sentence ("The 23-year-old …") refers back to the person the
 * sentence before opens on, as copy names a person once and then describes them. That person's
 * surname, when the sentence before opens on a name the draft has given no other age; otherwise none.
 */
function describedSubject(j: Judgement): string | undefined {
  const { a, draft } = j;
  const t = draft.tokens;
  const the = a.m.tokStart - 1;
  if (a.family !== 'age' || t[the]?.lower !== 'the' || !opensSentence(t, the)) return undefined;
  // The sentence before, as the sentence splitter reads it ("… world No. 1 Jannik Sinner …" is one).
  const before = draft.sentences.filter((s) => s.end <= a.sentence.start).at(-1);
  if (before === undefined) return undefined;
  const open = tokenAt(t, before.start);
  // Its opening name, ending on a surname: "Carlos Alcaraz fought …", not "The Spaniard …".
  let end = open;
  while (end < the && isCapitalised(t[end]) && t[end]!.type === 'word' && !/^(?:the|a|an|on|in|at|after|before|when|but|and)$/.test(t[end]!.lower)) end++;
  if (end === open) return undefined;
  const name = t[end - 1]!.lower.replace(/['’]s$/, '');
  // A person the draft has already given another age is not the one described: "Brian Wright, 55,
  // … struck Sylvia Blackburn … The 72-year-old" is Blackburn.
  const aged = draft.mentions.some((m) => m.family === 'age' && m.m.end <= a.m.start && m.m.owner === name && m.m.value !== a.m.value);
  return aged ? undefined : name;
}

export const attributedFigure: VerdictRule = {
  name: 'attributedFigure',
  judge(j) {
    const { a, data, draft, published } = j;
    const owner = a.m.owner ?? subjectOwner(j);
    if (owner === undefined || a.m.value === null) return null;
    // An owner read from the clause's subject has other figures than the one the sources give it:
    // "Northern has cut 165 trains" is the source's "Northern …, removing 165 trains", whatever
    // "for Northern and GTR reaching 69 and 102 respectively" gives Northern.
    const support = j.bestSupport;
    const supportSource = support ? data.sources[support.e.sourceIndex]?.analysis : undefined;
    // Only where the match counts the draft's own noun: "Jos Buttler added 110" is still checked
    // against Buttler's "(59)", though "put on 110 with Jos Buttler" names him.
    if (a.m.owner === undefined && support?.close && support.e.a.m.owner === undefined && a.frame.head !== undefined && support.e.a.frame.head === a.frame.head
      && supportSource && sentenceNames(supportSource, support.e.a, owner)) return null;
    const same: SourceEntry[] = [];
    let otherOwnerSameValue: SourceEntry | undefined;
    // The same surname is the same person unless both texts write given names that differ; and
    // where a source writes this person's given name, a bare surname there may be someone else
    // ("Ravi Patel, 52, and his son Amit Patel, 24": Amit is 24, whatever "Patel, 52" says).
    // A given name that only opens a sentence may be any capitalised word, so it rules no one out.
    const given = a.m.ownerGiven ?? (a.m.owner === undefined ? givenBefore(draft, a, owner) : undefined);
    const named: SourceEntry[] = [];
    const srcText = (e: SourceEntry): string => data.sources[e.sourceIndex]?.analysis.text ?? '';
    for (const e of data.byValue.get(a.family) ?? []) {
      // A person told by a role ("The former Dons midfielder, 39", "the Argentina forward, 32") is
      // the named person the other text gives that role just before: "Former Dons midfielder
      // Sheerin, 39", "Argentina forward Carlos Tevez, 32". A role the other text does not give
      // the person rules no one out.
      if (a.m.ownerRole === true || e.a.m.ownerRole === true) {
        const roled = a.m.ownerRole === true
          ? roleBefore(data.sources[e.sourceIndex]?.analysis.tokens ?? [], e.a.m.tokStart, owner)
          : roleBefore(draft.tokens, a.m.tokStart, e.a.m.owner ?? '');
        if (roled || e.a.m.owner === owner) same.push(e);
        continue;
      }
      const sg = e.a.m.ownerGiven;
      // A person the draft calls by a given name alone ("Her mother, Mary, 57", as copy names a
      // relative who shares the subject's surname) is the source's person of that given name.
      const byGivenName = given === undefined && sg === owner && e.a.m.ownerGivenOpens !== true;
      // An opening given name is a name after all where the other text writes it with the surname
      // ("Jake Burns, 29, flew drugs …" and the source's "said Jake Burns"): then "Danielle
      // Burns, 34" is his wife, not him.
      const opens = (a.m.ownerGivenOpens === true && !writesName(srcText(e), given, owner)) || (e.a.m.ownerGivenOpens === true && !writesName(draft.text, sg, owner));
      const mayBe = byGivenName || (e.a.m.owner === owner && (givenAgree(given, sg) || opens));
      if (mayBe) same.push(e);
      if (mayBe && given !== undefined && e.a.m.ownerGiven === given) named.push(e);
      else if (!mayBe && e.a.m.owner !== undefined && e.a.base === a.base) otherOwnerSameValue ??= e;
    }
    if (named.length > 0) same.splice(0, same.length, ...named);
    // "a 41-year-old man" may be the source's "Mr Smith, 41": a person told by a common noun is
    // checked against that noun's ages only when the sources give that noun an age.
    if (same.length === 0 && (PERSON_NOUNS.has(owner) || a.m.ownerRole === true)) return null;
    const cap = (s: string): string => s.replace(/(^|[-‑ ])(\p{Ll})/gu, (_w, sep: string, c: string) => sep + c.toUpperCase());
    // A part of a group told by its ages (groupAges): "the two", "the one".
    const who = owner.startsWith(GROUP_OWNER) ? `the ${owner.slice(GROUP_OWNER.length)}` : PERSON_NOUNS.has(owner) || a.m.ownerRole === true ? `the ${owner}` : given !== undefined ? `${cap(given.replace(/^~/, ''))} ${cap(owner)}` : cap(owner);
    // "Johnson, a 27-year-old PhD student" where the source has "… Los Angeles-born Johnson … the
    // 27-year-old mathematician": an age the source gives no name, in a sentence naming the draft's
    // person before it and no other age, is that person's.
    if (same.length === 0 && a.family === 'age' && !PERSON_NOUNS.has(owner) && a.m.ownerRole !== true) {
      for (const e of data.byValue.get(a.family) ?? []) {
        if (e.a.m.owner !== undefined && !PERSON_NOUNS.has(e.a.m.owner)) continue;
        const src = data.sources[e.sourceIndex]?.analysis;
        if (!src || sentenceMentions(src, e.a.sentence.start).some((o) => o !== e.a && o.family === 'age')) continue;
        // The name comes before the age, which describes the person just named: "The 23-year-old
        // German … resisted all that Hamilton could throw at him" opens on the sentence before's
        // subject, and its Hamilton is another man.
        if (namedBefore(src, e, owner)) same.push(e);
      }
    }
    const match = same.find((e) => e.a.base === a.base);
    if (match) return claimOf(draft, a, 'supported', `Source: '${short(phraseOf(data.sources[match.sourceIndex]?.analysis.text ?? '', match.a))}' for ${who}. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidenceOf(data, match)], published);
    const first = same[0];
    // "A 15-year-old boy who knifed a teenager" where the source has "A 15-year-old who stabbed a
    // boy" and the victim "a 16-year-old boy": a common noun names no one, so an age of the draft's
    // value that the source gives no one else may be this person's; the ordinary rules decide.
    if (first && PERSON_NOUNS.has(owner) && (data.byValue.get(a.family) ?? []).some((e) => e.a.base === a.base && e.a.m.owner === undefined)) return null;
    if (first) {
      const ev = evidenceOf(data, first);
      return claimOf(draft, a, 'contradicted', `Source gives ${who} '${short(ev.value ?? '')}'. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
    }
    // "Defending champion Zach Johnson (71) ended one under": the source tells this person's
    // figure in prose, owned by no one, where its table gives the same value to another name
    // ("-1 M Southgate (Eng), A Sullivan (Eng), Z Johnson (Eng)"); the ordinary rules decide.
    if (otherOwnerSameValue && (data.byValue.get(a.family) ?? []).some((e) => e.a.base === a.base && e.a.m.owner === undefined && namedBefore(data.sources[e.sourceIndex]?.analysis, e, owner))) return null;
    if (otherOwnerSameValue) {
      const near = nearMissOf(data, otherOwnerSameValue);
      return { ...claimOf(draft, a, 'unsupported', `No source gives ${who}'s figure. ${near.note}`, [], published), nearMiss: near };
    }
    return null;
  },
};

/** Whether `name` stands in the source sentence before its figure `e`. */
function namedBefore(src: Judgement['draft'] | undefined, e: SourceEntry, name: string): boolean {
  if (!src) return false;
  for (let k = tokenAt(src.tokens, e.a.sentence.start); k < e.a.m.tokStart && src.tokens[k]!.end <= e.a.sentence.end; k++) if (src.tokens[k]!.lower === name) return true;
  return false;
}

/** Whether a text writes a given name and surname together ("Jake Burns"), as names, in capitals. */
function writesName(text: string, given: string | undefined, surname: string): boolean {
  if (given === undefined || given.startsWith('~')) return false;
  const word = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${word(given)}\\s+${word(surname)}(?!\\p{L})`, 'u').test(text);
}

/** Tokens before a named age in which its role may stand: "Former Dons midfielder Sheerin, 39" (4 back from the age). */
const ROLE_REACH = 6;

/** Whether `role` stands among the words just before the age at token `at`, in its clause. */
function roleBefore(tokens: readonly Token[], at: number, role: string): boolean {
  for (let k = at - 1; k >= Math.max(0, at - ROLE_REACH); k--) {
    const t = tokens[k]!;
    if (t.lower === role) return true;
    if (t.text === '.' || t.text === ';') return false;
  }
  return false;
}
