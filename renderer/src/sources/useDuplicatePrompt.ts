import { createElement, useCallback, useState } from 'react';
import type { ReactElement } from 'react';
import type { DuplicateChoice, SourceSummary } from '../../../electron/shared/ipcContract.ts';
import { DuplicateSourceDialog } from './DuplicateSourceDialog.tsx';

type Choice = Exclude<DuplicateChoice, 'ask'> | null;

interface Pending {
  incomingTitle: string;
  existing: SourceSummary;
  resolve: (choice: Choice) => void;
}

/**
 * Asks "Keep both / Use existing" about one duplicate at a time and resolves with the answer, so
 * an import loop can `await` it between files. `prompt` is the dialog to render (null when
 * nothing is being asked); whoever owns the import renders it, whichever panel is showing.
 */
export function useDuplicatePrompt(attachToStory: boolean): {
  ask: (existing: SourceSummary, incomingTitle: string) => Promise<Choice>;
  prompt: ReactElement | null;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback(
    (existing: SourceSummary, incomingTitle: string) =>
      new Promise<Choice>((resolve) => setPending({ existing, incomingTitle, resolve })),
    [],
  );
  const prompt = pending
    ? createElement(DuplicateSourceDialog, {
        incomingTitle: pending.incomingTitle,
        existing: pending.existing,
        attachToStory,
        onChoose: (choice: Choice) => {
          setPending(null);
          pending.resolve(choice);
        },
      })
    : null;
  return { ask, prompt };
}
