import type { ComponentProps } from 'react';
import { StoryEditor } from '../editor/StoryEditor.tsx';
import { CheckingLayer } from './CheckingLayer.tsx';
import type { LiveChecking } from './useLiveChecking.ts';

type Props = Omit<ComponentProps<typeof StoryEditor>, 'decorate' | 'renderLeaf' | 'onDocumentChange' | 'onEditorKeyDown' | 'children'> & {
  checking: LiveChecking;
};

/**
 * The story editor with live checking. Flags are painted as CSS highlights over the rendered text
 * (FlagHighlighter), not as decorations, so a verdict update re-renders nothing in the editor.
 */
export function CheckedStoryEditor({ checking, ...props }: Props) {
  return (
    <StoryEditor {...props} onDocumentChange={checking.documentChanged} onEditorKeyDown={checking.onEditorKeyDown}>
      <CheckingLayer checking={checking} />
    </StoryEditor>
  );
}
