// Native save and open dialogs for exports and story packages. Files are written whole: to a
// temporary name next to the target, then renamed over it, so a crash or a full disk never
// leaves a half-written package where the user expects a good one.
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PACKAGE_EXTENSION } from '../shared/reviewContract.ts';
import { StoreError } from '../store/crosscheckStore.ts';
import type { FileDialogs } from '../services/reviewHandlers.ts';

export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export function createFileDialogs(window: () => BrowserWindow | undefined): FileDialogs {
  return {
    async saveFile({ suggestedName, filters, content }) {
      const parent = window();
      const options = { defaultPath: suggestedName, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] };
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, fileName: '' };
      try {
        await writeFileAtomically(choice.filePath, content);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'you do not have permission to write there' : 'the disk refused the write';
        throw new StoreError('internal', `The file could not be saved: ${reason}. Nothing was changed; try another folder.`);
      }
      return { saved: true, fileName: choice.filePath };
    },
    async openPackageFile(maxChars) {
      const parent = window();
      const options = {
        filters: [{ name: 'Crosscheck story package', extensions: [PACKAGE_EXTENSION] }],
        properties: ['openFile'] as 'openFile'[],
      };
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return { cancelled: true };
      const size = (await stat(path)).size;
      if (size > maxChars * 2) throw new StoreError('import-failed', `This package is larger than the ${Math.round(maxChars / 1_000_000)} MB limit, so it was not opened.`);
      return { cancelled: false, fileName: basename(path), text: await readFile(path, 'utf8') };
    },
  };
}
