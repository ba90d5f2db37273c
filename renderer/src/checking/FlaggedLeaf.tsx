import type { RenderLeafProps } from 'slate-react';
import type { Verdict } from '../../../core/index.ts';
import { StoryLeaf } from '../editor/StoryElement.tsx';
import type { FlaggedText } from './decorateClaims.ts';

/** Ids of the hidden descriptions (rendered once by the checking layer) each flag points to. */
export const VERDICT_DESCRIPTION_ID: Record<Verdict, string> = {
  contradicted: 'flag-desc-contradicted',
  unsupported: 'flag-desc-unsupported',
  disputed: 'flag-desc-disputed',
  supported: 'flag-desc-supported',
};

export const VERDICT_LABEL: Record<Verdict, string> = {
  contradicted: 'Contradicted',
  unsupported: 'Unsupported',
  disputed: 'Disputed',
  supported: 'Supported',
};

// Most severe first: the first verdict present draws the text underline, a second one a line
// below it (checking.css), and the cascade in checking.css follows the same order.
const SEVERITY: readonly Verdict[] = ['contradicted', 'unsupported', 'supported'];

/**
 * A story leaf with its flags, all on Slate's own leaf span: every node inside the contenteditable
 * costs Chromium selection sync, paint and compositing on each keystroke. Overlapping claims add
 * classes (both lines stay visible), the icons are CSS ::after, the spoken descriptions are shared.
 */
export function FlaggedLeaf(props: RenderLeafProps) {
  const leaf = props.leaf as FlaggedText;
  const flags = leaf.flags;
  if (!flags || flags.length === 0) return StoryLeaf(props);
  const leafEnd = props.leafPosition?.end ?? props.text.text.length;
  const ends = new Set((leaf.flagEnds ?? []).filter((e) => e.text === props.text && e.offset === leafEnd).map((e) => e.flag));
  const verdicts = SEVERITY.filter((v) => flags.some((f) => f.claim.verdict === v));
  const ending = SEVERITY.filter((v) => flags.some((f) => f.claim.verdict === v && ends.has(f)));
  let className = 'flag';
  for (const v of verdicts) className += ` flag-${v}`;
  if (ending.length > 0) className += ' flag-end';
  for (const v of ending) className += ` flag-end-${v}`;
  let content = props.children as RenderLeafProps['children'];
  if (props.leaf.bold) content = <strong>{content}</strong>;
  if (props.leaf.italic) content = <em>{content}</em>;
  return (
    <span
      {...props.attributes}
      className={className}
      // Innermost claim first, as the card lists them.
      data-flag-key={flags.map((f) => f.key).reverse().join(' ')}
      aria-describedby={verdicts.map((v) => VERDICT_DESCRIPTION_ID[v]).join(' ')}
    >
      {content}
    </span>
  );
}

/** Keys of the flags on a leaf (space-separated in data-flag-key; keys never contain spaces). */
export function flagKeysAt(element: Element | null): string[] {
  const keys = element?.closest('[data-flag-key]')?.getAttribute('data-flag-key') ?? '';
  return keys.split(' ').filter((k) => k !== '');
}
