// "Not a claim" choices, per story, kept in the library with the story (in its metadata, not its
// document, so hiding a flag is not an edit and never conflicts with a save). A cache per story
// lets callers read the choices synchronously once a story's have been fetched.
import { call } from '../bridge.ts';

const cache = new Map<string, string[]>();
const listeners = new Set<(storyId: string, keys: readonly string[]) => void>();
let reportProblem: (message: string) => void = () => {};

/** Where a choice that could not be stored is reported (the app's toasts). */
export function onHiddenClaimsProblem(report: (message: string) => void): void {
  reportProblem = report;
}

/** Called when a story's choices change, whoever changed them (an imported package, this window). */
export function subscribeHiddenClaims(listener: (storyId: string, keys: readonly string[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function remember(storyId: string, keys: readonly string[]): void {
  cache.set(storyId, [...keys]);
  for (const listener of listeners) listener(storyId, keys);
}

/** Reads a story's choices from the library (and caches them). */
export async function fetchHiddenClaims(storyId: string): Promise<string[]> {
  const result = await call('getHiddenClaims', { storyId });
  const keys = result.ok ? result.value.keys : (cache.get(storyId) ?? []);
  remember(storyId, keys);
  return keys;
}

/** The choices last fetched or saved for a story; [] before the first fetch. */
export function loadHiddenClaims(storyId: string): string[] {
  return [...(cache.get(storyId) ?? [])];
}

async function store(storyId: string, keys: readonly string[]): Promise<void> {
  const result = await call('setHiddenClaims', { storyId, keys: [...keys] });
  if (!result.ok) reportProblem(`A “Not a claim” choice could not be saved with the story; it holds until you close it. ${result.error.message}`);
}

/**
 * Replaces a story's choices. For a story whose choices were never fetched in this window, the
 * keys are added to those already stored rather than replacing them unseen.
 */
export function saveHiddenClaims(storyId: string, keys: Iterable<string>): void {
  const list = [...new Set(keys)];
  if (cache.has(storyId)) {
    remember(storyId, list);
    void store(storyId, list);
    return;
  }
  void fetchHiddenClaims(storyId).then((stored) => {
    const merged = [...new Set([...stored, ...list])];
    remember(storyId, merged);
    return store(storyId, merged);
  });
}
