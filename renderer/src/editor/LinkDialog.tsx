import { useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { safeUrl } from './withLinks.ts';

interface LinkDialogProps {
  initialUrl: string;
  hasLink: boolean;
  onApply: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

export function LinkDialog({ initialUrl, hasLink, onApply, onRemove, onClose }: LinkDialogProps) {
  const [url, setUrl] = useState(initialUrl);
  const [error, setError] = useState('');
  return (
    <Dialog
      title={hasLink ? 'Edit link' : 'Add link'}
      onClose={onClose}
      onSubmit={() => {
        const safe = safeUrl(url);
        if (!safe) {
          setError('Enter a web address such as https://example.com/report (or a mailto: address).');
          return;
        }
        onApply(safe);
      }}
      footer={
        <>
          {hasLink && (
            <button type="button" className="button button-danger-quiet" onClick={onRemove}>
              Remove link
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            {hasLink ? 'Update' : 'Add link'}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">Web address</span>
        <input
          autoFocus
          type="text"
          inputMode="url"
          value={url}
          placeholder="https://"
          onChange={(event) => {
            setUrl(event.target.value);
            setError('');
          }}
          aria-invalid={error !== ''}
        />
      </label>
      {error && <p className="field-error">{error}</p>}
    </Dialog>
  );
}
