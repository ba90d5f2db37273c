// Casualty figures get their own "Casualties" bullet because they are the first thing a
// reader of an attack, crash or disaster story looks for, and they are usually spread over
// several sentences ("Three people lost their lives and 45 others were injured … Six of the
// injured are in serious condition").
import type { Mention } from '../types.ts';

export type CasualtyCategory = 'killed' | 'injured' | 'seriously injured' | 'missing';

export interface CasualtyFigure {
  readonly category: CasualtyCategory;
  readonly mention: Mention;
  /** Source offsets of the phrase the figure rests on, e.g. "Three people lost their lives". */
  readonly start: number;
  readonly end: number;
}

const KILLED = /\b(killed|dead|died|die|deaths?|lost (?:their|his|her) lives?|fatalities|fatally|perished|bodies|death toll)\b/i;
const INJURED = /\b(injured|wounded|hurt|injuries|casualties|hospitali[sz]ed)\b/i;
const SERIOUS = /\b(serious(?:ly)?|critical(?:ly)?|life-threatening|grave)\b/i;
const MISSING = /\b(missing|unaccounted)\b/i;
/** Verbs that put the victims after the number: "killing 12", "the death toll rose to 12". */
const BEFORE_KILLED = /\b(killing|killed|death toll (?:\w+ ){0,3}(?:to|at|of)|leaving|left)\s*$/i;
const BEFORE_INJURED = /\b(injuring|wounding|injured|wounded)\s*$/i;

/**
 * A rate ("About 900 women die each year", "12 a day") counts deaths over time, not the
 * casualties of one event: a casualty figure is a toll of an attack, crash, disaster, shooting
 * or fighting. "a year after" and "a day later" date the event and are no rate.
 */
const RATE = /\b(?:each|every|per)\s+(?:year|month|week|day|night)\b|\b(?:a|an)\s+(?:year|month|week|day)\b(?!\s+(?:after|before|ago|earlier|later|since|on|in|of))|\b(?:annually|yearly)\b/i;
/** Illness kills patients, not the victims of an event: its deaths are no casualties. */
const ILLNESS = /\b(?:cancers?|diseases?|illness(?:es)?|tumou?rs?|leuka?emia|diabetes|dementia|infections?|virus(?:es)?|flu|malaria|strokes?|heart (?:attacks?|failure|disease)|overdoses?|sepsis|meningitis)\b/i;
const ILLNESS_NAME = /\b(?:HIV|AIDS|Ebola|Covid(?:-19)?)\b/;
/** What a count counts when it is no toll of people: "three cases", "two goals", "40 homes", "400 dogs" (animals are no casualties). */
const NOT_VICTIMS = /^(?:cases?|times?|goals?|points?|years?|months?|weeks?|days?|hours?|minutes?|matches|games?|seats?|votes?|incidents?|attacks?|offences?|crimes?|cars?|vehicles?|homes?|houses?|buildings?|properties|trees?|animals?|dogs?|cats?|birds?|sheep|cows?|cattle|pigs?|horses?|chickens?|poultry|fish|livestock)$/i;

/** Whether a double or curly quotation is open at `at` in a sentence: the figure is someone's words. */
function insideQuotation(sentence: string, at: number): boolean {
  const before = sentence.slice(0, Math.max(0, at));
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  return straight % 2 === 1 || opened > 0 || /^\s*['‘]/.test(sentence) && !/\S['’]\s/.test(before);
}

/** Where the sentence holding a figure ending at `end` ends (as sentenceAround cuts it). */
function sentenceEndOf(text: string, end: number): number {
  const after = /[.!?](?:\s|$)|\n/.exec(text.slice(end, end + 400));
  return after ? end + after.index : Math.min(text.length, end + 400);
}

/** The sentence a figure stands in, from the last full stop before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 400), start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  const after = /[.!?](?:\s|$)|\n/.exec(text.slice(end, end + 400));
  return text.slice(stop < 0 ? Math.max(0, start - 400) : start - before.length + stop + 1, after ? end + after.index : Math.min(text.length, end + 400));
}

/** Whether a mention is a plain count of people-like things (not a year, a price, a score). */
function isHeadCount(m: Mention): boolean {
  return (m.kind === 'count') && m.value !== null && m.value >= 0 && m.value < 1e7 && !m.unit;
}

/**
 * The casualty figures a text states. A count belongs to a category when the words right after
 * it (up to the next figure or punctuation) or right before it name the category.
 */
export function findCasualtyFigures(text: string, mentions: readonly Mention[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!isHeadCount(m)) continue;
    const next = mentions[i + 1];
    let windowEnd = Math.min(text.length, m.end + 90, next ? next.start : Infinity);
    // A clause of time or cause after the count ("… vaccinated 400 dogs since his death") says
    // when, not what was counted: its death is no toll.
    const stop = /[.;:!?\n]|,\s|\s(?:and|but|while|after|since|before|following|because)\s/g;
    stop.lastIndex = m.end;
    const hit = stop.exec(text);
    if (hit && hit.index < windowEnd) windowEnd = hit.index;
    const after = text.slice(m.end, windowEnd);
    // Too far from the figure to be what it counts.
    const words = after.trim().split(/\s+/).slice(0, 11).join(' ');
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    let category: CasualtyCategory | null = null;
    let end = m.end;
    const injuredAfter = INJURED.exec(words);
    const killedAfter = KILLED.exec(words);
    if (injuredAfter && SERIOUS.test(words)) category = 'seriously injured';
    else if (killedAfter && (!injuredAfter || killedAfter.index < injuredAfter.index)) category = 'killed';
    else if (injuredAfter) category = 'injured';
    else if (MISSING.test(words)) category = 'missing';
    if (category) {
      const matched = category === 'killed' ? KILLED : category === 'missing' ? MISSING
        : category === 'seriously injured' ? (SERIOUS.exec(words)!.index > injuredAfter!.index ? SERIOUS : INJURED) : INJURED;
      const found = matched.exec(after);
      if (found) end = m.end + found.index + found[0].length;
      if (category === 'seriously injured') {
        const tail = /\b(condition|injur(?:ed|ies))\b/i.exec(after.slice(end - m.end));
        if (tail && tail.index < 30) end += tail.index + tail[0].length;
      }
    } else if (BEFORE_KILLED.test(before)) {
      category = 'killed';
    } else if (BEFORE_INJURED.test(before)) {
      category = 'injured';
    }
    if (!category) continue;
    // "The father-of-four pleaded guilty to causing death by careless driving": a count inside a
    // compound describes a person, and an offence's name ("causing death by …") is no toll.
    if (/-$/.test(text.slice(Math.max(0, m.start - 1), m.start)) || /\bcaus(?:e|es|ed|ing) (?:the )?death\b|\bdeath by\b/i.test(words)) continue;
    // "three cases were reclassified following deaths": a count of cases, goals or buildings is
    // no toll of people, whatever death the sentence names.
    if (NOT_VICTIMS.test(words.split(' ')[0] ?? '')) continue;
    // "At least 12 staff members and seven patients were killed": one part of a coordinated toll
    // is not the toll ("Seven killed" would misstate it); the lead states it whole.
    const prev = mentions[i - 1];
    const between = text.slice(prev?.end ?? 0, m.start);
    if (prev && isHeadCount(prev) && /^[^.;:!?]{0,60}\band\s+(?:\S+\s+){0,2}$/.test(between) && !KILLED.test(between) && !INJURED.test(between)) continue;
    const sentence = sentenceAround(text, m.start, m.end);
    if (RATE.test(sentence) || ILLNESS.test(sentence) || ILLNESS_NAME.test(sentence)) continue;
    // Someone's words ("'we picked up a couple of other injuries,' said Ferguson") are no report of a toll.
    if (insideQuotation(sentence, sentence.length - (sentenceEndOf(text, m.end) - m.start))) continue;
    // The figure of an earlier, separate event ("a previous attack killed two") is still a
    // casualty figure; the fact box takes the most prominent one per category.
    out.push({ category, mention: m, start: m.start, end });
  }
  return out;
}
