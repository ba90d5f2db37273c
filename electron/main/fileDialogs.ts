// Native save and open dialogs for exports and story packages; files are written whole
// (writeFileAtomically), and packages over the size limit are refused before they are read.
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PACKAGE_EXTENSION } from '../shared/reviewContract.ts';
import { StoreError } from '../store/crosscheckStore.ts';
import type { FileDialogs } from '../services/reviewHandlers.ts';
import { writeFileAtomically } from '../services/writeFileAtomically.ts';

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
        throw exportWriteError((error as NodeJS.ErrnoException).code);
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

/** The export's own words: the file is the user's choice, so "try another folder" is the fix. */
function exportWriteError(errno: string | undefined): StoreError {
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return new StoreError('disk-full', 'The file could not be saved: the disk is full. Nothing was changed; free some space or try another disk.');
  }
  if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS') {
    return new StoreError('read-only', 'The file could not be saved: you do not have permission to write there. Nothing was changed; try another folder.');
  }
  return new StoreError('internal', 'The file could not be saved: the disk refused the write. Nothing was changed; try another folder.');
}
