// Opening the user's library the same way in the desktop app, the preview host and tests: one
// SQLite file in the data directory, seeded with the sample story and source on first run.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CrosscheckStore } from '../store/crosscheckStore.ts';
import { seedSamples } from '../store/seedSamples.ts';

export const LIBRARY_FILE_NAME = 'crosscheck.db';

/** assets/samples in a source checkout; the Electron main passes its own (app path) location. */
export const DEFAULT_SAMPLES_DIR = fileURLToPath(new URL('../../assets/samples/', import.meta.url));

export function openLibrary(dataDir: string, samplesDir: string = DEFAULT_SAMPLES_DIR): CrosscheckStore {
  const store = CrosscheckStore.open(join(dataDir, LIBRARY_FILE_NAME));
  try {
    seedSamples(store, samplesDir);
  } catch (error) {
    // Missing samples must not keep anyone from their library; the app just starts empty.
    console.warn('[crosscheck] sample story and source could not be added:', error instanceof Error ? error.message : error);
  }
  return store;
}
