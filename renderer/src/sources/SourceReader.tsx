import { useEffect, useState } from 'react';
import type { Source } from '../../../electron/shared/ipcContract.ts';
import { SOURCE_FORMATS } from '../../../electron/shared/sourceFormats.ts';
import { call } from '../bridge.ts';
import { Icon } from '../ui/Icon.tsx';
import { useToast } from '../ui/Toasts.tsx';

interface SourceReaderProps {
  sourceId: string;
  attached: boolean;
  canAttach: boolean;
  onBack: () => void;
  onToggleAttach: () => void;
  onDelete: () => void;
  onUpdated: () => void;
}

interface MetaDraft {
  title: string;
  outlet: string;
  byline: string;
  url: string;
  published: string;
  tags: string;
}

const draftOf = (source: Source): MetaDraft => ({
  title: source.title,
  outlet: source.outlet,
  byline: source.byline,
  url: source.url,
  published: source.published ?? '',
  tags: source.tags.join(', '),
});

const fileTypeLabel = (fileType: Source['fileType']) => (fileType === 'paste' ? 'Pasted text' : SOURCE_FORMATS[fileType].description);

/** A source's metadata (editable) above its text, read-only: sources are evidence, not drafts. */
export function SourceReader({ sourceId, attached, canAttach, onBack, onToggleAttach, onDelete, onUpdated }: SourceReaderProps) {
  const notify = useToast();
  const [source, setSource] = useState<Source | null>(null);
  const [draft, setDraft] = useState<MetaDraft | null>(null);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    void call('getSource', { id: sourceId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setSource(result.value);
        setDraft(draftOf(result.value));
      } else {
        notify({ kind: 'error', message: `The source could not be opened. ${result.error.message}` });
        onBack();
      }
    });
    return () => {
      live = false;
    };
  }, [sourceId, notify, onBack]);

  if (!source || !draft) return <div className="panel-loading">Opening source…</div>;
  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(source));

  const save = async () => {
    if (draft.title.trim() === '') {
      setError('A source needs a title.');
      return;
    }
    if (draft.url.trim() !== '' && !/^https?:\/\//i.test(draft.url.trim())) {
      setError('The link must start with http:// or https://');
      return;
    }
    setSaving(true);
    const result = await call('updateSource', {
      id: source.id,
      title: draft.title.trim(),
      outlet: draft.outlet.trim(),
      byline: draft.byline.trim(),
      url: draft.url.trim(),
      published: draft.published === '' ? null : draft.published,
      tags: draft.tags.split(',').map((t) => t.trim()).filter((t) => t !== ''),
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setSource({ ...source, ...result.value });
    setDraft(draftOf({ ...source, ...result.value }));
    setError('');
    onUpdated();
  };

  const field = (key: keyof MetaDraft, label: string, props: { type?: string; placeholder?: string } = {}) => (
    <label className="field field-compact">
      <span className="field-label">{label}</span>
      <input
        type={props.type ?? 'text'}
        value={draft[key]}
        placeholder={props.placeholder}
        onChange={(event) => {
          setDraft({ ...draft, [key]: event.target.value });
          setError('');
        }}
      />
    </label>
  );

  return (
    <div className="reader">
      <div className="reader-bar">
        <button type="button" className="button button-small button-quiet" onClick={onBack}>
          <Icon name="back" /> All sources
        </button>
        <span className="spacer" />
        {canAttach && (
          <button type="button" className={attached ? 'button button-small attach-on' : 'button button-small'} aria-pressed={attached} onClick={onToggleAttach}>
            <Icon name={attached ? 'check' : 'attach'} /> {attached ? 'Attached' : 'Attach to story'}
          </button>
        )}
        <button type="button" className="button button-small button-danger-quiet" onClick={onDelete}>
          <Icon name="trash" /> Delete
        </button>
      </div>
      <form
        className="reader-meta"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {field('title', 'Title')}
        <div className="field-row">
          {field('outlet', 'Outlet', { placeholder: 'e.g. Reuters' })}
          {field('published', 'Published', { type: 'date' })}
        </div>
        {field('byline', 'Byline', { placeholder: 'Who wrote it' })}
        {field('url', 'Link', { placeholder: 'https://' })}
        {field('tags', 'Tags', { placeholder: 'comma, separated' })}
        {error && <p className="field-error">{error}</p>}
        <div className="reader-meta-actions">
          <span className="reader-filetype">
            {fileTypeLabel(source.fileType)}
            {source.fileName ? ` · ${source.fileName}` : ''} · {source.charCount.toLocaleString()} characters
          </span>
          <span className="spacer" />
          {changed && (
            <button type="button" className="button button-small button-quiet" onClick={() => setDraft(draftOf(source))}>
              Discard
            </button>
          )}
          <button type="submit" className="button button-small button-primary" disabled={!changed || saving}>
            {saving ? 'Saving…' : 'Save details'}
          </button>
        </div>
      </form>
      <div className="reader-text" tabIndex={0} aria-label={`Text of ${source.title}`}>
        {paragraphsOf(source.text).map((para) => (
          <p key={para.start} data-offset={para.start}>
            {para.text}
          </p>
        ))}
      </div>
    </div>
  );
}

/** Paragraphs with their offsets into the source text, so evidence offsets can be scrolled to. */
function paragraphsOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim() !== '') out.push({ start: match.index, text: match[0] });
  }
  return out;
}
