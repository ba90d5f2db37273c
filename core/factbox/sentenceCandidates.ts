// The bullets one sentence can give: the sentence whole or with safe cuts, a caption that ran
// into it, a relative clause and a second main clause, each in a version that stands alone.
import { headlineDrops } from './headlineDrops.ts';
import { compressions, reportedWithoutVerb } from './compressSentence.ts';
import { CALENDAR_NAMES, STOP_WORDS, type FactToken } from './factText.ts';
import { isFigure, type Candidate, type Sentence } from './candidate.ts';
import { findAsides, isAddressAside } from './findAsides.ts';
import { MIN_BULLET_WORDS, describedSubject, emptyEvent, standsAlone, unnamedSubject } from './standsAlone.ts';
import { attributionLost } from './attributionLost.ts';
import { CAPTION_LABEL, gluedSentenceStart } from './gluedSentenceStart.ts';
import { AGE_DESCRIPTION, agedSubject, epithetSubject, pronounSubjectAt, type NamedSubject } from './namedSubject.ts';
import { buildCandidate } from './buildCandidate.ts';
import { LEAD_SENTENCES, OPENING_SENTENCES } from './openingWords.ts';
import { RELATIVE_STATEMENT, relativeStatements } from './relativeStatements.ts';
import { secondClauses } from './secondClauses.ts';
import { sharedSubjectPredicates } from './sharedSubjectPredicates.ts';

/** A present-tense verb in "-s" (not "is", "has", "was"): a caption's description of its picture. */
const PICTURE_VERB = /^(?!(?:is|has|was|this|his|its)$)\p{Ll}{2,}s$/u;
/** Where a caption run into a sentence stands for the lead: after that sentence's own paragraph, before the next one. */
const CAPTION_POSITION = 0.5;
/** A caption that says what a set of pictures shows: "A series of pictures by … show …", "These photos show …". */
const PICTURES_SHOW = /^(?:(?:A|The)\s+(?:series|set|collection)\s+of|These|The)\s+(?:[\p{Ll}-]+\s+)?(?:pictures|photos|photographs|images)\b[^.]{0,60}?\bshow\s/u;
/** An indefinite article opening the subject: a description that introduces someone new. */
const INDEFINITE_SUBJECT = /^(?:An?)\s/;
/** A second main clause is a fact the writer put after the first: a notch below it (see RELATIVE_STATEMENT). */
const SECOND_CLAUSE = 0.9;
/** A personal pronoun, which a lifted predicate may not carry (see sharedSubjectPredicates). */
const PERSONAL_PRONOUN = /\b(?:he|she|it|they|him|her|them)\b/i;
/** The pronouns of PERSONAL_PRONOUN that may stand for a thing or a group rather than the named subject. */
const THING_PRONOUN = /\b(?:it|they|them)\b/i;
/**
 * Longest sentence, in tokens, whose second clause may stand alone: past forty words a sentence
 * has most often run into a picture caption with no full stop, and its second clause runs on
 * into the caption ("… too little too late London Mayor Boris Johnson - appearing …").
 */
const MAX_SPLIT_TOKENS = 40;

/**
 * The sentence as a bullet: whole, or with only what can go without changing its meaning
 * (see compressSentence), headline style, and only in a version that stands as a statement.
 */
export function sentenceCandidates(sentence: Sentence, maxWords: number, antecedent?: NamedSubject): Candidate[] {
  const { tokens, mentions } = sentence;
  const n = tokens.length;
  // Inside a quotation run over several sentences: someone's words, not the story's.
  if (sentence.quoted) return [];
  // "Glamorgan batsman Nick Selman told BBC Wales Sport:" announces the quotation that follows; it
  // states nothing on its own.
  if (/:\s*$/.test(sentence.source.text.slice(sentence.start, sentence.end))) return [];
  // Figures must stay whole ("more than 1,000 km"): no cut inside one.
  const noCutBefore = new Set<number>();
  for (const m of mentions) {
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t.start > m.start && t.start < m.end) noCutBefore.add(i);
    }
  }
  /** Where a caption runs into the next sentence with no full stop. */
  const gluedAt: number[] = [];
  // "infra-red A rays": a lone "A" is too often a letter to end a sentence on.
  // After a closing bracket it is a new sentence: "… (pictured posed by model) A taxi driver …".
  // So it may after a caption's label opened the sentence: "Guilty: Glenn Mason … pension pot A
  // respected NatWest bank manager …" (the caption runs until the lead's "A").
  const labelled = CAPTION_LABEL.test(tokens[0]?.raw ?? '');
  for (let i = 1; i < n; i++) if ((tokens[i]!.raw !== 'A' || /\)$/.test(tokens[i - 1]!.raw) || (labelled && i >= MIN_BULLET_WORDS && /^\p{Ll}{4,}$/u.test(tokens[i + 1]?.raw ?? ''))) && gluedSentenceStart(tokens, i, sentence.source)) gluedAt.push(i);
  // Headline style; a figure's own words stay ("a dozen"), a date may lose its "on".
  const inFigure = tokens.map((t) => mentions.some((m) => m.kind !== 'date' && m.start <= t.start && t.end <= m.end));
  const droppable = headlineDrops(tokens, inFigure);
  /**
   * Headline drops of the words a bullet joins across a skipped aside, read as the bullet reads
   * them: "Britt McHenry[, a … reporter for ESPN,] has been suspended" -> "Britt McHenry suspended".
   */
  const dropsAcross = (segments: readonly (readonly [number, number])[]): readonly boolean[] => {
    if (segments.length < 2) return droppable;
    const at: number[] = [];
    const joined: FactToken[] = [];
    segments.forEach(([a, b], k) => {
      for (let i = a; i < b; i++) {
        const t = tokens[i]!;
        at.push(i);
        // The comma that opened the aside is gone from the bullet.
        joined.push(i === b - 1 && k < segments.length - 1 ? { ...t, raw: t.raw.replace(/[,;:–—-]+$/u, '') } : t);
      }
    });
    const local = headlineDrops(joined, at.map((i) => inFigure[i]!));
    const out = [...droppable];
    at.forEach((i, k) => { out[i] = local[k]!; });
    return out;
  };
  const asides = findAsides(tokens);
  const addresses = asides.filter((aside) => isAddressAside(tokens, aside));
  const figures = mentions.filter(isFigure);
  const figureAt = new Set(tokens.flatMap((t, i) => (figures.some((m) => m.start < t.end && t.start < m.end) ? [i] : [])));
  const out: Candidate[] = [];
  // A picture caption run into the story's first sentences states its news in a line ("Douglas
  // Bader's story is to be told in a Hollywood film …"): it is a statement of its own, read
  // like a sentence, beside the sentence it ran into. A caption in the present tense ("Brandt
  // celebrates a goal …", "Given watches …") describes the picture, not the news.
  // Later in the opening, a caption that says what the story's pictures show ("A series of
  // pictures by German artist Jörg Düsterwald show body-painted models camouflaged in woodland")
  // is what a story about photos reports (blind reading: 'never says what the photos show').
  const captionText = gluedAt.length > 0 ? sentence.source.text.slice(tokens[0]!.start, tokens[gluedAt[0]! - 1]!.end) : '';
  const captionEnd = gluedAt.length > 0 && (Math.min(sentence.position, sentence.rank) < LEAD_SENTENCES || (sentence.position <= OPENING_SENTENCES && PICTURES_SHOW.test(captionText))) ? gluedAt[0]! : 0;
  // "ESPN sports reporter …": an "-s" word before a lower-case word that is no function word is
  // a noun's modifier, not the picture's verb.
  const captionVerb = tokens.slice(0, captionEnd).find((t, k) => /^\p{Ll}/u.test(t.raw) && !(/^\p{Ll}/u.test(tokens[k + 1]?.raw ?? '') && !STOP_WORDS.has(tokens[k + 1]!.lower)));
  const caption = captionVerb && PICTURE_VERB.test(captionVerb.raw) && !PICTURES_SHOW.test(captionText) ? 0 : captionEnd;
  // The paragraph still leads when it gives a bullet: a caption may describe the picture rather
  // than the event, so it leads only a story whose first paragraph is a teaser.
  const body = compressions({ tokens, asides, noCutBefore, gluedAt, complete: sentence.complete, figureAt });
  const versions = [
    ...body.map((version) => ({ version, position: sentence.position })),
    ...(caption >= MIN_BULLET_WORDS ? compressions({ tokens: tokens.slice(0, caption), asides: asides.filter(([, b]) => b <= caption), noCutBefore, gluedAt: [], complete: true, figureAt }) : [])
      .map((version) => ({ version, position: sentence.position + CAPTION_POSITION })),
  ];
  // A sentence none of whose whole versions (tail kept) stands as a bullet may also lose a time
  // between subject and verb and a closing place (see SentenceShape.squeeze): tried only then.
  let bodyFits = false;
  let squeezed = false;
  for (let k = 0; ; k++) {
    if (k === body.length && !bodyFits && !squeezed) {
      squeezed = true;
      const tight = compressions({ tokens, asides, noCutBefore, gluedAt, complete: sentence.complete, figureAt, squeeze: true });
      versions.splice(k, 0, ...tight.map((version) => ({ version, position: sentence.position })));
    }
    if (k >= versions.length) break;
    const { version, position } = versions[k]!;
    const segments = withoutRepeatedAge(tokens, version.segments.map(([a, b]) => [a, b] as [number, number]));
    // Where someone lives ("Mason, of Flamborough Close, Biggin Hill, pleaded guilty") is court
    // copy's routine, never a box fact: only the versions that leave the address out stand.
    if (addresses.some(([a, b]) => segments.some(([x, y]) => x <= a && b <= y))) continue;
    // A sentence that opens on a quotation is someone's words, not the story's.
    if (/^[“"‘']/u.test(tokens[segments[0]![0]]!.raw)) continue;
    const drops = dropsAcross(segments);
    const first = segments[0]!;
    // "He was hit by a car" after a sentence about Mr Zhang alone: the bullet names him.
    // "In 2007 she made headlines" names her after its time: "In 2007 Manhart made headlines".
    const pronounAt = pronounSubjectAt(tokens) ?? 0;
    // The pronoun opens the bullet when what stood before it was left out ("Incredibly, she …").
    const opensOnPronoun = first[0] === pronounAt && pronounAt > 0;
    const subject = (first[0] === 0 || opensOnPronoun) && first[1] > pronounAt + 1 ? antecedent : undefined;
    // "The 39-year-old paid tribute …" in a story about Gary Locke: "Locke, 39, paid tribute …".
    // So does "the five-time world champion enjoyed …": "O'Sullivan enjoyed …".
    const aged = subject ? undefined : agedSubject(sentence, first, asides) ?? epithetSubject(sentence, first);
    // "The 26-year-old[, a native of Tbilisi,] fled …" with the aside left out: the name and age stand for the whole first segment.
    const resume = aged?.resumeAt ?? first[0] + 2;
    const afterAge: [number, number][] = first[1] > resume ? [[resume, first[1]], ...segments.slice(1)] : segments.slice(1);
    const candidate = subject
      ? pronounAt > 0 && !opensOnPronoun
        ? buildCandidate(sentence, [[0, pronounAt], [pronounAt + 1, first[1]], ...segments.slice(1)], drops, version.quality, sentence.rank, subject, 1)
        : buildCandidate(sentence, [[first[0] + 1, first[1]], ...segments.slice(1)], drops, version.quality, sentence.rank, subject)
      : aged && afterAge.length > 0 ? buildCandidate(sentence, afterAge, drops, version.quality, sentence.rank, aged)
        : buildCandidate(sentence, segments, drops, version.quality, sentence.rank);
    if (candidate.words > maxWords || !standsAlone(candidate.text)) continue;
    if (attributionLost(sentence, candidate)) continue;
    // "A youngster has emulated …": a description for a subject is kept back for a box short of three.
    // A news lead introduces its subject by an indefinite description ("A man has died …", "An
    // HIV-positive Ohio man … has pleaded not guilty …"): that names a new person, it does not
    // point back to one, so in the story's first sentence it stands as a bullet. Later, "A
    // youngster has copied …" is the description of someone the story names elsewhere.
    const introduced = sentence.position === 0 && INDEFINITE_SUBJECT.test(candidate.text);
    const cut = version.tailCut ? { tailCut: true } : {};
    if (emptyEvent(candidate.text) || (describedSubject(candidate.text) && !introduced)) out.push({ ...candidate, ...cut, position, unnamed: true });
    else if (introduced || !unnamedSubject(candidate.text)) out.push({ ...candidate, ...cut, position });
    else continue;
    if (position === sentence.position && !version.tailCut) bodyFits = true;
  }
  const statements = relativeStatements(tokens, asides, figureAt, gluedAt, sentence.position === 0);
  // The lead told whole from its introducing clause, news included, where one fits.
  const wholeLead = sentence.position === 0 && statements.some((st) => st[st.length - 1]![1] >= n);
  for (const statement of statements) {
    const candidate = buildCandidate(sentence, statement, dropsAcross(statement), RELATIVE_STATEMENT, sentence.rank);
    // Its subject is the main clause's too: the name may repeat another bullet's citation.
    // A verb of saying outside the clause belongs to the main clause ("…, has said he will …").
    // The lead's own subject introduced with its clause ("A respected NatWest bank manager was
    // jailed for …") is the lead told whole, not a cut of it.
    // Where a version keeps the lead's main predicate ("… will have to pay back every penny"), the
    // clause lifted alone drops the news the lead was written for, as a cut tail does.
    const introduced = sentence.position === 0 && /^(?:A|An)\s/.test(candidate.text) && (!wholeLead || statement[statement.length - 1]![1] >= n);
    if (candidate.words <= maxWords && standsAlone(candidate.text) && !attributionLost(sentence, candidate, true)) out.push({ ...candidate, borrowed: true, ...(introduced ? {} : { tailCut: true }), clause: true });
  }
  // "A 78-year-old man was arrested on Friday, but the man's lawyer claimed the arrest was a ruse
  // …": a second main clause with a subject of its own is a statement the source makes in its own
  // words, and may stand without the first, as the first stands without it.
  for (const at of sentence.complete && (n <= MAX_SPLIT_TOKENS || gluedAt.length === 0) ? secondClauses(tokens).filter((k) => !reportedWithoutVerb(tokens, 0, k - 1)) : []) {
    for (const version of compressions({ tokens, asides: asides.filter(([a]) => a >= at), noCutBefore, gluedAt: [at], complete: sentence.complete, figureAt })) {
      const segments = version.segments.map(([a, b]) => [a, b] as [number, number]);
      const candidate = buildCandidate(sentence, segments, dropsAcross(segments), version.quality * SECOND_CLAUSE, sentence.rank);
      if (candidate.words > maxWords || !standsAlone(candidate.text) || attributionLost(sentence, candidate) || unnamedSubject(candidate.text) || emptyEvent(candidate.text)) continue;
      out.push({ ...candidate, tailCut: true, clause: true });
    }
  }
  // "Louis Jordan, 37, took his sailboat out in late January and hadn't been heard from in 66
  // days …": the subject's second predicate is a statement of the source's own words too, told
  // after the first (a notch below it, as a second clause is).
  for (const { subject, at } of sentence.complete && n <= MAX_SPLIT_TOKENS ? sharedSubjectPredicates(tokens, asides, gluedAt) : []) {
    const shape = { tokens, asides: asides.filter(([a]) => a >= at), noCutBefore, gluedAt: [at], complete: sentence.complete, figureAt };
    // When the whole predicate is too long, it may lose a day or a closing place first (squeeze),
    // before a cut takes its tail: "… hadn't been heard from in 66 days when he was spotted by the
    // Houston Express" keeps the rescue.
    const plain = compressions(shape);
    const whole = plain.find((v) => !v.tailCut);
    const wholeWords = whole ? subject.reduce((k, [a, b]) => k + b - a, 0) + whole.segments.reduce((k, [a, b]) => k + b - a, 0) : 0;
    for (const version of [...(wholeWords > maxWords ? compressions({ ...shape, squeeze: true }) : []), ...plain]) {
      const segments = [...subject, ...version.segments.map(([a, b]) => [a, b] as [number, number])];
      const candidate = buildCandidate(sentence, segments, dropsAcross(segments), version.quality * SECOND_CLAUSE, sentence.rank);
      if (candidate.words > maxWords || !standsAlone(candidate.text) || attributionLost(sentence, candidate) || unnamedSubject(candidate.text) || emptyEvent(candidate.text)) continue;
      // "Gosden … is concerned about his colt Cracksman and will … decide whether he runs": a
      // pronoun in the second predicate may point into the first, which the bullet leaves out.
      // When the first predicate names no one ("took his sailboat out in late January"), the
      // subject is the only one a "he" can be: "… hadn't been heard from in 66 days when he was
      // spotted by the Houston Express".
      // A "they" or an "it" may still be a thing the story told of before ("accepted it amounted to …").
      if (PERSONAL_PRONOUN.test(candidate.text) && (namesSomeone(tokens, subject[subject.length - 1]![1], at) || THING_PRONOUN.test(candidate.text))) continue;
      // The subject's words are the first predicate's too: only the predicate's may not repeat another bullet's.
      out.push({ ...candidate, borrowed: true, tailCut: true, clause: true });
    }
  }
  return out;
}

/** Calendar words are capitalised without naming anyone. */
const CALENDAR_WORD = new RegExp(`^(?:${CALENDAR_NAMES})\\b`);

/** Whether the words in [from, to) name someone or something (a capitalised word that is no day or month). */
function namesSomeone(tokens: readonly FactToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^\p{Lu}/u.test(tokens[i]!.raw) && !CALENDAR_WORD.test(tokens[i]!.raw)) return true;
  return false;
}

/**
 * "… from 28-year-old shift worker Phillip Pama, 28, during a row": an age given twice in the
 * kept words says it twice in the bullet, so the appositive ", 28," goes and the description
 * ("28-year-old") stays.
 */
function withoutRepeatedAge(tokens: readonly FactToken[], segments: [number, number][]): [number, number][] {
  const kept = (i: number) => segments.some(([a, b]) => a <= i && i < b);
  const ages = new Set<string>();
  let out = segments;
  for (let i = 0; i < tokens.length; i++) {
    if (!kept(i)) continue;
    const described = AGE_DESCRIPTION.exec(tokens[i]!.raw);
    if (described) { ages.add(described[1]!); continue; }
    // The appositive age: a bare number set off by commas right after a name.
    const age = /^(\d{1,3}),$/.exec(tokens[i]!.raw);
    if (!age || !ages.has(age[1]!) || !/,$/.test(tokens[i - 1]?.raw ?? '') || !/^\p{Lu}/u.test(tokens[i - 1]!.raw)) continue;
    out = out.flatMap(([a, b]): [number, number][] => (a <= i && i < b ? [[a, i], [i + 1, b]] : [[a, b]])).filter(([a, b]) => b > a);
  }
  return out;
}
