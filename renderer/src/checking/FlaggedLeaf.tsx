import type { RenderLeafProps } from 'slate-react';
import type { Verdict } from '../../../core/index.ts';
import { StoryLeaf } from '../editor/StoryElement.tsx';
import type { FlaggedText } from './decorateClaims.ts';

/** Ids of the hidden descriptions (rendered once by the checking layer) each flag points to. */
export const VERDICT_DESCRIPTION_ID: Record<Verdict, string> = {
  contradicted: 'flag-desc-contradicted',
  unsupported: 'flag-desc-unsupported',
  supported: 'flag-desc-supported',
};

export const VERDICT_LABEL: Record<Verdict, string> = {
  contradicted: 'Contradicted',
  unsupported: 'Unsupported',
  supported: 'Supported',
};

/**
 * A story leaf with its flags: one nested span per claim covering these characters, so
 * overlapping claims each keep their own underline. The outermost span stays StoryLeaf's, which
 * carries Slate's leaf attributes and the bold/italic marks.
 */
export function FlaggedLeaf(props: RenderLeafProps) {
  const leaf = props.leaf as FlaggedText;
  const flags = leaf.flags;
  if (!flags || flags.length === 0) return StoryLeaf(props);
  const leafEnd = props.leafPosition?.end ?? props.text.text.length;
  const ends = new Set((leaf.flagEnds ?? []).filter((e) => e.text === props.text && e.offset === leafEnd).map((e) => e.flag));
  let content = props.children as RenderLeafProps['children'];
  // Innermost first: the first flag ends up outermost with the default underline offset.
  for (let i = flags.length - 1; i >= 0; i--) {
    const flag = flags[i]!;
    content = (
      <span
        className={`flag flag-${flag.claim.verdict}${i > 0 ? ' flag-nested' : ''}${ends.has(flag) ? ' flag-end' : ''}`}
        data-flag-key={flag.key}
        aria-describedby={VERDICT_DESCRIPTION_ID[flag.claim.verdict]}
      >
        {content}
      </span>
    );
  }
  return StoryLeaf({ ...props, children: content });
}

export function flagKeysAt(element: Element | null): string[] {
  const keys: string[] = [];
  for (let el = element?.closest('[data-flag-key]'); el; el = el.parentElement?.closest('[data-flag-key]') ?? null) {
    keys.push(el.getAttribute('data-flag-key') ?? '');
  }
  return keys.filter((k) => k !== '');
}
