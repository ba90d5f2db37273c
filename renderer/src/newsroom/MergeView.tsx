// Shown in place of the editor while a story is in conflict: someone saved a version on the
// newsroom server that this library's edits were not based on. One row per top-level block, in
// the merged order. Blocks changed on one side only are already taken (and say whose change they
// are); a block both sides changed shows mine and theirs side by side with a choice of Keep mine,
// Keep theirs or Keep both (the default, so nothing is lost by accident). Saving queues the merge
// on the server's version and the editor comes back.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { MergeBlockView, StoryConflictView } from '../../../electron/shared/newsroomContract.ts';
import { call } from '../bridge.ts';
import '../styles/newsroom.css';

type Choice = 'mine' | 'theirs' | 'both';

const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

const CONFLICT_QUESTION: Record<NonNullable<MergeBlockView['conflict']>['kind'], string> = {
  'both-edited': 'You and they both changed this paragraph.',
  'both-added': 'You and they both added a paragraph here.',
  'edited-deleted': 'You changed this paragraph; they deleted it.',
  'deleted-edited': 'You deleted this paragraph; they changed it.',
};

export interface MergeViewProps {
  storyId: string;
  /** Called with the story's new standing once the merge is saved. */
  onResolved: () => Promise<void>;
  notify: (message: string, kind?: 'error') => void;
  /** The status bar's sync state, as under the editor. */
  status: ReactNode;
}

export function MergeView({ status, ...props }: MergeViewProps) {
  return (
    <div className="merge-pane">
      <MergeBody {...props} />
      <footer className="status-bar" aria-label="Story status">
        <span className="status-sources">Comparing two versions</span>
        <span className="spacer" />
        {status}
      </footer>
    </div>
  );
}

function MergeBody({ storyId, onResolved, notify }: Omit<MergeViewProps, 'status'>) {
  const [conflict, setConflict] = useState<StoryConflictView | null | undefined>(undefined);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [saving, setSaving] = useState(false);
  // The parent passes a fresh notify each render; loading must not start again because of it.
  const notifyRef = useRef(notify);
  notifyRef.current = notify;

  useEffect(() => {
    let live = true;
    setConflict(undefined);
    setChoices({});
    void call('getStoryConflict', { storyId }).then((result) => {
      if (!live) return;
      if (result.ok) setConflict(result.value);
      else notifyRef.current(result.error.message, 'error');
    });
    return () => { live = false; };
  }, [storyId]);

  if (conflict === undefined) return <div className="merge-view" aria-busy="true"><p className="merge-intro">Loading both versions…</p></div>;
  if (conflict === null) {
    return (
      <div className="merge-view">
        <p className="merge-intro">Someone else saved a newer version of this story. It appears here once this computer has it from the newsroom server.</p>
      </div>
    );
  }

  const conflicts = conflict.blocks.filter((b) => b.kind === 'conflict');
  const taken = conflict.blocks.filter((b) => b.kind === 'mine' || b.kind === 'theirs').length;
  const save = async () => {
    setSaving(true);
    try {
      const result = await call('resolveStoryConflict', { storyId, choices });
      if (!result.ok) return notify(result.error.message, 'error');
      notify('Merged version saved. It goes to the newsroom server as the latest version.');
      await onResolved();
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="merge-view" aria-labelledby="merge-title" data-merge-view="true">
      <h2 id="merge-title" className="merge-title">Two versions of this story</h2>
      <p className="merge-intro">
        {conflict.theirsBy} saved a version on {when(conflict.theirsAt)} that your edits were not based on.{' '}
        {taken > 0 && `${taken} ${taken === 1 ? 'paragraph was' : 'paragraphs were'} changed on one side only and ${taken === 1 ? 'is' : 'are'} taken as changed. `}
        {conflicts.length === 1 ? 'One paragraph' : `${conflicts.length} paragraphs`} changed on both sides: choose what to keep. Keep both keeps every word.
      </p>
      <ol className="merge-blocks">
        {/* An empty paragraph nobody touched (the one the editor keeps at the end) says nothing. */}
        {conflict.blocks.filter((block) => block.kind !== 'unchanged' || block.text !== '').map((block) => (
          <li key={`${block.kind}:${block.blockId}`} className={`merge-block merge-${block.kind}`} data-merge-block={block.blockId} data-merge-kind={block.kind}>
            {block.kind === 'conflict' && block.conflict ? (
              <ConflictChoice
                block={block}
                theirsBy={conflict.theirsBy}
                choice={choices[block.blockId] ?? 'both'}
                onChoose={(choice) => setChoices((c) => ({ ...c, [block.blockId]: choice }))}
              />
            ) : (
              <>
                {block.kind !== 'unchanged' && <span className="merge-tag">{block.kind === 'mine' ? 'Your change' : `${conflict.theirsBy}’s change`}</span>}
                <p className="merge-text">{block.text || '\u00a0'}</p>
              </>
            )}
          </li>
        ))}
      </ol>
      <div className="merge-actions">
        <button type="button" className="button button-primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save merged version'}
        </button>
      </div>
    </section>
  );
}

function ConflictChoice({ block, theirsBy, choice, onChoose }: { block: MergeBlockView; theirsBy: string; choice: Choice; onChoose: (choice: Choice) => void }) {
  const c = block.conflict!;
  const name = `merge-${block.blockId}`;
  const options: { value: Choice; label: string }[] = [
    { value: 'mine', label: c.mine === null ? 'Delete it (yours)' : 'Keep mine' },
    { value: 'theirs', label: c.theirs === null ? `Delete it (${theirsBy}’s)` : 'Keep theirs' },
    { value: 'both', label: c.mine === null || c.theirs === null ? 'Keep the paragraph' : 'Keep both' },
  ];
  return (
    <fieldset className="merge-conflict">
      <legend>{CONFLICT_QUESTION[c.kind]}</legend>
      <div className="merge-sides">
        <div className="merge-side" data-side="mine">
          <h3 className="merge-side-title">Mine</h3>
          <p className="merge-text">{c.mine ?? <em>Deleted</em>}</p>
        </div>
        <div className="merge-side" data-side="theirs">
          <h3 className="merge-side-title">Theirs ({theirsBy})</h3>
          <p className="merge-text">{c.theirs ?? <em>Deleted</em>}</p>
        </div>
      </div>
      <div className="merge-choices" role="radiogroup" aria-label="What to keep">
        {options.map((option) => (
          <label key={option.value} className="merge-choice">
            <input type="radio" name={name} value={option.value} checked={choice === option.value} onChange={() => onChoose(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
