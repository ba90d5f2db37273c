import { useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import type { DeletedStory, StorySummary } from '../../../electron/shared/ipcContract.ts';

interface StorySidebarProps {
  stories: StorySummary[];
  currentId: string | null;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onRename: (id: string, title: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  /** Deleted stories still kept, and for how long. */
  deleted: { stories: DeletedStory[]; keptForDays: number };
  onRestore: (id: string) => void;
  /** Closes the list where it is a drawer (narrow windows); the button shows only there. */
  onClose?: () => void;
}

function relativeTime(iso: string): string {
  const date = new Date(iso);
  const today = new Date();
  if (date.toDateString() === today.toDateString()) return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return date.toLocaleDateString([], { day: 'numeric', month: 'short' });
}

export function StorySidebar({ stories, currentId, onOpen, onCreate, onRename, onDuplicate, onDelete, deleted, onRestore, onClose }: StorySidebarProps) {
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);

  const commitRename = () => {
    if (!renaming) return;
    const title = renaming.title.trim();
    if (title) onRename(renaming.id, title);
    setRenaming(null);
  };

  return (
    <nav className="sidebar" aria-label="Stories">
      <div className="sidebar-header">
        <span className="brand">Crosscheck</span>
        <button type="button" className="button button-primary button-small" onClick={onCreate}>
          <Icon name="plus" /> New story
        </button>
        {onClose && (
          <button type="button" className="icon-button drawer-close" aria-label="Close the story list" title="Close (Esc)" onClick={onClose}>
            <Icon name="close" />
          </button>
        )}
      </div>
      <h2 className="sidebar-title">Stories</h2>
      {stories.length === 0 ? (
        <p className="empty-state">No stories yet. Start one with “New story”.</p>
      ) : (
        <ul className="story-list">
          {stories.map((story) => {
            const active = story.id === currentId;
            return (
              <li key={story.id} className={active ? 'story-item active' : 'story-item'}>
                {renaming?.id === story.id ? (
                  <input
                    className="story-rename"
                    aria-label="Story name"
                    autoFocus
                    value={renaming.title}
                    onChange={(event) => setRenaming({ id: story.id, title: event.target.value })}
                    onBlur={commitRename}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') commitRename();
                      if (event.key === 'Escape') setRenaming(null);
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="story-open"
                    aria-current={active ? 'page' : undefined}
                    onClick={() => onOpen(story.id)}
                    onDoubleClick={() => setRenaming({ id: story.id, title: story.title })}
                  >
                    <span className="story-name">{story.title || 'Untitled story'}</span>
                    <span className="story-meta">{relativeTime(story.updatedAt)}</span>
                  </button>
                )}
                <span className="story-actions">
                  <button type="button" className="icon-button" title="Rename" aria-label={`Rename ${story.title}`} onClick={() => setRenaming({ id: story.id, title: story.title })}>
                    <Icon name="edit" />
                  </button>
                  <button type="button" className="icon-button" title="Duplicate" aria-label={`Duplicate ${story.title}`} onClick={() => onDuplicate(story.id)}>
                    <Icon name="copy" />
                  </button>
                  <button type="button" className="icon-button icon-danger" title="Delete" aria-label={`Delete ${story.title}`} onClick={() => onDelete(story.id)}>
                    <Icon name="trash" />
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {deleted.stories.length > 0 && (
        <details className="deleted-stories">
          <summary>Recently deleted ({deleted.stories.length})</summary>
          <p className="deleted-note">Kept for {deleted.keptForDays} days after deletion, then removed for good.</p>
          <ul className="story-list">
            {deleted.stories.map((story) => (
              <li key={story.id} className="deleted-item">
                <span className="deleted-title">
                  <span className="story-name">{story.title || 'Untitled story'}</span>
                  <span className="story-meta">deleted {relativeTime(story.deletedAt)}</span>
                </span>
                <button type="button" className="button button-small" aria-label={`Restore ${story.title}`} onClick={() => onRestore(story.id)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </nav>
  );
}
