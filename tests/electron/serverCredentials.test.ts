// The newsroom login on the Node side: the sealed file never holds the password in the clear,
// and no channel the renderer can call hands the password back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionString, createSealedCredentialStore } from '../../electron/server/serverCredentials.ts';
import type { PasswordSealer } from '../../electron/server/serverCredentials.ts';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import { createNewsroomService } from '../../electron/services/newsroomService.ts';
import { createMemoryCredentialStore } from '../../electron/server/serverCredentials.ts';
import { API_METHODS, CHANNELS } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';

const PASSWORD = 'correct horse battery staple';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-credentials-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Stands in for the OS keychain: a real reversible transform keyed per "machine". */
function sealerWithKey(key: number, available = true): PasswordSealer {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ key));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => flip(Buffer.from(plain, 'utf8')),
    decryptString: (sealed) => {
      const text = flip(sealed).toString('utf8');
      if (!text.startsWith('v1:')) throw new Error('cannot unseal');
      return text.slice(3);
    },
  };
}
const withPrefix = (sealer: PasswordSealer): PasswordSealer => ({ ...sealer, encryptString: (plain) => sealer.encryptString(`v1:${plain}`) });

describe('sealed credential store', () => {
  it('keeps the password sealed on disk and reads it back', () => {
    const file = join(tempDir(), 'newsroom-server.json');
    const store = createSealedCredentialStore(file, withPrefix(sealerWithKey(0x5a)));
    store.save({ url: 'postgres://newsroom.example.org/crosscheck', user: 'alice', password: PASSWORD });
    expect(readFileSync(file, 'utf8')).not.toContain(PASSWORD);
    expect(store.load()).toEqual({ url: 'postgres://newsroom.example.org/crosscheck', user: 'alice', password: PASSWORD });
  });

  it('treats a file sealed elsewhere as having no password', () => {
    const file = join(tempDir(), 'newsroom-server.json');
    createSealedCredentialStore(file, withPrefix(sealerWithKey(0x5a))).save({ url: 'postgres://h/db', user: 'alice', password: PASSWORD });
    expect(createSealedCredentialStore(file, withPrefix(sealerWithKey(0x33))).load()).toEqual({ url: 'postgres://h/db', user: 'alice', password: '' });
  });

  it('writes no password at all without a keychain', () => {
    const file = join(tempDir(), 'newsroom-server.json');
    const store = createSealedCredentialStore(file, sealerWithKey(0x5a, false));
    store.save({ url: 'postgres://h/db', user: 'alice', password: PASSWORD });
    expect(readFileSync(file, 'utf8')).not.toContain(PASSWORD);
    expect(store.load()?.password).toBe('');
  });

  it('puts the login into the connection string only on this side', () => {
    expect(connectionString({ url: 'postgres://h:5433/db?host=%2Ftmp%2Fx', user: 'alice', password: 'p@ss word' }))
      .toBe('postgres://alice:p%40ss%20word@h:5433/db?host=%2Ftmp%2Fx');
  });
});

describe('the renderer never reads the password back', () => {
  it('answers every newsroom channel without it', async () => {
    const store = CrosscheckStore.open(join(tempDir(), 'library.sqlite'));
    const newsroom = createNewsroomService({ store, credentials: createMemoryCredentialStore() });
    try {
      const handlers = createHandlers({ store, newsroom });
      const saved = await dispatchRequest(handlers, CHANNELS.setNewsroomServer.channel, { url: 'postgres://127.0.0.1:1/none', user: 'alice', password: PASSWORD });
      expect(saved).toEqual({ ok: true, value: { url: 'postgres://127.0.0.1:1/none', user: 'alice', hasPassword: true } });
      const answers = [];
      for (const method of API_METHODS.filter((m) => CHANNELS[m].channel.startsWith('newsroom.'))) {
        answers.push(await dispatchRequest(handlers, CHANNELS[method].channel, { storyId: 'x', query: 'x', id: 'x', url: 'postgres://127.0.0.1:1/none', user: 'alice', action: 'submit' }));
      }
      expect(JSON.stringify(answers)).not.toContain(PASSWORD);
      expect(answers.length).toBeGreaterThanOrEqual(10);
    } finally {
      await newsroom.stop();
      store.close();
    }
  });
});
