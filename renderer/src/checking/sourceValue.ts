// "Use source value": the source's wording of a figure, fitted to the sentence it goes into.
import { parseNumberWords } from '../../../core/index.ts';
import type { Claim, Evidence } from '../../../core/index.ts';

const DIGITS = /^[\d][\d,.]*$/;

/** The text to put in place of the claim, or null when the evidence names no figure. */
export function replacementFor(claim: Pick<Claim, 'text'>, evidence: Evidence): string | null {
  let value = evidence.value?.trim();
  if (!value) return null;
  // A draft that writes figures in digits keeps digits: "4 killed" becomes "3 killed", not "Three killed".
  if (DIGITS.test(claim.text.trim())) {
    const words = value.toLowerCase().split(/[\s-]+/);
    const parsed = parseNumberWords(words);
    if (parsed.used === words.length && Number.isFinite(parsed.value)) value = parsed.value.toLocaleString('en-US');
  }
  const draftFirst = claim.text.trim()[0] ?? '';
  const valueFirst = value[0] ?? '';
  const atSourceSentenceStart = evidence.valueStart !== undefined && evidence.valueStart === evidence.start;
  if (isLower(draftFirst) && isUpper(valueFirst) && atSourceSentenceStart) value = valueFirst.toLowerCase() + value.slice(1);
  else if (isUpper(draftFirst) && isLower(valueFirst)) value = valueFirst.toUpperCase() + value.slice(1);
  return value;
}

const isLower = (c: string) => c !== '' && c === c.toLowerCase() && c !== c.toUpperCase();
const isUpper = (c: string) => c !== '' && c === c.toUpperCase() && c !== c.toLowerCase();
