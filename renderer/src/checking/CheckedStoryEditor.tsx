import { useMemo, useSyncExternalStore } from 'react';
import type { ComponentProps } from 'react';
import { StoryEditor } from '../editor/StoryEditor.tsx';
import { CheckingLayer } from './CheckingLayer.tsx';
import { createClaimDecorate } from './decorateClaims.ts';
import { FlaggedLeaf } from './FlaggedLeaf.tsx';
import type { LiveChecking } from './useLiveChecking.ts';

type Props = Omit<ComponentProps<typeof StoryEditor>, 'decorate' | 'renderLeaf' | 'onDocumentChange' | 'onEditorKeyDown' | 'children'> & {
  checking: LiveChecking;
};

/**
 * The story editor with live checking. The only component that re-renders when verdicts change:
 * a new `decorate` identity per verdict update tells Slate to re-decorate, while the rest of the
 * app (library, sidebar) stays put.
 */
export function CheckedStoryEditor({ checking, ...props }: Props) {
  const version = useSyncExternalStore(checking.store.subscribe, checking.store.getVersion);
  // The version is the point: one decorate identity per verdict update.
  const decorate = useMemo(() => createClaimDecorate(checking.store), [checking.store, version]);
  return (
    <StoryEditor {...props} decorate={decorate} renderLeaf={FlaggedLeaf} onDocumentChange={checking.documentChanged} onEditorKeyDown={checking.onEditorKeyDown}>
      <CheckingLayer checking={checking} />
    </StoryEditor>
  );
}
