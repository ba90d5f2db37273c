// "Not a claim" choices, per story. Kept in the window's local storage: it belongs to this
// desktop install like the window layout does, and needs no round trip while the writer works.
const PREFIX = 'crosscheck.hiddenClaims.';

export function loadHiddenClaims(storyId: string): string[] {
  try {
    const raw = window.localStorage.getItem(PREFIX + storyId);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

export function saveHiddenClaims(storyId: string, keys: Iterable<string>): void {
  try {
    const list = [...keys];
    if (list.length === 0) window.localStorage.removeItem(PREFIX + storyId);
    else window.localStorage.setItem(PREFIX + storyId, JSON.stringify(list));
  } catch {
    // Storage full or disabled: the choice holds for this session only.
  }
}
