// Preferences › Newsroom server: the server's address, the person's login, and Test connection,
// which says in words what failed (no answer, wrong password, a program too old on either side).
// The password field starts empty whatever is stored: the page is never given it back.
import { useEffect, useState } from 'react';
import type { ConnectionCheck, NewsroomSettings } from '../../../electron/shared/newsroomContract.ts';
import { call } from '../bridge.ts';
import { Dialog } from '../ui/Dialog.tsx';
import '../styles/newsroom.css';

const ROLE_LABEL = { writer: 'writer', editor: 'editor' } as const;

export function NewsroomServerDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (settings: NewsroomSettings) => void }) {
  const [loaded, setLoaded] = useState<NewsroomSettings | null>(null);
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [testing, setTesting] = useState(false);
  const [check, setCheck] = useState<ConnectionCheck | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    void call('getNewsroomServer', {}).then((result) => {
      if (!result.ok) return setError(result.error.message);
      setLoaded(result.value);
      setUrl(result.value.url);
      setUser(result.value.user);
    });
  }, []);

  const edited = () => {
    setCheck(null);
    setError('');
  };
  const values = () => ({ url: url.trim(), user: user.trim(), ...(password !== '' ? { password } : {}) });

  const test = async () => {
    if (url.trim() === '') return setError('Enter the server’s address first.');
    setTesting(true);
    setCheck(null);
    const result = await call('testNewsroomServer', values());
    setTesting(false);
    if (result.ok) setCheck(result.value);
    else setError(result.error.message);
  };

  const save = async () => {
    if (url.trim() !== '' && user.trim() === '') return setError('Enter your user name, or clear the address to stop using a server.');
    const result = await call('setNewsroomServer', values());
    if (!result.ok) return setError(result.error.message);
    onSaved(result.value);
  };

  const remove = async () => {
    const result = await call('setNewsroomServer', { url: '', user: '' });
    if (!result.ok) return setError(result.error.message);
    onSaved(result.value);
  };

  return (
    <Dialog
      title="Newsroom server"
      onClose={onClose}
      onSubmit={() => void save()}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={() => void test()} disabled={testing} aria-describedby="newsroom-test-result">
            {testing ? 'Testing…' : 'Test connection'}
          </button>
          {loaded?.url && <button type="button" className="button button-danger" onClick={() => void remove()}>Stop using this server</button>}
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button-primary">Save</button>
        </>
      }
    >
      <p className="dialog-text">
        Your desk’s stories, review queue and shared sources live on the newsroom server. Drafting never waits for it: everything is
        saved on this computer first and sent when the server can be reached.
      </p>
      <label className="field">
        <span className="field-label">Server address</span>
        <input
          autoFocus
          type="text"
          inputMode="url"
          spellCheck={false}
          placeholder="postgres://newsroom.example.org/crosscheck"
          value={url}
          onChange={(e) => { setUrl(e.target.value); edited(); }}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">User name</span>
          <input type="text" autoComplete="username" spellCheck={false} value={user} onChange={(e) => { setUser(e.target.value); edited(); }} />
        </label>
        <label className="field">
          <span className="field-label">Password</span>
          <input
            type="password"
            autoComplete="current-password"
            placeholder={loaded?.hasPassword ? 'Stored — type to change' : ''}
            value={password}
            onChange={(e) => { setPassword(e.target.value); edited(); }}
          />
        </label>
      </div>
      <p className="dialog-hint">The password is kept by this computer’s keychain and is only ever sent to the server.</p>
      <div id="newsroom-test-result" role="status" aria-live="polite" className="connection-result">
        {check?.ok === true && (
          <p className="connection-ok" data-connection="ok">
            ✔ Connected as {check.displayName} ({check.user}):{' '}
            {check.desks.filter((d) => d.role !== null).map((d) => `${d.name} ${ROLE_LABEL[d.role!]}`).join(', ')}.
          </p>
        )}
        {check?.ok === false && (
          <p className="field-error" data-connection={check.problem}>
            ✖ {check.message}
          </p>
        )}
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
    </Dialog>
  );
}
