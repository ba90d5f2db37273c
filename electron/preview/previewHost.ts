// `npm run preview`: the built renderer in any browser, talking to the same handlers as the
// desktop app over HTTP on 127.0.0.1. It is how the UI is tested where the Electron binary cannot
// run, so it keeps the desktop app's guarantees: same zod validation and store, strict CSP.
//
// What the per-run token does and does not protect. Any local program (and any user on this
// machine) can connect to the port and GET the page and its scripts: they are the public build.
// None of them can call the API, which needs the token in a header. The token exists only in this
// process and in the address printed to the terminal of whoever started the host
// (`http://127.0.0.1:PORT/#token=…`); it sits in the fragment, which browsers never send to a
// server, and the page moves it into the tab's sessionStorage and out of the address bar. Web
// pages elsewhere are kept out by the token, the Origin check and the Host check (DNS rebinding).
// A program that can read that terminal, or the browser profile, can read the token too.
//
// A newsroom server for this host (so two hosts can play writer and editor against one server):
// --server-url and --server-user, or CROSSCHECK_PREVIEW_SERVER_URL / CROSSCHECK_PREVIEW_SERVER_USER, and the
// password only from CROSSCHECK_PREVIEW_SERVER_PASSWORD (a command line is visible to every local user).
// The login stays in this process's memory; the page can set it, never read it.
//
//   node electron/preview/previewHost.ts [--data-dir DIR] [--port N] [--build] [--restore-from-backup] [--log-file FILE]
//                                        [--server-url postgres://HOST/DB] [--server-user LOGIN]
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createMemoryCredentialStore } from '../server/serverCredentials.ts';
import type { ServerCredentials } from '../server/serverCredentials.ts';
import { createHandlers, dispatchRequest } from '../services/crosscheckHandlers.ts';
import { createNewsroomService } from '../services/newsroomService.ts';
import { createErrorLog } from '../services/createErrorLog.ts';
import { noBackupMessage, planLibraryStartup } from '../services/libraryStartup.ts';
import { openLibrary } from '../services/openLibrary.ts';
import { readStaticAsset } from '../services/staticAssets.ts';
import { BACKUP_DIR_NAME, restoreLibrary, scheduleDailyBackups } from '../store/libraryBackup.ts';
import {
  fail, HTTP_API_PREFIX, HTTP_TOKEN_HEADER, MAX_IMPORT_BASE64_CHARS, methodForChannel, PREVIEW_TOKEN_PARAM,
} from '../shared/ipcContract.ts';
import type { Result } from '../shared/ipcContract.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
/** Room for the largest import (base64) plus the JSON around it. */
const MAX_BODY_BYTES = MAX_IMPORT_BASE64_CHARS + 64 * 1024;

export interface PreviewHostOptions {
  dataDir: string;
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  rendererDir?: string;
  samplesDir?: string;
  /** When the library fails its integrity check at start, replace it with the newest good
   *  backup (the damaged file is kept, renamed). Without it, a damaged library stops the start. */
  restoreFromBackup?: boolean;
  /** Failures are appended here as well as to stderr; a write that fails is dropped. */
  logFile?: string;
  /** The newsroom server this host starts connected to; Preferences can change it later. */
  newsroomServer?: ServerCredentials;
}

export interface PreviewHost {
  /** The page's address, without the token. */
  url: string;
  /** The address to open: `url` with the token in its fragment. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

export async function startPreviewHost(options: PreviewHostOptions): Promise<PreviewHost> {
  const rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const dataDir = resolve(options.dataDir);
  prepareLibrary(dataDir, options.restoreFromBackup ?? false);
  const store = openLibrary(dataDir, options.samplesDir);
  const logError = createErrorLog({ prefix: '[crosscheck preview]', file: options.logFile });
  const stopBackups = scheduleDailyBackups(store.db, join(dataDir, BACKUP_DIR_NAME), logError);
  const newsroom = createNewsroomService({ store, credentials: createMemoryCredentialStore(options.newsroomServer ?? null) });
  const handlers = createHandlers({ store, newsroom });
  const token = randomBytes(32).toString('hex');
  const tokenBytes = Buffer.from(token);
  let origin = '';
  /** The page works from either name; each is its own origin, so each keeps its own token copy. */
  let allowedOrigins = new Set<string>();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logError('request', error);
      if (!response.headersSent) sendResult(response, 500, fail('internal', 'The preview host hit an unexpected error.'));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // DNS rebinding: a hostile site that points its own name at 127.0.0.1 still sends its own Host.
    const host = request.headers.host ?? '';
    if (!allowedOrigins.has(`http://${host}`)) {
      sendResult(response, 403, fail('forbidden', 'Unexpected Host header.'));
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith(HTTP_API_PREFIX)) {
      await handleApi(request, response, url.pathname.slice(HTTP_API_PREFIX.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendResult(response, 405, fail('invalid-request', 'Only GET is served here.'));
      return;
    }
    const asset = await readStaticAsset(rendererDir, url.pathname);
    if (asset.status === 404 && url.pathname === '/favicon.ico') {
      // Browsers ask for it unprompted; answering 404 would log a console error on every load.
      response.writeHead(204, { 'Cache-Control': 'no-store' });
      response.end();
      return;
    }
    response.writeHead(asset.status, { ...asset.headers, 'Content-Length': String(asset.body.length) });
    response.end(request.method === 'HEAD' ? undefined : asset.body);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    const given = Buffer.from(String(request.headers[HTTP_TOKEN_HEADER.toLowerCase()] ?? ''));
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) {
      request.resume();
      sendResult(response, 403, fail('forbidden', 'Missing or wrong preview token. Open the address the preview host printed when it started; it carries the token.'));
      return;
    }
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)) {
      request.resume();
      sendResult(response, 403, fail('forbidden', 'Requests from other sites are refused.'));
      return;
    }
    if (request.method !== 'POST') {
      request.resume();
      sendResult(response, 405, fail('invalid-request', 'API requests must be POST.'));
      return;
    }
    if (!methodForChannel(channel)) {
      request.resume();
      sendResult(response, 404, fail('unknown-channel', `Unknown request "${channel.slice(0, 80)}".`));
      return;
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      request.resume();
      sendResult(response, 415, fail('invalid-request', 'API requests must be JSON.'));
      return;
    }
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === null) {
      sendResult(response, 413, fail('too-large', 'The request is larger than the 50 MB import limit.'));
      return;
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
    } catch {
      sendResult(response, 400, fail('invalid-request', 'The request body is not valid JSON.'));
      return;
    }
    sendResult(response, 200, await dispatchRequest(handlers, channel, payload, logError));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  allowedOrigins = new Set([origin, `http://localhost:${port}`]);

  let closed: Promise<void> | undefined;
  return {
    url: `${origin}/`,
    openUrl: `${origin}/#${PREVIEW_TOKEN_PARAM}=${token}`,
    token,
    close() {
      closed ??= new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }).finally(async () => {
        stopBackups();
        await newsroom.stop();
        store.close();
      });
      return closed;
    },
  };
}

/** The integrity check at start. The preview has no dialog: it logs what it found and restores
 *  only when asked to (`--restore-from-backup`), else refuses to start on a damaged library. */
function prepareLibrary(dataDir: string, restore: boolean): void {
  const plan = planLibraryStartup(dataDir);
  if (plan.action === 'open') return;
  console.error(`[crosscheck preview] the library failed its integrity check: ${plan.problems.slice(0, 3).join('; ')}`);
  if (plan.action === 'no-good-backup') throw new Error(noBackupMessage(plan));
  if (!restore) {
    throw new Error(`The library is damaged. Start again with --restore-from-backup to restore the backup from ${plan.backup.date} ` +
      '(the damaged file is kept, renamed).');
  }
  const { damagedCopy } = restoreLibrary(plan.libraryFile, plan.backup);
  console.error(`[crosscheck preview] restored the backup from ${plan.backup.date}; the damaged library is kept as ${damagedCopy}`);
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

/** The body, or null once it passes `limit` (the rest is drained, not buffered). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Per-user data directory for the preview's library, kept apart from the desktop app's. */
export function defaultDataDir(): string {
  const name = 'Crosscheck Preview';
  if (process.platform === 'win32') return join(process.env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), name);
}

/** Builds only the renderer, with the renderer section of electron.vite.config.ts. */
export async function buildRenderer(): Promise<void> {
  // Loaded by URL: the config sits outside the electron/ TypeScript project, and Node runs it
  // directly through type stripping.
  const configUrl = new URL('../../electron.vite.config.ts', import.meta.url).href;
  const [{ build }, configModule] = await Promise.all([import('vite'), import(configUrl) as Promise<{ default: unknown }>]);
  const config = configModule.default as { renderer?: Record<string, unknown> };
  if (!config.renderer) throw new Error('electron.vite.config.ts has no renderer section');
  await build({ ...config.renderer, configFile: false, mode: 'production' });
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' }, port: { type: 'string' }, build: { type: 'boolean', default: false },
        'restore-from-backup': { type: 'boolean', default: false }, 'log-file': { type: 'string' },
        'server-url': { type: 'string' }, 'server-user': { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run preview -- [--data-dir DIR] [--port N] [--build] [--restore-from-backup] [--log-file FILE] [--server-url URL] [--server-user LOGIN]`);
    return 2;
  }
  const port = args.port === undefined ? 0 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number between 0 and 65535, not "${args.port}".`);
    return 2;
  }
  if (args.build || !existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) {
    console.error('Building the renderer…');
    await buildRenderer();
  }
  const dataDir = resolve(args['data-dir'] ?? defaultDataDir());
  const logFile = args['log-file'] === undefined ? undefined : resolve(args['log-file']);
  const serverUrl = args['server-url'] ?? process.env['CROSSCHECK_PREVIEW_SERVER_URL'] ?? '';
  const newsroomServer = serverUrl === '' ? undefined : {
    url: serverUrl, user: args['server-user'] ?? process.env['CROSSCHECK_PREVIEW_SERVER_USER'] ?? '', password: process.env['CROSSCHECK_PREVIEW_SERVER_PASSWORD'] ?? '',
  };
  const host = await startPreviewHost({
    dataDir, port, restoreFromBackup: args['restore-from-backup'], ...(logFile ? { logFile } : {}), ...(newsroomServer ? { newsroomServer } : {}),
  });
  // The only place the token is shown: whoever started the host opens this address.
  console.log(`Crosscheck preview: ${host.openUrl}`);
  console.log(`Library: ${dataDir}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    host.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== 0) process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`Crosscheck preview could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
