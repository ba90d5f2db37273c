// "Use source value": the source's wording of a figure, fitted to the sentence it goes into.
import { Range, Transforms } from 'slate';
import type { BaseRange, Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
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

/** Replaces the claim's text and selects the new text; one undo step of its own. */
export function replaceRange(editor: Editor, range: BaseRange, value: string): void {
  const start = Range.start(range);
  // Its own history batch: one Ctrl+Z undoes the replacement and nothing typed before it.
  HistoryEditor.withNewBatch(editor as HistoryEditor, () => {
    Transforms.insertText(editor, value, { at: range });
  });
  Transforms.select(editor, { anchor: start, focus: { path: start.path, offset: start.offset + value.length } });
}
