// The IPC door and the shell's security decisions, with fake frames standing in for Electron's
// WebFrameMain (the guard only reads url, parent, processId and routingId).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/appProtocol.ts';
import { buildMenuTemplate } from '../../electron/main/appMenu.ts';
import { buildContextMenuTemplate } from '../../electron/main/contextMenu.ts';
import { appUrlMatcher, guardInvocation, isTrustedSender } from '../../electron/main/invocationGuard.ts';
import type { SenderFrame, SenderPolicy } from '../../electron/main/invocationGuard.ts';
import { decideNavigation, isAllowedRequest } from '../../electron/main/webContentsSecurity.ts';
import { placeWindow } from '../../electron/main/windowState.ts';
import { createHandlers } from '../../electron/services/crosscheckHandlers.ts';
import type { Handlers } from '../../electron/services/crosscheckHandlers.ts';
import { isSafeExternalUrl } from '../../electron/services/safeExternalUrl.ts';
import { MENU_COMMANDS } from '../../electron/shared/ipcContract.ts';
import type { MenuCommand } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';

const frame = (url: string, ids: [number, number] = [4, 1], parent: SenderFrame | null = null): SenderFrame => ({
  url, parent, processId: ids[0], routingId: ids[1],
});
const appFrame = frame(APP_ENTRY_URL);
const policy: SenderPolicy = { appMainFrame: () => appFrame, isAppUrl: appUrlMatcher(APP_ENTRY_URL) };

let dir: string;
let store: CrosscheckStore;
let handlers: Handlers;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-guard-'));
  store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
  handlers = createHandlers({ store });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('who may call over IPC', () => {
  it('accepts the app window main frame showing the app page', () => {
    expect(isTrustedSender({ senderFrame: appFrame }, policy)).toBe(true);
    // Electron may hand out a new wrapper object for the same frame: ids decide.
    expect(isTrustedSender({ senderFrame: frame('crosscheck://app/index.html#story') }, policy)).toBe(true);
  });

  it.each([
    ['no frame (destroyed)', null],
    ['a subframe inside the app page', frame(APP_ENTRY_URL, [4, 7], appFrame)],
    ['another window', frame(APP_ENTRY_URL, [9, 1])],
    ['the main frame after navigating to a web page', frame('https://evil.example/', [4, 1])],
    ['the main frame on a file: URL', frame('file:///home/user/index.html', [4, 1])],
    ['a look-alike host on the app scheme', frame('crosscheck://evil/index.html', [4, 1])],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender({ senderFrame: sender, processId: 9, frameId: 9 }, policy)).toBe(false);
  });

  it('refuses everything while there is no window', () => {
    expect(isTrustedSender({ senderFrame: appFrame }, { ...policy, appMainFrame: () => undefined })).toBe(false);
  });

  it('accepts the final autosave of a closing window only from the last app frame ids', () => {
    const closing: SenderPolicy = { ...policy, appMainFrame: () => undefined, lastAppFrame: () => ({ processId: 4, routingId: 1 }) };
    expect(isTrustedSender({ senderFrame: null, processId: 4, frameId: 1 }, closing)).toBe(true);
    expect(isTrustedSender({ senderFrame: appFrame }, closing)).toBe(true);
    expect(isTrustedSender({ senderFrame: null, processId: 4, frameId: 2 }, closing)).toBe(false);
    expect(isTrustedSender({ senderFrame: null, processId: 5, frameId: 1 }, closing)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, closing)).toBe(false);
    expect(isTrustedSender({ senderFrame: frame('https://evil.example/', [4, 1]) }, closing)).toBe(false);
  });

  it('answers a wrong sender with forbidden before reading the payload', async () => {
    const result = await guardInvocation(handlers, policy, { senderFrame: frame('https://evil.example/') }, 'stories.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'This request did not come from the Crosscheck window and was refused.' } });
  });

  it('treats a frame that throws on access (disposed) as untrusted', async () => {
    const disposed = Object.defineProperty({}, 'url', { get: () => { throw new Error('Render frame was disposed'); } }) as SenderFrame;
    expect((await guardInvocation(handlers, policy, { senderFrame: disposed }, 'stories.list', {})).ok).toBe(false);
  });

  it('passes a trusted call on to the shared validation: bad payloads and unknown channels are results', async () => {
    const event = { senderFrame: appFrame };
    expect(await guardInvocation(handlers, policy, event, 'stories.list', {})).toEqual({ ok: true, value: { stories: [] } });
    expect(await guardInvocation(handlers, policy, event, 'stories.get', { id: ['x'] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await guardInvocation(handlers, policy, event, 'shell.exec', { cmd: 'rm' })).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('matches app URLs by scheme and host, and the dev server by origin', () => {
    const dev = appUrlMatcher('http://localhost:5173/');
    expect(dev('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('not a url')).toBe(false);
  });
});

describe('navigation, links and network', () => {
  const isAppUrl = appUrlMatcher(APP_ENTRY_URL);

  it('keeps in-app navigation, sends web links to the browser, drops everything else', () => {
    expect(decideNavigation('crosscheck://app/index.html', isAppUrl)).toBe('allow');
    expect(decideNavigation('https://www.bbc.co.uk/news', isAppUrl)).toBe('open-external');
    expect(decideNavigation('http://example.com', isAppUrl)).toBe('open-external');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-settings:', 'https://user:pw@example.com', 'data:text/html,<b>x</b>']) {
      expect(decideNavigation(url, isAppUrl)).toBe('block');
    }
  });

  it('checks external links strictly', () => {
    expect(isSafeExternalUrl('https://example.com/a?b#c')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.COM')).toBe(true);
    expect(isSafeExternalUrl('https:')).toBe(false);
    expect(isSafeExternalUrl('  javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('vbscript:x')).toBe(false);
  });

  it('lets pages load only app resources (plus the dev server in development)', () => {
    expect(isAllowedRequest('crosscheck://app/assets/index.js', isAppUrl)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', isAppUrl)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', isAppUrl)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', isAppUrl)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', isAppUrl)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', isAppUrl, 'http://localhost:5173/')).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/@vite/client', isAppUrl, 'http://localhost:5173/')).toBe(true);
  });

  it('lets the browser process, not a page, download spellcheck dictionaries', () => {
    const dictionary = 'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic';
    expect(isAllowedRequest(dictionary, isAppUrl, undefined, false)).toBe(true);
    expect(isAllowedRequest('https://r2---sn-h0jelnez.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', isAppUrl, undefined, false)).toBe(true);
    expect(isAllowedRequest(dictionary, isAppUrl, undefined, true)).toBe(false);
    expect(isAllowedRequest('https://redirector.gvt1.com/other/file', isAppUrl, undefined, false)).toBe(false);
    expect(isAllowedRequest('https://gvt1.com.evil.example/edgedl/chrome/dict/x', isAppUrl, undefined, false)).toBe(false);
  });
});

describe('menus', () => {
  const collect = (platform: NodeJS.Platform, isDevelopment = false) => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({ platform, appName: 'Crosscheck', isDevelopment, send: (c) => sent.push(c) });
    const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    return { template, items, sent };
  };

  it('has File, Edit, View, Window and Help, plus the app menu on macOS', () => {
    expect(collect('linux').template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(collect('darwin').template.map((m) => m.label ?? m.role)).toEqual(['Crosscheck', '&File', '&Edit', '&View', '&Window', '&Help']);
  });

  it('sends a menu command for each editor action, with the usual shortcuts', () => {
    const { items, sent } = collect('win32');
    const byLabel = new Map(items.filter((i) => i.label).map((i) => [i.label, i]));
    expect(byLabel.get('New Story')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel.get('Import Source…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel.get('Save')?.accelerator).toBe('CmdOrCtrl+S');
    for (const item of items) if (item.click) (item.click as () => void)();
    expect([...new Set(sent)].sort()).toEqual([...MENU_COMMANDS].sort());
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('offers reload and developer tools only in development', () => {
    expect(collect('linux').items.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    expect(collect('linux', true).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('offers spelling suggestions for a misspelled word in an editable field', () => {
    const replaced: string[] = [];
    const template = buildContextMenuTemplate(
      { isEditable: true, selectionText: '', misspelledWord: 'Izhevks', dictionarySuggestions: ['Izhevsk', 'Izhevsks'] },
      { replaceMisspelling: (w) => replaced.push(w), addToDictionary: () => {} },
    );
    expect(template.slice(0, 3).map((i) => i.label)).toEqual(['Izhevsk', 'Izhevsks', 'Add to Dictionary']);
    (template[0]!.click as () => void)();
    expect(replaced).toEqual(['Izhevsk']);
    expect(buildContextMenuTemplate({ isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [] }, { replaceMisspelling: () => {}, addToDictionary: () => {} })).toEqual([]);
  });
});

describe('window placement', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1040 };

  it('restores saved bounds that are on a screen', () => {
    expect(placeWindow({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true }, [screen])).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: true });
  });

  it('ignores bounds on a monitor that is gone, and damaged state', () => {
    expect(placeWindow({ bounds: { x: 3000, y: 50, width: 1200, height: 800 }, maximized: false }, [screen])).toEqual({ width: 1280, height: 860, maximized: false });
    expect(placeWindow('garbage', [screen])).toEqual({ width: 1280, height: 860, maximized: false });
  });

  it('shrinks a window larger than the screen it lands on', () => {
    expect(placeWindow({ bounds: { x: 0, y: 0, width: 2500, height: 1600 }, maximized: false }, [{ x: 0, y: 0, width: 1366, height: 728 }])).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: false });
  });
});
