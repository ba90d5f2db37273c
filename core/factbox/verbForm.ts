// Whether a word is a finite verb. The subject, caption and clause rules all ask it to tell a
// name followed by its predicate from a run of capitalised words, so it lives on its own.
import { isParticiple } from './headlineDrops.ts';
import { isIrregularPast } from './bulletShape.ts';
import { STOP_WORDS } from './factText.ts';

export const VERB_ADVERBS = /^(?:\p{Ll}+ly|already|also|then|later|now|still|once|never)$/u;

/** Whether a word is a finite verb, and which: 'past' ("was", "ended", "shot"), 'present' ("has", "holds"), 'modal' ("will"). */
export function verbForm(raw: string): 'past' | 'present' | 'modal' | undefined {
  if (/^(?:will|would|can|could|may|might|must|should)$/.test(raw)) return 'modal';
  if (/^(?:was|were|had|did)$/.test(raw) || isIrregularPast(raw) || (isParticiple(raw) && !/^(?:born|given|taken|seen|known|shown|done|gone|written|been)$/.test(raw))) return 'past';
  if (/^(?:is|are|has|have|does)$/.test(raw) || (/^\p{Ll}{3,}[^s']s$/u.test(raw) && !STOP_WORDS.has(raw))) return 'present';
  return undefined;
}
