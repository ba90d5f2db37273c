import { useEffect, useState } from 'react';
import { Node } from 'slate';
import type { Descendant } from 'slate';
import { useSlateStatic } from 'slate-react';
import { countWords } from './formatting.ts';

/** Typing pauses longer than this refresh the count; shorter ones leave it as it was. */
const WORD_COUNT_DELAY_MS = 300;

// Slate replaces only the nodes an edit touches, so a block object that is still in the document
// still has the words it was counted with: one edit recounts one block, not the story.
const wordsIn = new WeakMap<Descendant, number>();

export function storyWordCount(children: readonly Descendant[]): number {
  let total = 0;
  for (const block of children) {
    let words = wordsIn.get(block);
    if (words === undefined) {
      words = countWords(Node.string(block));
      wordsIn.set(block, words);
    }
    total += words;
  }
  return total;
}

/**
 * The status bar's word count. It refreshes in a typing pause and re-renders only itself: every
 * extra React commit while typing costs a walk over the whole editable DOM (React saves the
 * selection before each commit), so nothing but Slate's own update should run per keystroke.
 */
export function WordCount({ subscribe }: { subscribe: (listener: () => void) => () => void }) {
  const editor = useSlateStatic();
  const [words, setWords] = useState(() => storyWordCount(editor.children));
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = subscribe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setWords(storyWordCount(editor.children)), WORD_COUNT_DELAY_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [editor, subscribe]);
  return (
    <span className="status-words">
      {words.toLocaleString()} {words === 1 ? 'word' : 'words'}
    </span>
  );
}
