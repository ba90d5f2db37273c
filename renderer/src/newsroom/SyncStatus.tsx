// The sync state in the status bar. It is a button: pressing it opens Preferences › Newsroom
// server, where the address can be fixed or the connection tested; in a conflict it opens the
// story to merge instead.
import type { SyncStateView } from '../../../electron/shared/newsroomContract.ts';
import '../styles/newsroom.css';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function syncLabel(state: SyncStateView): string {
  switch (state.kind) {
    case 'off':
      return 'No newsroom server';
    case 'synced':
      return 'Synced';
    case 'syncing':
      return state.waiting > 0 ? `Syncing ${plural(state.waiting, 'change')}…` : 'Connecting…';
    case 'offline':
      return state.waiting > 0 ? `Offline, ${plural(state.waiting, 'change')} waiting` : 'Offline';
    case 'conflict':
      return state.conflicts === 1 ? 'Conflict' : `${state.conflicts} conflicts`;
  }
}

function syncTitle(state: SyncStateView): string {
  const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  switch (state.kind) {
    case 'off':
      return 'Stories stay on this computer. Set up a newsroom server to share them with your desk.';
    case 'synced':
      return `Up to date with the newsroom server at ${time(state.at)}.`;
    case 'syncing':
      return 'Talking to the newsroom server.';
    case 'offline':
      return `${state.reason} Trying again at ${time(state.retryAt)}. Your work is saved on this computer.`;
    case 'conflict': {
      const titles = (state.stories ?? []).map((s) => `“${s.title}”`);
      return titles.length > 0
        ? `Someone else changed ${titles.join(', ')} while you were changing it. Press to open it and choose what to keep.`
        : 'Someone else changed a story you changed. Open it to compare the two versions.';
    }
  }
}

export interface SyncStatusProps {
  state: SyncStateView;
  /** Opens Preferences › Newsroom server. */
  onOpen: () => void;
  /** Opens a story in conflict: in that state the button takes the person to the merge. */
  onOpenStory?: (storyId: string) => void;
}

export function SyncStatus({ state, onOpen, onOpenStory }: SyncStatusProps) {
  const conflicted = state.kind === 'conflict' ? state.stories?.[0] : undefined;
  const toMerge = conflicted && onOpenStory ? () => onOpenStory(conflicted.id) : null;
  return (
    <button
      type="button"
      className={`sync-state sync-${state.kind}`}
      data-sync-state={state.kind}
      title={syncTitle(state)}
      aria-label={`Newsroom server: ${syncLabel(state)}. ${syncTitle(state)}${toMerge ? '' : ' Open the newsroom server settings.'}`}
      onClick={toMerge ?? onOpen}
    >
      <span className="sync-label">{syncLabel(state)}</span>
    </button>
  );
}
