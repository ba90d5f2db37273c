// The native menu bar. Built as plain data so the structure and accelerators are testable; items
// that belong to the editor send a menu command to the renderer rather than acting here.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipcContract.ts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  isDevelopment: boolean;
  send: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ platform, appName, isDevelopment, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions =>
    accelerator ? { label, accelerator, click: () => send(cmd) } : { label, click: () => send(cmd) };
  const preferences = command(isMac ? 'Settings…' : 'Preferences…', 'open-preferences', 'CmdOrCtrl+,');

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' }, { type: 'separator' }, preferences, { type: 'separator' },
        { role: 'services' }, { type: 'separator' },
        { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        command('New Story', 'new-story', 'CmdOrCtrl+N'),
        { type: 'separator' },
        command('Import Source…', 'import-source', 'CmdOrCtrl+O'),
        command('Paste as New Source', 'paste-source', 'CmdOrCtrl+Alt+V'),
        { type: 'separator' },
        command('Save', 'save-now', 'CmdOrCtrl+S'),
        command('Export…', 'export-story', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('Export Story Package…', 'export-package', 'CmdOrCtrl+Shift+E'),
        command('Open Package…', 'open-package', 'CmdOrCtrl+Shift+O'),
        command('Export as HTML…', 'export-html'),
        command('Export as Markdown…', 'export-markdown'),
        command('Copy Story as Rich Text', 'copy-rich-text'),
        command('Export Review Report…', 'export-review-report'),
        { type: 'separator' },
        command('Newsroom Server…', 'newsroom-server'),
        { type: 'separator' },
        ...(isMac ? [{ role: 'close' } as const] : [preferences, { type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' }, { role: 'redo' }, { type: 'separator' },
        { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'pasteAndMatchStyle' }, { role: 'delete' },
        { type: 'separator' }, { role: 'selectAll' }, { type: 'separator' },
        command('Search Sources', 'find-in-library', 'CmdOrCtrl+Shift+F'),
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(isDevelopment ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
        command('Review Mode', 'toggle-review', 'CmdOrCtrl+Shift+R'),
        { type: 'separator' },
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }, { type: 'separator' }, { role: 'window' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    { role: 'help', label: '&Help', submenu: [{ role: 'about', label: `About ${appName}` }] },
  );
  return template;
}
