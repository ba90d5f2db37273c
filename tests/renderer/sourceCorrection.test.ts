import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import { createDraftChecker, createSourceIndex } from '../../core/index.ts';
import type { Claim, Evidence } from '../../core/index.ts';
import { applySourceCorrection, sourceCorrection } from '../../renderer/src/checking/sourceCorrection.ts';
import { storyEditor } from './storyEditorFixture.ts';

const SOURCE =
  'Officials said a 4-month-old baby was among those hurt in the blast on Saturday. Three people lost their lives and 45 were injured. ' +
  'The fire burned for 6 hours across 12 hectares. A Ukrainian drone strike over the weekend hit the plant.';
const checker = createDraftChecker(createSourceIndex([{ id: 'wire', text: SOURCE, title: 'Wire report' }]));

/** The engine's contradicted claim in `text`, and the text after its source correction. */
function corrected(text: string): { claim: Claim; result: string | null; preview: string | null } {
  const claim = (checker.checkBlocks([{ id: 'b', text }]).get('b') ?? []).find((c) => c.verdict === 'contradicted');
  if (!claim) throw new Error(`no contradicted claim in "${text}"`);
  const correction = sourceCorrection(claim, text, claim.start, claim.end);
  if (!correction) return { claim, result: null, preview: null };
  const { before, inserted, after } = correction.preview;
  return { claim, result: text.slice(0, correction.start) + correction.text + text.slice(correction.end), preview: before + inserted + after };
}

describe('"Use source value" replaces only the part of the figure that differs', () => {
  it('the unit word, when the engine flags it ("4-week-old" against "4-month-old")', () => {
    const { claim, result, preview } = corrected('A 4-week-old baby was hurt.');
    expect(claim.text).toBe('week');
    expect(result).toBe('A 4-month-old baby was hurt.');
    expect(preview).toBe('A 4-month-old baby was hurt.');
  });

  it('the number, when the unit agrees ("5-month-old" against "4-month-old")', () => {
    expect(corrected('A 5-month-old baby was hurt.').result).toBe('A 4-month-old baby was hurt.');
  });

  it('a unit after a space, keeping the number ("6 days" → "6 hours", "12 acres" → "12 hectares")', () => {
    expect(corrected('The fire burned for 6 days.').result).toBe('The fire burned for 6 hours.');
    expect(corrected('It burned across 12 acres of forest.').result).toBe('It burned across 12 hectares of forest.');
  });

  it('keeps the draft’s style: digits stay digits, mid-sentence words stay lower-case', () => {
    expect(corrected('4 killed').result).toBe('3 killed');
    expect(corrected('The attack killed four people.').result).toBe('The attack killed three people.');
  });

  it('a phrase against a phrase replaces the whole claim ("on Monday" → "over the weekend")', () => {
    expect(corrected('A Ukrainian drone strike on Monday hit the plant.').result).toBe('A Ukrainian drone strike over the weekend hit the plant.');
  });

  it('offers nothing when the evidence disagrees, gives no value or the claim is not contradicted', () => {
    const text = '4 killed';
    const claim = corrected(text).claim;
    const [first] = claim.evidence as [Evidence];
    const disagreeing = { ...claim, evidence: [first, { ...first, value: 'five' }] };
    expect(sourceCorrection(disagreeing, text, claim.start, claim.end)).toBeNull();
    const agreeing = { ...claim, evidence: [first, { ...first, value: 'three' }] };
    expect(sourceCorrection(agreeing, text, claim.start, claim.end)?.text).toBe('3');
    expect(sourceCorrection({ ...claim, evidence: [{ ...first, value: undefined }] }, text, claim.start, claim.end)).toBeNull();
    expect(sourceCorrection({ ...claim, verdict: 'unsupported' }, text, claim.start, claim.end)).toBeNull();
    // A number the source states as a phrase: no clear mapping.
    expect(sourceCorrection({ ...claim, evidence: [{ ...first, value: 'over the weekend' }] }, text, claim.start, claim.end)).toBeNull();
  });

  it('cuts the preview to the sentence around the change', () => {
    const { preview } = corrected('Rescuers arrived within minutes of the alarm. Officials said a 4-week-old baby was among those hurt in the blast at the plant on the edge of the city. More later.');
    expect(preview).toBe('Officials said a 4-month-old baby was among those hurt in the…');
  });
});

describe('applying a correction', () => {
  it('is one undo step that does not take earlier typing with it, and selects the new text', () => {
    const text = 'A 4-week-old baby was hurt.';
    const editor = storyEditor([{ type: 'paragraph', id: 'p1', children: [{ text: text.slice(0, -1) }] }]);
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertText('.');
    const claim = (checker.checkBlocks([{ id: 'p1', text }]).get('p1') ?? []).find((c) => c.verdict === 'contradicted')!;
    const correction = sourceCorrection(claim, text, claim.start, claim.end)!;
    applySourceCorrection(editor, correction, (offset) => ({ path: [0, 0], offset }));
    expect(Node.string(editor)).toBe('A 4-month-old baby was hurt.');
    expect(Editor.string(editor, editor.selection!)).toBe('month');
    editor.undo();
    expect(Node.string(editor)).toBe(text);
  });
});
