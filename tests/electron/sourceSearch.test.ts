// Search of a real library holding one 10 MB single-line source: the red team's case, where
// SQLite's snippet() took 248 s for "council injured" and never answered "co", and the whole process
// was blocked meanwhile. Searches go through the handlers, as the IPC router and the preview host
// call them; while one runs, a timer must keep ticking and another request must be answered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import type { Handlers } from '../../electron/services/crosscheckHandlers.ts';
import { CHANNELS } from '../../electron/shared/ipcContract.ts';
import type { SourceListItem } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';

const BIG_CHARS = 10 * 1024 * 1024;
/** Far above the worst figure on a loaded 2-core machine, far below the old code's minutes. */
const SANITY_MS = 20_000;
/** Dense in "council", "injured" and words starting "co": the shape that made snippet() quadratic. */
const WORDS = ['the', 'city', 'council', 'said', 'three', 'people', 'were', 'injured', 'when', 'a', 'drone', 'hit', 'the', 'plant',
  'contract', 'committee', 'report', 'commission', 'company', 'costs', 'could', 'confirm', 'officials', 'later', 'evacuated'];

/** Deterministic words on one line, no newline anywhere. */
function singleLineText(chars: number): string {
  let seed = 1;
  const words: string[] = [];
  for (let length = 0; length < chars; ) {
    seed = (seed * 48271) % 2147483647;
    const word = WORDS[seed % WORDS.length]!;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, chars);
}

let dir: string;
let store: CrosscheckStore;
let handlers: Handlers;
const ids = { big: '', small: '', vitamin: '' };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-search-'));
  store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
  handlers = createHandlers({ store });
  ids.big = store.createSource({ text: singleLineText(BIG_CHARS), title: 'Council minutes, full year', fileType: 'txt' }).id;
  ids.small = store.createSource({ text: 'The council said two people were injured.', title: 'Wire', fileType: 'paste' }).id;
  ids.vitamin = store.createSource({ text: 'Vitamin C tablets were handed out.', title: 'Clinic', fileType: 'paste' }).id;
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

interface TimedSearch {
  sources: SourceListItem[];
  ms: number;
  /** Ticks of a 1 ms interval before the search answered: none when it held the event loop. */
  ticks: number;
  /** Which answered first: the search, or a getAppState sent from a timer just after it. */
  order: string[];
}

/** Sends the search and, from a timer right after, another request, as another IPC message would
 *  arrive: that one can be answered first only if the search leaves the event loop free. */
async function searchBesideAnotherRequest(query: string): Promise<TimedSearch> {
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 1);
  const order: string[] = [];
  const started = performance.now();
  try {
    const searched = search(query).then((sources) => {
      order.push('search');
      return { sources, ms: performance.now() - started, ticks };
    });
    const other = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => dispatchRequest(handlers, CHANNELS.getAppState.channel, {}))
      .then((result) => {
        order.push('getAppState');
        return result;
      });
    const [result, state] = await Promise.all([searched, other]);
    expect(state.ok).toBe(true);
    return { ...result, order };
  } finally {
    clearInterval(ticker);
  }
}

async function search(query?: string): Promise<SourceListItem[]> {
  const result = await dispatchRequest(handlers, CHANNELS.listSources.channel, query === undefined ? {} : { query });
  if (!result.ok) throw new Error(`search failed: ${result.error.code} ${result.error.message}`);
  return (result.value as { sources: SourceListItem[] }).sources;
}

const matched = (source: SourceListItem | undefined) => source?.snippet?.filter((s) => s.match).map((s) => s.text.toLowerCase()) ?? [];
const snippetLength = (source: SourceListItem | undefined) => source?.snippet?.reduce((n, s) => n + s.text.length, 0) ?? 0;

describe('search with a 10 MB single-line source in the library', () => {
  it('finds "council injured" in the worker while the main thread answers other requests', async () => {
    // What the library panel asks for when it opens, before anyone types.
    expect(await search()).toHaveLength(3);
    const { sources, ms, ticks, order } = await searchBesideAnotherRequest('council injured');
    const again = await searchBesideAnotherRequest('council injured');
    console.log(`search "council injured" with a 10 MB single-line source: ${ms.toFixed(0)} ms while the search thread starts ` +
      `(${ticks} timer ticks meanwhile), ${again.ms.toFixed(0)} ms once it runs (${again.ticks} ticks)`);
    expect(again.sources).toEqual(sources);

    expect(sources.map((s) => s.id).sort()).toEqual([ids.big, ids.small].sort());
    const big = sources.find((s) => s.id === ids.big);
    expect(new Set(matched(big))).toEqual(new Set(['council', 'injured']));
    expect(snippetLength(big)).toBeLessThan(300);
    expect(matched(sources.find((s) => s.id === ids.small))).toEqual(['council', 'injured']);

    expect(order).toEqual(['getAppState', 'search']);
    expect(ticks).toBeGreaterThan(0);
    expect(ms).toBeLessThan(SANITY_MS);
  }, 120_000);

  it('answers the two-letter prefix "co" with whole words highlighted, without holding the event loop', async () => {
    const { sources, ms, ticks, order } = await searchBesideAnotherRequest('co');
    console.log(`search "co" with a 10 MB single-line source: ${ms.toFixed(0)} ms (${ticks} timer ticks meanwhile)`);

    expect(sources.map((s) => s.id).sort()).toEqual([ids.big, ids.small].sort());
    const highlighted = matched(sources.find((s) => s.id === ids.big));
    expect(highlighted.length).toBeGreaterThan(0);
    for (const word of highlighted) expect(WORDS).toContain(word);
    for (const word of highlighted) expect(word.startsWith('co')).toBe(true);

    expect(order).toEqual(['getAppState', 'search']);
    expect(ticks).toBeGreaterThan(0);
    expect(ms).toBeLessThan(SANITY_MS);
  }, 120_000);

  it('matches a one-letter word whole, never as a prefix', async () => {
    const sources = await search('c');
    expect(sources.map((s) => s.id)).toEqual([ids.vitamin]);
    expect(matched(sources[0])).toEqual(['c']);
  }, 120_000);

  it('lets searches typed in quick succession replace each other instead of piling up', async () => {
    const call = (query: string) => dispatchRequest(handlers, CHANNELS.listSources.channel, { query });
    const [first, second, third] = await Promise.all([call('council'), call('committee'), call('evacuated')]);
    // The first was running and may have been let finish; the second never started.
    expect(first.ok || first.error.code === 'conflict').toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(third.ok && (third.value as { sources: SourceListItem[] }).sources.map((s) => s.id)).toEqual([ids.big]);
  }, 120_000);
});
