// "Use source value": the smallest edit that makes the draft say what its source says. The
// engine flags the part of a figure that disagrees ("week" in "4-week-old" against the source's
// "4-month"), while the source's value is the whole figure; pasting that value over the flag wrote
// "4-4-month-old". So the value is split into its number and unit, each compared with the draft's,
// and only the part that differs is replaced. When that is not clear, no correction is offered.
import { Transforms } from 'slate';
import type { Editor, Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import { parseNumberWords } from '../../../core/index.ts';
import type { Claim, Evidence } from '../../../core/index.ts';

export interface SourceCorrection {
  /** Offsets in the block's text of the part to replace. */
  readonly start: number;
  readonly end: number;
  /** What goes there. */
  readonly text: string;
  /** The sentence after the change, cut around it, for the card to show before anything is applied. */
  readonly preview: { readonly before: string; readonly inserted: string; readonly after: string };
}

/** A figure split into a number and the unit word after it, offsets relative to the figure. */
interface Figure {
  readonly number: { start: number; end: number; value: number; digits: boolean } | null;
  /** The first word after the number ("month" in "4-month", "" in "Three"). */
  readonly unit: { start: number; end: number } | null;
}

const TOKEN = /[A-Za-z]+|\d[\d,]*(?:\.\d+)?/g;
const DIGITS = /^\d[\d,]*(?:\.\d+)?$/;
// Only currency signs may stand before the number ("$1.2 billion"); anything else is a phrase.
const BEFORE_NUMBER = /^[$€£¥]?\s?$/;
/** One separator between a number and its unit: "4-month", "6 hours". */
const SEPARATOR = /^[-\s\u00a0]$/;
/** How much of the sentence the preview shows either side of the change. */
const PREVIEW_CONTEXT_CHARS = 40;

function parseFigure(text: string): Figure {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const first = tokens[0];
  if (!first || !BEFORE_NUMBER.test(text.slice(0, first.start))) return { number: null, unit: null };
  let number: Figure['number'];
  let next = 1;
  if (DIGITS.test(first.word)) {
    number = { start: 0, end: first.end, value: Number(first.word.replace(/,/g, '')), digits: true };
  } else {
    const parsed = parseNumberWords(tokens.map((t) => t.word.toLowerCase()));
    if (parsed.used === 0 || !Number.isFinite(parsed.value)) return { number: null, unit: null };
    number = { start: 0, end: tokens[parsed.used - 1]!.end, value: parsed.value, digits: false };
    next = parsed.used;
  }
  const unit = tokens[next];
  return { number, unit: unit && /^[A-Za-z]+$/.test(unit.word) ? { start: unit.start, end: unit.end } : null };
}

/** The number written the draft's way: digits stay digits ("4 killed" → "3 killed", not "Three killed"). */
function numberInDraftStyle(value: string, parsed: number, draftDigits: boolean): string {
  return draftDigits && !DIGITS.test(value) ? parsed.toLocaleString('en-US') : value;
}

const singular = (word: string) => word.toLowerCase().replace(/s$/, '');

/** The source's unit with the draft's number agreement: the number did not change, so neither does the grammar. */
function unitInDraftForm(sourceUnit: string, draftUnit: string): string {
  const draftPlural = /s$/i.test(draftUnit);
  const sourcePlural = /s$/i.test(sourceUnit);
  if (draftPlural && !sourcePlural) return `${sourceUnit}s`;
  if (!draftPlural && sourcePlural) return sourceUnit.slice(0, -1);
  return sourceUnit;
}

/** Capitalised like the text it replaces: a sentence's first word stays capitalised, a mid-sentence one lower-case. */
function casedLike(replaced: string, value: string, valueAtSourceSentenceStart: boolean): string {
  const [draftFirst, valueFirst] = [replaced[0] ?? '', value[0] ?? ''];
  if (isLower(draftFirst) && isUpper(valueFirst) && valueAtSourceSentenceStart) return valueFirst.toLowerCase() + value.slice(1);
  if (isUpper(draftFirst) && isLower(valueFirst)) return valueFirst.toUpperCase() + value.slice(1);
  return value;
}
const isLower = (c: string) => c !== '' && c === c.toLowerCase() && c !== c.toUpperCase();
const isUpper = (c: string) => c !== '' && c === c.toUpperCase() && c !== c.toLowerCase();

/** The word right after `end` across one separator ("month" after "5" in "5-month-old"). */
function wordAfter(text: string, end: number): { start: number; end: number } | null {
  if (!SEPARATOR.test(text[end] ?? '')) return null;
  const m = /^[A-Za-z]+/.exec(text.slice(end + 1));
  return m ? { start: end + 1, end: end + 1 + m[0].length } : null;
}

/** The number right before `start` across one separator ("4" before "week" in "4-week-old"). */
function numberBefore(text: string, start: number): { start: number; end: number; value: number; digits: boolean } | null {
  if (!SEPARATOR.test(text[start - 1] ?? '')) return null;
  const m = /(\d[\d,]*(?:\.\d+)?|[A-Za-z]+)$/.exec(text.slice(0, start - 1));
  if (!m) return null;
  const figure = parseFigure(m[0]);
  if (!figure.number || figure.number.end !== m[0].length) return null;
  return { start: m.index, end: start - 1, value: figure.number.value, digits: figure.number.digits };
}

type Edit = { start: number; end: number; text: string };

/** The edit one piece of evidence asks for, or null when its value does not map clearly onto the draft. */
function editFor(blockText: string, claimStart: number, claimEnd: number, evidence: Evidence): Edit | null {
  const value = evidence.value?.trim();
  if (!value) return null;
  const atSourceSentenceStart = evidence.valueStart !== undefined && evidence.valueStart === evidence.start;
  const claimText = blockText.slice(claimStart, claimEnd);
  const draft = parseFigure(claimText);
  const source = parseFigure(value);
  const sourceNumber = source.number ? value.slice(source.number.start, source.number.end) : '';
  const sourceUnit = source.unit ? value.slice(source.unit.start, source.unit.end) : '';

  // A phrase against a phrase ("on Monday" / "over the weekend"): nothing to split, the whole claim goes.
  if (!draft.number && !source.number) return { start: claimStart, end: claimEnd, text: casedLike(claimText, value, atSourceSentenceStart) };
  if (!source.number) return null;

  // The draft's number and unit: inside the claim, or either side of it when the engine flagged
  // only one of them.
  let number: { start: number; end: number; value: number; digits: boolean } | null;
  let unit: { start: number; end: number } | null;
  if (draft.number) {
    number = { ...draft.number, start: claimStart + draft.number.start, end: claimStart + draft.number.end };
    unit = draft.unit ? { start: claimStart + draft.unit.start, end: claimStart + draft.unit.end } : wordAfter(blockText, claimEnd);
  } else {
    // The claim is the unit word alone ("week" in "4-week-old").
    if (!/^[A-Za-z]+$/.test(claimText)) return null;
    number = numberBefore(blockText, claimStart);
    unit = { start: claimStart, end: claimEnd };
    if (!number) return null;
  }
  const draftUnit = unit ? blockText.slice(unit.start, unit.end) : '';
  const numberDiffers = number.value !== source.number.value;
  // A source value without a unit ("Three") says nothing about the draft's unit.
  const unitDiffers = sourceUnit !== '' && (draftUnit === '' || singular(draftUnit) !== singular(sourceUnit));
  const newNumber = () => casedLike(blockText.slice(number.start, number.end), numberInDraftStyle(sourceNumber, source.number!.value, number.digits), atSourceSentenceStart);

  if (numberDiffers && !unitDiffers) return { start: number.start, end: number.end, text: newNumber() };
  if (!unit) return null;
  if (unitDiffers && !numberDiffers) return { start: unit.start, end: unit.end, text: unitInDraftForm(sourceUnit, draftUnit) };
  if (unitDiffers && numberDiffers && unit.start > number.end) {
    // Both differ: the figure from its number to its unit, keeping the draft's separator.
    return { start: number.start, end: unit.end, text: newNumber() + blockText.slice(number.end, unit.start) + sourceUnit };
  }
  return null;
}

/** The sentence around [start, end) after the edit, cut at word boundaries. */
function previewOf(blockText: string, edit: Edit): SourceCorrection['preview'] {
  const sentenceStart = Math.max(0, ...[...blockText.slice(0, edit.start).matchAll(/[.!?]["”’)]?\s+/g)].map((m) => m.index + m[0].length));
  const tailEnd = /[.!?](?=["”’)]?(\s|$))/.exec(blockText.slice(edit.end));
  const sentenceEnd = tailEnd ? edit.end + tailEnd.index + 1 : blockText.length;
  let from = Math.max(sentenceStart, edit.start - PREVIEW_CONTEXT_CHARS);
  let to = Math.min(sentenceEnd, edit.end + PREVIEW_CONTEXT_CHARS);
  if (from > sentenceStart) from = blockText.indexOf(' ', from) + 1 || from;
  if (to < sentenceEnd) to = Math.max(edit.end, blockText.lastIndexOf(' ', to));
  return {
    before: (from > sentenceStart ? '…' : '') + blockText.slice(from, edit.start),
    inserted: edit.text,
    after: blockText.slice(edit.end, to) + (to < sentenceEnd ? '…' : ''),
  };
}

/**
 * The correction for a contradicted claim at [start, end) of `blockText`, or null: for any other
 * verdict, when the evidence gives no value, when its pieces of evidence ask for different edits
 * (no one clear source value), or when the edit would change nothing.
 */
export function sourceCorrection(claim: Pick<Claim, 'verdict' | 'evidence'>, blockText: string, start: number, end: number): SourceCorrection | null {
  if (claim.verdict !== 'contradicted' || end <= start || end > blockText.length) return null;
  const valued = claim.evidence.filter((e) => e.value?.trim());
  if (valued.length === 0) return null;
  let edit: Edit | null = null;
  for (const evidence of valued) {
    const next = editFor(blockText, start, end, evidence);
    if (!next) return null;
    if (edit && (edit.start !== next.start || edit.end !== next.end || edit.text !== next.text)) return null;
    edit = next;
  }
  if (!edit || blockText.slice(edit.start, edit.end) === edit.text) return null;
  return { start: edit.start, end: edit.end, text: edit.text, preview: previewOf(blockText, edit) };
}

/**
 * Applies a correction to the block at `path` as one undo step of its own, and selects the new
 * text. `at` maps a block offset to a point in the block's leaves.
 */
export function applySourceCorrection(editor: Editor, correction: SourceCorrection, at: (offset: number, leaning: 'forward' | 'backward') => { path: Path; offset: number }): void {
  const anchor = at(correction.start, 'forward');
  const focus = at(correction.end, 'backward');
  // Its own history batch: one Ctrl+Z undoes the correction and nothing typed before it.
  HistoryEditor.withNewBatch(editor as HistoryEditor, () => {
    Transforms.insertText(editor, correction.text, { at: { anchor, focus } });
  });
  Transforms.select(editor, { anchor, focus: { path: anchor.path, offset: anchor.offset + correction.text.length } });
}
