// The "Casualties" bullet: how many were killed, injured or missing, composed from each source's
// own figures, with a range when sources disagree. Readers of a disaster story look for it first.
import type { Citation } from '../types.ts';
import { findCasualtyFigures, type CasualtyCategory, type CasualtyFigure } from './findCasualtyFigures.ts';
import { contentKeys, formatFigure } from './factText.ts';
import { figureKey, positionPrior, type Candidate, type Sentence } from './candidate.ts';

const CASUALTY_ORDER: readonly CasualtyCategory[] = ['killed', 'injured', 'seriously injured', 'missing'];
const CASUALTY_WORDS: Readonly<Record<CasualtyCategory, string>> = {
  killed: 'killed', injured: 'injured', 'seriously injured': 'seriously', missing: 'missing',
};

/** One "Casualties" bullet from the figures every source gives, with a range where they differ. */
export function casualtyCandidates(sentences: readonly Sentence[]): Candidate[] {
  const byCategory = new Map<CasualtyCategory, { figure: CasualtyFigure; sentence: Sentence }[]>();
  const perSource = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = perSource.get(s.source.id) ?? [];
    list.push(s);
    perSource.set(s.source.id, list);
  }
  for (const list of perSource.values()) {
    const source = list[0]!.source;
    const mentions = list.flatMap((s) => s.mentions);
    const figures = findCasualtyFigures(source.text, mentions);
    const seenCategory = new Set<CasualtyCategory>();
    for (const figure of figures) {
      // A source's first figure per category is its headline figure; later ones are usually
      // breakdowns or other events.
      if (seenCategory.has(figure.category)) continue;
      seenCategory.add(figure.category);
      const sentence = list.find((s) => figure.start >= s.start && figure.start < s.end);
      if (!sentence || sentence.position > 12) continue;
      const entries = byCategory.get(figure.category) ?? [];
      entries.push({ figure, sentence });
      byCategory.set(figure.category, entries);
    }
  }
  if (!byCategory.has('killed') && !byCategory.has('injured')) return [];
  if (singleVictim(byCategory)) return [];
  const parts: string[] = [];
  const citations: Citation[] = [];
  const figures = new Set<string>();
  let bestPosition = Infinity;
  for (const category of CASUALTY_ORDER) {
    const entries = byCategory.get(category);
    if (!entries) continue;
    const values = [...new Set(entries.map((e) => e.figure.mention.value!))].sort((a, b) => a - b);
    let figureText: string;
    if (values.length === 1) {
      figureText = entries[0]!.figure.mention.text;
    } else {
      figureText = `${formatFigure(values[0]!)}–${formatFigure(values[values.length - 1]!)}`;
    }
    if (parts.length > 0 && /^[A-Z][a-z]/.test(figureText)) figureText = figureText.charAt(0).toLowerCase() + figureText.slice(1);
    let part = `${figureText} ${CASUALTY_WORDS[category]}`;
    if (values.length > 1) part += ' (sources differ)';
    parts.push(category === 'seriously injured' ? `(${part})` : part);
    for (const e of entries) {
      citations.push({ sourceId: e.sentence.source.id, start: e.figure.start, end: e.figure.end });
      bestPosition = Math.min(bestPosition, e.sentence.position);
      figures.add(figureKey(e.figure.mention));
    }
  }
  let text = parts.join(', ').replace(/, \(/g, ' (');
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return [{
    label: 'Casualties',
    text,
    citations,
    keys: new Set(contentKeys(text)),
    figures,
    words: text.split(/\s+/).length,
    prior: positionPrior(bestPosition),
    bonus: 4,
    sentenceKey: 'casualties',
  }];
}

/**
 * A toll of one: "One killed" for a neighbours' row that ended in a death, or "1 injured". A
 * casualty line summarises an incident with several victims; for one victim the story is about
 * that person, and the lead that names them says it better (blind reading: "Casualties: One
 * killed" opening a box on a single punch read as a non-fact).
 */
function singleVictim(byCategory: ReadonlyMap<CasualtyCategory, readonly { figure: CasualtyFigure }[]>): boolean {
  const values = [...byCategory.values()].flatMap((entries) => entries.map((e) => e.figure.mention.value ?? 0));
  return values.length > 0 && values.every((v) => v <= 1) && byCategory.size === 1;
}
