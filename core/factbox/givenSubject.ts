// A bullet whose subject is a definite description of something the story told of before ("The
// embarrassing remark left the mother-of-six mortified …", "The documentary explained …"):
// "the" points back to a sentence the box does not have. The bullet reads as a fact only after
// another bullet that names the thing.
import type { Sentence } from './candidate.ts';
import { wordKey } from './factText.ts';
import { firstMention } from './storyWords.ts';
import { verbForm } from './verbForm.ts';

/** Most words between "The" and the head of its noun phrase ("The [brutal late-night] attack"). */
const MAX_MODIFIERS = 3;
/** Words that end a subject noun phrase before its verb: a preposition or a relative opens its post-modifier. */
const AFTER_HEAD = /^(?:in|on|at|of|for|from|with|by|who|which|that|near|over|under|behind|between)$/;

/**
 * The key of a bullet's subject head when the subject is "The" + a common noun the story used
 * before the bullet's sentence; undefined otherwise. Names ("The Duchess"), people (the
 * unnamed-subject rules take "The man") and nouns the sentence introduces itself are no such
 * subject.
 */
export function givenSubject(text: string, sentence: Sentence): string | undefined {
  const words = text.split(/\s+/);
  if (words[0] !== 'The') return undefined;
  let head: string | undefined;
  for (let i = 1; i <= MAX_MODIFIERS + 1 && i < words.length; i++) {
    const word = words[i]!.replace(/[,;:]$/, '');
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return undefined;
    const next = words[i + 1]?.replace(/[,;:]$/, '') ?? '';
    if (verbForm(next) !== undefined || AFTER_HEAD.test(next) || /[,;:]$/.test(words[i]!)) { head = word; break; }
  }
  const key = head === undefined ? undefined : wordKey(head);
  if (key === undefined) return undefined;
  const first = firstMention(sentence.source).get(key);
  return first !== undefined && first < sentence.start ? key : undefined;
}
