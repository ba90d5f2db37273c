import { useCallback, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../electron/shared/ipcContract.ts';
import type { DuplicateChoice, Source } from '../../../electron/shared/ipcContract.ts';
import { readableFormatList, sourceFormatForFileName } from '../../../electron/shared/sourceFormats.ts';
import { call } from '../bridge.ts';
import { useToast } from '../ui/Toasts.tsx';
import { useDuplicatePrompt } from './useDuplicatePrompt.ts';

export interface ImportJob {
  key: string;
  fileName: string;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * Imports files one after another (parsing is heavy and the machine may be small), showing each
 * as in progress and reporting failures by file name with what to do about them.
 */
export function useSourceImport(storyId: string | null, onImported: (source: Source) => void) {
  const notify = useToast();
  const [jobs, setJobs] = useState<ImportJob[]>([]);
  const duplicates = useDuplicatePrompt(storyId !== null);
  const askAboutDuplicate = duplicates.ask;

  const importFiles = useCallback(
    async (files: File[]) => {
      const accepted: File[] = [];
      for (const file of files) {
        if (!sourceFormatForFileName(file.name)) {
          notify({ kind: 'error', message: `“${file.name}” was not imported: Crosscheck reads ${readableFormatList()} files. Save it in one of those formats, or paste its text.` });
        } else if (file.size > MAX_IMPORT_BYTES) {
          notify({ kind: 'error', message: `“${file.name}” is larger than the 50 MB import limit. Split it, or paste the part you need.` });
        } else {
          accepted.push(file);
        }
      }
      // One id per file, not per request: sending this job again can never store the file twice.
      const queued = accepted.map((file) => ({ file, key: crypto.randomUUID() }));
      setJobs((all) => [...all, ...queued.map(({ key, file }) => ({ key, fileName: file.name }))]);
      for (const { file, key } of queued) {
        try {
          const dataBase64 = await readAsBase64(file);
          const send = (onDuplicate: DuplicateChoice) =>
            call('importSourceFile', { fileName: file.name, dataBase64, importId: key, onDuplicate, ...(storyId ? { storyId } : {}) });
          let result = await send('ask');
          // The same text is already in the library: the next file waits until the user has chosen.
          if (result.ok && result.value.status === 'duplicate') {
            const choice = await askAboutDuplicate(result.value.existing, result.value.incomingTitle);
            if (choice === null) {
              notify({ message: `“${file.name}” was not imported; the library already has it as “${result.value.existing.title}”.` });
              continue;
            }
            result = await send(choice);
          }
          if (result.ok && result.value.status !== 'duplicate') {
            const source = result.value;
            onImported(source);
            notify({
              message: source.status === 'existing'
                ? `“${source.title}” was already in the library${storyId ? '; it is attached to this story' : ''}.`
                : `Imported “${source.title}”${storyId ? ' and attached it to this story' : ''}.`,
            });
          } else if (result.ok) {
            notify({ kind: 'error', message: `“${file.name}” was not imported: the library already has it.` });
          } else {
            notify({ kind: 'error', message: `“${file.name}” was not imported. ${result.error.message}` });
          }
        } catch {
          notify({ kind: 'error', message: `“${file.name}” could not be read from disk. Check that the file still exists and try again.` });
        } finally {
          setJobs((all) => all.filter((job) => job.key !== key));
        }
      }
    },
    [storyId, notify, onImported, askAboutDuplicate],
  );

  return { jobs, importFiles, duplicatePrompt: duplicates.prompt };
}
