import { useCallback, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../electron/shared/ipcContract.ts';
import type { Source } from '../../../electron/shared/ipcContract.ts';
import { call } from '../bridge.ts';
import { useToast } from '../ui/Toasts.tsx';

export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'];
const READABLE_LIST = '.txt, .md, .html, .docx and .pdf';

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

  const importFiles = useCallback(
    async (files: File[]) => {
      const accepted: File[] = [];
      for (const file of files) {
        const lower = file.name.toLowerCase();
        if (!IMPORTABLE_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
          notify({ kind: 'error', message: `“${file.name}” was not imported: Crosscheck reads ${READABLE_LIST} files. Save it in one of those formats, or paste its text.` });
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
          const result = await call('importSourceFile', { fileName: file.name, dataBase64, importId: key, ...(storyId ? { storyId } : {}) });
          if (result.ok) {
            onImported(result.value);
            notify({ message: `Imported “${result.value.title}”${storyId ? ' and attached it to this story' : ''}.` });
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
    [storyId, notify, onImported],
  );

  return { jobs, importFiles };
}
