// The verdict the engine gives the draft's claim whose text is `text`, checked against one source:
// the question most rule tests ask of a sentence of their own.
import { checkDraft } from '../../core/index.ts';

export const verdictOf = (draft: string, source: string, text: string): string | undefined =>
  checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === text)?.verdict;
