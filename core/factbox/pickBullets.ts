// Choosing the box from the candidates: greedy selection by what each bullet adds that the
// box does not already say, the lead first, one fact once, and the hard facts before colour.
import type { Citation, FactBoxBullet } from '../types.ts';
import { labelChoices } from './labelFact.ts';
import { isIrregularPast } from './bulletShape.ts';
import { wordKey } from './factText.ts';
import { SUMMARY_KEYS, figureKey, isFigure, type Candidate } from './candidate.ts';
import { ROLE_LABELS } from './buildCandidate.ts';
import { aboutTheStory, centrality, earlierEvent, sideRecord, sideStory, type Opening } from './openingWords.ts';

// Ranking constants, set on the development highlights (factbox-dev) and kept round so they
// describe the rule rather than the data: a new figure is worth about two story words; longer
// bullets earn slightly more.
const FIGURE_BONUS = 4;
const DENSITY = 0.35;
/**
 * A bullet is read at a glance: up to twelve words cost nothing, and each word past that divides
 * its worth by a further fifth of itself (a 22-word bullet must carry three times the news of a
 * 12-word one, before LONG_BULLET adds its own cost).
 */
const LENGTH_AIM = 12;
const LENGTH_SLACK = 5;
/**
 * Past sixteen words a bullet stops reading at a glance: each further word costs a half more
 * (a 22-word bullet must carry over four times the news of a 12-word one). Set on factbox-dev:
 * bullets over 18 words 62 -> 47, mean 14.2 -> 13.2 words, recall no lower.
 */
const LONG_BULLET = 16;
const LONG_SLACK = 2;
/**
 * Each figure a bullet adds to the box pays for this many of its words in the length cost: a
 * version that keeps a number in its tail ("… raping two 12-year-old girls since September and fondling a third girl",
 * "… diagnosed with cervical cancer in October 2012") is charged less for its length than colour
 * of the same length. Set on factbox-dev with blind readings r13/r14 asking for those facts:
 * 2 keeps number recall (0.522) and lifts word recall 0.367 -> 0.368; 3 cost number recall
 * (0.500) by pushing later figures past the highlights' word budget.
 */
const FIGURE_PAYS_WORDS = 2;

/** Bullets at the top of the box, where one with no subject ranks at half. */
const LEAD_BULLETS = 3;
const SUBJECTLESS = 0.5;

/**
 * A box of this many bullets takes no trivia (see isTrivia): a shorter box of central facts
 * reads better than a longer one with colour, and a blind reader marks colour down per bullet
 * and per box. Below it, the best of the trivia may fill in, last: a box of three leaves little
 * room, and what the rules take for trivia is sometimes news ("Women with advanced cancer are to
 * get the first new treatment for a decade" names no one).
 */
const TRIVIA_FILL = 4;

/**
 * Greedy selection by marginal value: a bullet is worth the story words and figures it adds
 * that earlier bullets did not already state, weighted by how early its sentence comes.
 */
export function pickBullets(candidates: readonly Candidate[], weights: ReadonlyMap<string, number>, figureWeights: ReadonlyMap<string, number>, names: ReadonlySet<string>, maxBullets: number, opening: Opening): FactBoxBullet[] {
  const coveredKeys = new Set<string>();
  const coveredFigures = new Set<string>();
  const usedSentences = new Map<string, number>();
  const picked: Candidate[] = [];
  const pickedCitations: Citation[] = [];
  // Casualties lead the box whenever the sources give them: it is what readers look for first.
  const remaining = [...candidates].sort((a, b) => Number(b.sentenceKey === 'casualties') - Number(a.sentenceKey === 'casualties'));
  const pinned = remaining[0]?.sentenceKey === 'casualties' ? remaining[0] : undefined;
  // The story's figures, each with what it counts, come right after the lead fact (or the
  // casualties): a box is where a reader looks for the numbers.
  const figuresBullet = candidates.find((c) => c.sentenceKey === 'key-figures' && !c.timeline);
  // A sentence whose figure a summary bullet (key figures, casualties) already states is
  // passed over, unless the box would otherwise fall short of three bullets.
  const summaryCitations: Citation[] = [];
  const usedRoles = new Set<string>();
  const newKeys = (c: Candidate) => [...c.keys].filter((k) => !coveredKeys.has(k)).length;
  let relaxed = false;
  // Trivia ranks last: it is offered only when no other bullet is left.
  let withTrivia = false;
  let leadUnplaceable = false;
  // The lead is the first substantive sentence: the first, or when none of its versions stands
  // as a bullet (a caption run into it, a teaser), the next that does within MAX_LEAD_RANK.
  const leadRank = Math.min(...candidates.filter((c) => c.rank !== undefined && !c.unnamed && !c.boilerplate).map((c) => c.rank!));
  // A later sentence the story repeats ranks with the lead, but the lead is what the story tells
  // first: of the sentences that may lead, the box opens with the earliest that gives a bullet
  // ("Uber has poached Facebook's security chief …", not the background sentence after it).
  // A lead that only puts a name to the story in someone's words ("Council leaders called the
  // closure 'a tragedy'") gives way to the next that may lead and states it in the story's own.
  const leads = candidates.filter((c) => isLead(c, leadRank));
  const plainLeads = leads.filter((c) => !QUOTED_WORDS.test(c.text));
  const leadPosition = Math.min(...(plainLeads.length > 0 ? plainLeads : leads).map((c) => c.position ?? Infinity));
  // The lead is the story as its writer put it, twist included ("A man has died in a road
  // accident - eight months after his brother was killed in the same spot"): it loses its tail
  // only when no version that keeps it fits a bullet. Asides and an opening time may still go.
  const wholeLeads = new Set(candidates.filter((c) => isLead(c, leadRank) && !c.tailCut).map((c) => c.sentenceKey));
  // When none does, the lead is cut only as far as it must be: of its shortened versions, those
  // that end latest ("… Friday - eight weeks after he was asked to take charge", not "… Friday").
  const leadCutEnd = new Map<string, number>();
  for (const c of candidates) {
    if (!isLead(c, leadRank) || !c.tailCut || c.clause || wholeLeads.has(c.sentenceKey)) continue;
    leadCutEnd.set(c.sentenceKey, Math.max(leadCutEnd.get(c.sentenceKey) ?? 0, citedEnd(c)));
  }
  while (picked.length < maxBullets && remaining.length > 0) {
    let best: Candidate | null = picked.length === 0 && pinned ? pinned
      : picked.length === FIGURES_AT && figuresBullet && remaining.includes(figuresBullet) && !restatesFigures(figuresBullet, coveredFigures) ? figuresBullet : null;
    let bestScore = best ? Infinity : 0;
    // The box opens with the lead: the story's first sentence (or the one the story repeats),
    // compressed, unless none of its versions stands as a bullet.
    const leadOnly = !best && !leadUnplaceable && !picked.some((p) => p.rank !== undefined) && remaining.some((c) => isLead(c, leadRank));
    for (const c of best ? [] : remaining) {
      // A key-figures list that gives again a figure the box states ("Nearly $1.8 billion worth
      // of stablecoins" under the lead that says so) lists what the reader has already read.
      if (c.sentenceKey === 'key-figures' && restatesFigures(c, coveredFigures)) continue;
      if (leadOnly && (!isLead(c, leadRank) || (c.position ?? Infinity) > leadPosition || (c.tailCut && (wholeLeads.has(c.sentenceKey) || (!c.clause && citedEnd(c) < (leadCutEnd.get(c.sentenceKey) ?? 0)))))) continue;
      if ((usedSentences.get(c.sentenceKey) ?? 0) >= 2) continue;
      if ((c.unnamed || c.boilerplate || c.generic || c.typo) && !(relaxed && picked.length < 3)) continue;
      // "The documentary explained …": a thing the story told of before stands as a subject only
      // after a bullet that names it (blind reading r16: "'the documentary' without referent").
      // The lead is in every box: a thing it names is named.
      if (c.givenSubject !== undefined && !named(c.givenSubject, coveredKeys, opening.lead) && !(relaxed && picked.length < 3)) continue;
      // So with "the" + such a thing anywhere in it: "… has been key to the discoveries", "…
      // eliminated from the competition" (blind reading r25: "'the discoveries' is never introduced").
      // The story's opening does not name it here: the box gives only its lead, and cut (blind
      // reading r26: "'the villa' … unintroduced"). The lead itself points to nothing before it.
      // A quotation's words are the speaker's ('"… every strain of the cold …," Okafor said').
      if (c.givenThings?.some((k) => !named(k, coveredKeys)) && !leadOnly && !opensOnQuotation(c) && !(relaxed && picked.length < 3)) continue;
      if ((c.trivia || sideStory(c, picked, opening, names) || sideRecord(c, opening, names) || earlierEvent(c, opening, names)) && !leadOnly && c.bonus === 0 && !(withTrivia && picked.length < TRIVIA_FILL)) continue;
      const own = ownCitations(c);
      const overlaps = (list: readonly Citation[]) => own.some((ci) => list.some((p) => p.sourceId === ci.sourceId && ci.start < p.end && p.start < ci.end));
      // A sentence that names a role (who operated it, what it targeted) is offered even when a
      // summary bullet already lists one of its figures.
      if (overlaps(pickedCitations) || (!relaxed && c.bonus === 0 && overlaps(summaryCitations) && newKeys(c) < SUMMARY_OVERLAP_KEYS)) continue;
      // Two clauses of one sentence about one subject ("Kellock and Hall have played nearly 300
      // matches", "Kellock and Hall are to retire") share the subject's words, not the fact; the
      // citations keep a sentence's versions from both standing.
      // A picture caption run into the sentence is a statement of its own, though: "A 20-year-old
      // tourist has claimed she was molested by a taxi driver" restates the lead it ran into ("A
      // taxi driver has been arrested after being accused of molesting a British tourist").
      if (!SUMMARY_KEYS.has(c.sentenceKey) && picked.some((p) => !SUMMARY_KEYS.has(p.sentenceKey) && (p.sentenceKey !== c.sentenceKey || p.position !== c.position) && restates(c.keys, p.keys, names))) continue;
      if (picked.some((p) => announcesSame(c.text, p.text) || announcesSame(p.text, c.text))) continue;
      // The same words quoted twice are one statement told twice: "Offering his 'deepest
      // condolences', Mr Obama said …" and "President Obama expressed his 'deepest condolences'"
      // (blind reading u8: "Obama condolences repeated").
      if (picked.some((p) => sharesQuotation(c.text, p.text))) continue;
      // A figure once: a bullet restating a figure the box already gives ("… a stark contrast to
      // the days when he was rumoured to have $15million") gives way to its version without it
      // ("Bowe had filed for bankruptcy") or to another fact. An age tags a person and may recur.
      if (!leadOnly && !relaxed && c.bonus === 0 && !SUMMARY_KEYS.has(c.sentenceKey) && repeatsMeasure(c, coveredFigures)) continue;
      // One fact once: a bullet that adds no figure and joins the same two people as another
      // ("Hardy … studied English with J.R.R. Tolkien" then "Hardy was taught by Tolkien and C.S.
      // Lewis", whichever comes first) repeats a fact the reader has. Role bullets are exempt, and
      // so is the lead's pair: the lead names who and whom, the bullets after it tell the details.
      const lead = picked.find((p) => p.rank !== undefined);
      if (!leadOnly && c.bonus === 0 && !addsMeasure(c, coveredFigures) && picked.some((p) => p !== lead && samePeople(c.text, p.text, names, opening.lead))) continue;
      if (picked.some((p) => sameEvent(c.text, p.text, names) || sameEvent(p.text, c.text, names) || samePredicate(c.text, p.text) || sameResult(c.text, p.text))) continue;
      let gain = 0;
      for (const key of c.keys) if (!coveredKeys.has(key)) gain += weights.get(key) ?? 0.5;
      let figures = 0;
      let fresh = 0;
      for (const f of c.figures) {
        if (coveredFigures.has(f)) continue;
        figures += figureWeights.get(f) ?? 1;
        fresh++;
      }
      gain += figures * FIGURE_BONUS;
      // The first bullets, the ones every reader sees, each name who did what: one that opens
      // with a participle or "to" ("Belittling employee of …", "To get …"), or a key-figures
      // list that is mostly a timeline of years, may come later.
      const prior = (c.subjectless || c.timeline) && picked.length < LEAD_BULLETS ? c.prior * SUBJECTLESS : c.prior;
      const charged = c.words - FIGURE_PAYS_WORDS * fresh;
      const score = (gain + c.bonus) * prior * centrality(c, opening, names) / Math.pow(c.words, DENSITY) / (1 + Math.max(0, charged - LENGTH_AIM) / LENGTH_SLACK + Math.max(0, charged - LONG_BULLET) / LONG_SLACK);
      // A bullet naming a role the box exists to answer (who operated it, what it targeted)
      // comes before plain facts, whatever its length.
      // The lead states the event with its figure ("… caught after grooming a girl he believed
      // to be 14"): of the lead's versions, one that keeps a figure comes before one that cuts it.
      const ranked = ROLE_LABELS.has(c.label) && !usedRoles.has(c.label) ? score + ROLE_PRIORITY
        : leadOnly && c.figures.size > 0 && c.words <= LONG_BULLET + LONG_SLACK ? score + LEAD_FIGURE_PRIORITY : score;
      if (ranked > bestScore) { bestScore = ranked; best = c; }
    }
    if (!best) {
      // No version of the lead passes the lead's own tests: the box opens with the best of the rest
      // rather than staying empty.
      if (leadOnly) {
        leadUnplaceable = true;
        continue;
      }
      if (!withTrivia && picked.length < TRIVIA_FILL) {
        withTrivia = true;
        continue;
      }
      if (relaxed || picked.length >= 3) break;
      relaxed = true;
      continue;
    }
    picked.push(best);
    usedRoles.add(best.label);
    if (SUMMARY_KEYS.has(best.sentenceKey)) summaryCitations.push(...best.citations);
    else pickedCitations.push(...ownCitations(best));
    for (const key of best.keys) coveredKeys.add(key);
    for (const f of best.figures) coveredFigures.add(f);
    usedSentences.set(best.sentenceKey, (usedSentences.get(best.sentenceKey) ?? 0) + 1);
    remaining.splice(remaining.indexOf(best), 1);
  }
  // After the lead, the bullets that state figures or name a role (who did it, to what) come
  // first, in the order picked: the hard facts (the sentence, the score, the age, the date of the
  // hearing, the target) are what a reader scans a box for, and colour can wait.
  // The lead stays where it is, after the casualties when they open the box. Of the hard facts,
  // a match's result comes first: it is what a sport story's reader looks for after the lead.
  const hard = (c: Candidate) => c.figures.size > 0 || c.bonus > 0 || (c.central === true && !c.trivia);
  const leadEnd = Math.max(1, picked.findIndex((c) => c.rank !== undefined) + 1);
  const rest = picked.slice(leadEnd);
  // A side story comes last, whatever its figures: it is not what the box is about.
  const side = new Set(rest.filter((c) => sideStory(c, picked.filter((p) => p !== c), opening, names) || sideRecord(c, opening, names) || earlierEvent(c, opening, names)));
  const main = rest.filter((c) => !side.has(c));
  const ordered = [...picked.slice(0, leadEnd), ...main.filter((c) => c.result), ...main.filter((c) => hard(c) && !c.result), ...main.filter((c) => !hard(c) && !c.trivia && !c.result), ...main.filter((c) => !hard(c) && c.trivia && !c.result), ...side];
  // "The documentary showed …" reads after the bullet that names the documentary, whatever its figures.
  // So does a bullet that points back to a thing elsewhere in it ("… key to the discoveries").
  for (let i = 0; i < ordered.length; i++) {
    const c = ordered[i]!;
    // The lead stays first, and a quotation's words are the speaker's.
    const things = i < leadEnd || opensOnQuotation(c) ? [] : c.givenThings ?? [];
    const keys = [...(c.givenSubject === undefined || named(c.givenSubject, opening.lead) ? [] : [c.givenSubject]), ...things];
    if (keys.length === 0 || keys.some((k) => ordered.slice(0, i).some((p) => named(k, p.keys)))) continue;
    const naming = ordered.findIndex((o, j) => j > i && keys.some((k) => named(k, o.keys)));
    if (naming > i) ordered.splice(naming, 0, ...ordered.splice(i--, 1));
  }
  picked.splice(0, picked.length, ...ordered);
  // No label twice: a later bullet takes the next role that fits it, or none (a plain bullet).
  const used = new Set<string>();
  const out: FactBoxBullet[] = [];
  for (const c of picked) {
    const choices = (c.mentions ? labelChoices(c.text, c.mentions) : [c.label]).filter((l) => (l !== 'Charges' && l !== 'Verdict' && l !== 'Plea') || aboutTheStory(c, opening, names));
    const label = choices.find((l) => l !== '' && !used.has(l)) ?? '';
    if (label !== '') used.add(label);
    // "Key figure:" under "Key figures:" reads as the same label.
    if (label.startsWith('Key figure')) { used.add('Key figure'); used.add('Key figures'); }
    out.push({ label, text: c.text, citations: c.citations });
  }
  return out;
}

/** A word's stem for telling whether two forms name one thing ("assaults", "assaulting"). */
const stem = (key: string): string => (key.length > 5 ? key.replace(/(?:ing|ed|es|e|s)$/, '') : key);

/** Whether a thing (by its word's key) is named in any of the key sets, in any form. */
function named(key: string, ...sets: readonly ReadonlySet<string>[]): boolean {
  const root = stem(key);
  return sets.some((set) => set.has(key) || [...set].some((k) => stem(k) === root));
}

/** Where the last of a bullet's citations ends: how far into its sentence the bullet runs. */
function citedEnd(c: Candidate): number {
  return c.citations.reduce((end, ci) => Math.max(end, ci.end), 0);
}

/**
 * A bullet whose news is only that something will be announced or confirmed: "An announcement
 * will be made by the club on Friday morning" beside "Locke will be confirmed as manager on
 * Friday" is the same fact told twice.
 */
const ANNOUNCEMENT = /^(?:An?|The)\s+(?:(?:official|formal|further|full)\s+)?(?:announcement|statement|confirmation|decision)\s+(?:will|is|was|would|has|had|could|may|should)\b/;
/** The day or date a bullet gives ("Friday", "April 6", "6 April"). */
const DAY_OR_DATE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/g;

/** Whether bullet a only announces what bullet b states, on the same day (see ANNOUNCEMENT). */
function announcesSame(a: string, b: string): boolean {
  if (!ANNOUNCEMENT.test(a)) return false;
  const days = new Set(a.match(DAY_OR_DATE) ?? []);
  return (b.match(DAY_OR_DATE) ?? []).some((d) => days.has(d));
}

/** A bullet's citations of its own sentence: a borrowed subject's name may repeat another bullet's. */
function ownCitations(c: Candidate): readonly Citation[] {
  return c.borrowed ? c.citations.slice(1) : c.citations;
}

/**
 * Share of the shorter bullet's content words that another bullet already says, above which the
 * two state the same fact ("McHenry suspended for one week" three times over). Set on
 * factbox-dev: restatements share 0.55–0.75 of their words, bullets on different facts about the
 * same person (name and one more word) well under half.
 */
const RESTATED_OVERLAP = 0.5;

/**
 * Whether a bullet with content words `a` restates one with `b`: half the shorter one's words
 * shared, one of them more than a name (the same person doing something else is a new fact).
 */
function restates(a: ReadonlySet<string>, b: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  let shared = 0;
  let sharedOther = 0;
  for (const k of a) {
    if (!b.has(k)) continue;
    shared++;
    if (!names.has(k)) sharedOther++;
  }
  return sharedOther > 0 && shared >= 2 && shared / Math.min(a.size, b.size) >= RESTATED_OVERLAP;
}

/** Capitalised words that name no one: days, months. */
const CALENDAR_KEY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * The people and places a bullet names, one key each: a run of capitalised words is one name,
 * known by its last word ("Mr Hardy" -> hardy, "J.R.R. Tolkien" -> tolkien), and only runs the
 * story writes as names (see wordWeights) count.
 */
function namedKeys(text: string, names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    let j = i;
    while (j + 1 < words.length && /^\p{Lu}/u.test(words[j + 1]!) && !/[,;:]$/.test(words[j]!)) j++;
    const key = wordKey(words[j]!.replace(/[^\p{L}\p{N}]+/gu, ''));
    if (key !== undefined && names.has(key) && !CALENDAR_KEY.test(key)) out.add(key);
    i = j;
  }
  return out;
}

/**
 * Whether a bullet states a figure the box does not yet have, other than an age: an age tags a
 * person ("Mrs Marsh, 84,") and says nothing new of what they did.
 */
function addsMeasure(c: Candidate, covered: ReadonlySet<string>): boolean {
  return (c.mentions ?? []).some((m) => isFigure(m) && m.kind !== 'age' && !covered.has(figureKey(m)));
}

/** Whether a bullet states a figure other than an age that the box already gives. */
function repeatsMeasure(c: Candidate, covered: ReadonlySet<string>): boolean {
  // An ordinal ranks a thing, it measures nothing: 'a miserable first season' and 'Palace's
  // first goal' are two facts.
  return (c.mentions ?? []).some((m) => isFigure(m) && m.kind !== 'age' && m.kind !== 'ordinal' && covered.has(figureKey(m)));
}

/**
 * Whether two bullets name the same two people or places, one of whom the lead does not name:
 * "Hardy … studied English with J.R.R. Tolkien" and "Hardy was taught by Tolkien and C.S. Lewis"
 * tell one relation with a side figure twice. The lead's own people (the accused and the victim)
 * recur in every fact of the story. A bullet that adds a figure of its own is a new fact about
 * them ("Kellock and Hall have played nearly 300 matches") and is let through by the caller.
 */
function samePeople(a: string, b: string, names: ReadonlySet<string>, leadKeys: ReadonlySet<string>): boolean {
  const other = namedKeys(b, names);
  let shared = 0;
  let side = false;
  for (const k of namedKeys(a, names)) {
    if (!other.has(k)) continue;
    shared++;
    if (!leadKeys.has(k)) side = true;
  }
  return shared >= 2 && side;
}

/**
 * Whether a bullet opens with the subject and verb of an event another bullet (`other`)
 * already states: "Paramedics were called to the villa" after "Enck said paramedics were
 * called early March 20" tells the reader the same event twice, whatever it adds. The subject is
 * a common noun: the same person doing something else is a new fact.
 */
function sameEvent(text: string, other: string, names: ReadonlySet<string>): boolean {
  const words = text.split(/\s+/);
  const at = words.findIndex((w) => wordKey(w.replace(/[^\p{L}\p{N}]+/gu, '')) !== undefined);
  const event = at < 0 ? undefined : subjectVerbAt(words, at);
  if (!event || names.has(event[0]) || /^\p{Lu}/u.test(words[at]!) && at > 0) return false;
  // The same subject and verb there too ("paramedics were called"), not only the same words somewhere.
  const others = other.split(/\s+/);
  return others.some((_, i) => subjectVerbAt(others, i)?.join(' ') === event.join(' '));
}

/** A result over someone: "victories over former champion Evander Holyfield", "his win against Holyfield". */
const RESULT_OVER = /\b(?:victory|victories|win|wins|defeat|defeats|triumph|triumphs)\s+(?:over|against)\s+(?:\p{Ll}+\s+){0,3}(?:\p{Lu}\p{Ll}+\s+)*?(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu;

/**
 * Whether two bullets tell a result over the same opponent ("Bowe notched up victories over former
 * champion Evander Holyfield in 1992" and "In the 1990s Bowe became renowned for his victory over
 * Holyfield"): one fact told twice, whatever the verbs around it.
 */
function sameResult(a: string, b: string): boolean {
  const opponents = (text: string) => new Set([...text.matchAll(RESULT_OVER)].map((m) => m[1]!));
  const theirs = opponents(b);
  return [...opponents(a)].some((o) => theirs.has(o));
}

/** Words after which an "-ed" word is an adjective, not a verb. */
const NOT_BEFORE_VERB = /^(?:a|an|the|with|of|for|in|on|to|and|or|his|her|their|its|more|most|less|least|very|from|by|at)$/;

/**
 * Whether two bullets share a past-tense verb and the content word after it ("pleaded not guilty"
 * in "Allen pleaded not guilty Monday to charges …" and "An Ohio man … has pleaded not guilty to
 * 19 counts"): the same act of the same story told twice under two names for its subject.
 */
function samePredicate(a: string, b: string): boolean {
  const pairs = (text: string) => {
    const words = text.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]+/gu, ''));
    const out = new Set<string>();
    words.forEach((w, i) => {
      if (!/^\p{Ll}+$/u.test(w) || /^(?:said|told|added|used|based|called|named|aged)$/.test(w) || !(w.endsWith('ed') || isIrregularPast(w))) return;
      // After a determiner or a preposition it is an adjective: "with advanced cancer".
      if (i === 0 || NOT_BEFORE_VERB.test(words[i - 1]!.toLowerCase())) return;
      const next = words.slice(i + 1).map((x) => wordKey(x)).find((k) => k !== undefined);
      if (next !== undefined) out.add(`${w} ${next}`);
    });
    return out;
  };
  const own = pairs(a);
  return [...pairs(b)].some((p) => own.has(p));
}

/** Auxiliaries between a subject and its verb: "paramedics [were] called", "police [have] arrested". */
const AUXILIARY = /^(?:is|are|was|were|be|been|has|have|had|will|would)$/;

/** The subject key at `at` and the key of its past-tense verb right after it (auxiliaries between), if it has one. */
function subjectVerbAt(words: readonly string[], at: number): [string, string] | undefined {
  const bare = (w: string) => w.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
  const subject = wordKey(bare(words[at] ?? ''));
  if (subject === undefined || /[,;:]$/.test(words[at]!)) return undefined;
  let j = at + 1;
  while (j < words.length && AUXILIARY.test(bare(words[j]!))) j++;
  const verb = bare(words[j] ?? '');
  if (!/^\p{Ll}+$/u.test(words[j]?.replace(/[,;:.]+$/, '') ?? '') || !(verb.endsWith('ed') || isIrregularPast(verb))) return undefined;
  return [subject, verb];
}

/**
 * Sentence ranks that may stand as the lead (the first sentence, or a fact the story states
 * twice): the lead is the earliest of them that gives a bullet, never one past the third sentence.
 */
const MAX_LEAD_RANK = 2;
const isLead = (c: Candidate, leadRank: number): boolean => c.rank !== undefined && c.rank <= Math.min(leadRank, MAX_LEAD_RANK) && !c.unnamed && !c.boilerplate;
/**
 * Someone's words in double quotation marks, three words or more: a word quoted alone ('the word
 * "genocide"', '"collateral damage"') names a term, it does not put the story in a speaker's mouth.
 */
const QUOTED_WORDS = /["“][^"“”]*?\s[^"“”]*?\s[^"“”]*?["”]/;
/** Whether a bullet opens on a quotation mark: its words are the speaker's, who may point to what they like. */
const opensOnQuotation = (c: Candidate): boolean => /^["“‘']/.test(c.text);
/** Where the key-figures bullet goes: right after the lead. */
const FIGURES_AT = 1;

/** A sentence that restates a summary bullet's figure is still worth a bullet if it adds this many new words (where, to what). */
const SUMMARY_OVERLAP_KEYS = 4;
/** Lifts a role bullet above every plain one (scores are far below this). */
const ROLE_PRIORITY = 1000;
/** Lifts a version of the lead that keeps a figure above those that cut it (below a role's priority). */
const LEAD_FIGURE_PRIORITY = 500;

/** Whether a summary bullet gives a figure the box already states. */
function restatesFigures(c: Candidate, covered: ReadonlySet<string>): boolean {
  return [...c.figures].some((f) => covered.has(f));
}


/** Words a quotation must hold for two bullets that quote it to tell one statement. */
const SHARED_QUOTE_WORDS = 2;

/** Whether two bullets quote the same words of two or more ("deepest condolences"). */
function sharesQuotation(a: string, b: string): boolean {
  // Whole quotations only, between marks that open and close them (an apostrophe in "we're" is neither).
  const quoted = (t: string) => [...t.matchAll(/(?<=^|[\s(])(?:"([^"]{3,}?)"|“([^”]{3,}?)”|‘([^’]{3,}?)’(?![\p{L}]))/gu)]
    .map((m) => (m[1] ?? m[2] ?? m[3])!.toLowerCase().replace(/[,.;:!?]+$/, '').trim()).filter((q) => q.split(/\s+/).length >= SHARED_QUOTE_WORDS);
  const theirs = new Set(quoted(b));
  return quoted(a).some((q) => theirs.has(q));
}
