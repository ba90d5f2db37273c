// Where the newsroom server's address, login and password live: on the Node side only. The
// renderer can set them and ask whether a password is stored, never read one back, so a script
// injected into the page could not lift a colleague's newsroom login.
//
// Two stores behind one interface. The desktop app seals the password with Electron's
// safeStorage (the OS keychain / DPAPI / libsecret key) in a small file beside the library; the
// preview host keeps everything in its own memory, seeded from its command line or environment.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface ServerCredentials {
  /** postgres://host[:port]/database[?options], without user or password. */
  url: string;
  user: string;
  password: string;
}

export interface CredentialStore {
  load(): ServerCredentials | null;
  save(credentials: ServerCredentials): void;
  clear(): void;
}

/** The part of Electron's safeStorage the file store needs (so this module stays testable in Node). */
export interface PasswordSealer {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export function createMemoryCredentialStore(initial: ServerCredentials | null = null): CredentialStore {
  let current = initial;
  return {
    load: () => (current ? { ...current } : null),
    save: (credentials) => {
      current = { ...credentials };
    },
    clear: () => {
      current = null;
    },
  };
}

interface SealedFile {
  url: string;
  user: string;
  /** base64 of safeStorage.encryptString(password). */
  sealedPassword: string;
}

/** The desktop store: one JSON file whose password field only this OS account can unseal. */
export function createSealedCredentialStore(file: string, sealer: PasswordSealer): CredentialStore {
  return {
    load() {
      if (!existsSync(file)) return null;
      try {
        const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<SealedFile>;
        if (typeof raw.url !== 'string' || typeof raw.user !== 'string' || typeof raw.sealedPassword !== 'string') return null;
        // A file copied from another account or machine cannot be unsealed: treat the password as
        // missing, so Preferences asks for it again instead of failing every sync.
        let password = '';
        if (raw.sealedPassword !== '' && sealer.isEncryptionAvailable()) {
          try {
            password = sealer.decryptString(Buffer.from(raw.sealedPassword, 'base64'));
          } catch {
            password = '';
          }
        }
        return { url: raw.url, user: raw.user, password };
      } catch {
        return null;
      }
    },
    save({ url, user, password }) {
      // Without an OS keychain (a bare Linux session) the password is not written in the clear:
      // it is kept out of the file, and the person types it again after a restart.
      const sealedPassword = password !== '' && sealer.isEncryptionAvailable() ? sealer.encryptString(password).toString('base64') : '';
      const body: SealedFile = { url, user, sealedPassword };
      writePrivately(file, `${JSON.stringify(body)}\n`);
    },
    clear() {
      if (existsSync(file)) writePrivately(file, `${JSON.stringify({ url: '', user: '', sealedPassword: '' })}\n`);
    },
  };
}

/** Whole or not at all (a crash mid-write keeps the old file), readable by this account only. */
function writePrivately(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content, { mode: 0o600 });
  renameSync(temp, file);
}

/** The pg connection string for these credentials: the login goes into the URL here, on the Node
 *  side, and the result is never logged or sent anywhere but to `pg`. */
export function connectionString({ url, user, password }: ServerCredentials): string {
  const parsed = new URL(url);
  if (user !== '') parsed.username = encodeURIComponent(user);
  if (password !== '') parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
