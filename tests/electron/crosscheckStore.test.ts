import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/services/openLibrary.ts';
import { storyDocumentSchema } from '../../electron/shared/ipcContract.ts';
import type { SlateElement, SlateNode, StoryDocument } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore, StoreError } from '../../electron/store/crosscheckStore.ts';
import { MIGRATIONS } from '../../electron/store/migrations.ts';
import { toFtsQuery } from '../../electron/store/searchSources.ts';
import { seedSamples } from '../../electron/store/seedSamples.ts';

const SAMPLES = join(import.meta.dirname, '../../assets/samples');
let dir: string;
let file: string;
let store: CrosscheckStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-store-'));
  file = join(dir, 'library', 'crosscheck.db');
  store = CrosscheckStore.open(file);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const paragraph = (text: string): SlateElement => ({ type: 'paragraph', id: `p-${text.length}`, children: [{ text }] });
const doc = (...texts: string[]): StoryDocument => [{ type: 'headline', id: 'h', children: [{ text: 'Headline' }] }, ...texts.map(paragraph)];

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return (error as StoreError).code;
  }
  throw new Error('expected a StoreError');
}

describe('opening a library', () => {
  it('runs every migration on a new file and records the version', () => {
    expect(store.openedAtVersion).toBe(0);
    expect(store.db.pragma('user_version')).toBe(MIGRATIONS.length);
    const tables = store.db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['app_state', 'sources', 'sources_fts', 'stories', 'story_sources']));
  });

  it('uses WAL, synchronous=FULL and enforces foreign keys', () => {
    expect(store.db.pragma('journal_mode')).toBe('wal');
    expect(store.db.pragma('synchronous')).toBe(2); // FULL
    expect(store.db.pragma('foreign_keys')).toBe(1);
    expect(() => store.db.run("INSERT INTO story_sources VALUES ('no-story', 'no-source', 'now')")).toThrow(/FOREIGN KEY/);
  });

  it('reopens without re-running migrations and keeps the data', () => {
    const story = store.createStory({ title: 'Kept' });
    store.close();
    store = CrosscheckStore.open(file);
    expect(store.openedAtVersion).toBe(MIGRATIONS.length);
    expect(store.getStory(story.id).title).toBe('Kept');
  });

  it('refuses a library written by a newer version instead of damaging it', () => {
    store.close();
    const raw = new DatabaseSync(file);
    raw.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => (store = CrosscheckStore.open(file))).toThrow(/newer Crosscheck/);
    store = CrosscheckStore.open(join(dir, 'other.db'));
  });
});

describe('stories', () => {
  it('creates a story with an empty headline and paragraph by default', () => {
    const story = store.createStory();
    expect(story).toMatchObject({ title: 'Untitled story', revision: 1 });
    expect(story.document.map((b) => b.type)).toEqual(['headline', 'paragraph']);
    expect(storyDocumentSchema.safeParse(story.document).success).toBe(true);
  });

  it('saves with the current revision and bumps it', () => {
    const story = store.createStory({ title: 'Drone strike', document: doc('first') });
    const saved = store.saveStory(story.id, doc('second'), 1);
    expect(saved.revision).toBe(2);
    expect(store.getStory(story.id)).toMatchObject({ revision: 2, document: doc('second') });
  });

  it('refuses a save based on a stale revision and keeps the newer text', () => {
    const story = store.createStory({ document: doc('original') });
    store.saveStory(story.id, doc('from window A'), 1);
    expect(codeOf(() => store.saveStory(story.id, doc('from window B'), 1))).toBe('conflict');
    expect(store.getStory(story.id)).toMatchObject({ revision: 2, document: doc('from window A') });
  });

  it('names an untitled story after its headline on the first save', () => {
    const story = store.createStory();
    const headline: StoryDocument = [{ type: 'headline', id: 'h', children: [{ text: 'Three killed in Izhevsk' }] }, paragraph('x')];
    store.saveStory(story.id, headline, 1);
    expect(store.getStory(story.id).title).toBe('Three killed in Izhevsk');
  });

  it('renames without bumping the revision, so an open editor can still save', () => {
    const story = store.createStory({ title: 'Old' });
    expect(store.renameStory(story.id, '  New title ')).toMatchObject({ title: 'New title', revision: 1 });
    expect(store.saveStory(story.id, doc('x'), 1).revision).toBe(2);
  });

  it('duplicates a story with its document and attached sources', () => {
    const story = store.createStory({ title: 'Original', document: doc('body') });
    const source = store.createSource({ text: 'Wire copy', fileType: 'paste' }, story.id);
    const copy = store.duplicateStory(story.id);
    expect(copy).toMatchObject({ title: 'Original (copy)', revision: 1, document: doc('body') });
    expect(copy.id).not.toBe(story.id);
    expect(store.listStorySources(copy.id).map((s) => s.id)).toEqual([source.id]);
  });

  it('deletes softly and restores (undo), also across a restart', () => {
    const story = store.createStory({ title: 'To delete' });
    store.setLastOpenedStory(story.id);
    store.deleteStory(story.id);
    expect(store.listStories()).toEqual([]);
    expect(codeOf(() => store.getStory(story.id))).toBe('not-found');
    expect(store.getAppState().lastOpenedStoryId).toBeNull();
    store.close();
    store = CrosscheckStore.open(file);
    expect(store.restoreStory(story.id).title).toBe('To delete');
    expect(store.getAppState().lastOpenedStoryId).toBe(story.id);
    expect(codeOf(() => store.restoreStory(story.id))).toBe('not-found');
  });

  it('purges rows deleted more than 30 days ago when the library is opened', () => {
    const story = store.createStory({ title: 'Old news' });
    store.deleteStory(story.id);
    store.close();
    const later = new Date(Date.now() + 31 * 86_400_000);
    store = CrosscheckStore.open(file, { now: () => later });
    expect(codeOf(() => store.restoreStory(story.id))).toBe('not-found');
  });

  it('refuses a document over the size limit', () => {
    const story = store.createStory();
    expect(codeOf(() => store.saveStory(story.id, doc('x'.repeat(10_000_001)), 1))).toBe('too-large');
    expect(store.getStory(story.id).revision).toBe(1);
  });
});

describe('sources and search', () => {
  it('stores a pasted source, titled from its first line when untitled', () => {
    const source = store.createSource({ text: '\uFEFFThree people lost their lives\r\nin Izhevsk.', fileType: 'paste', tags: ['drones', ' drones ', ''] });
    expect(source).toMatchObject({ title: 'Three people lost their lives', text: 'Three people lost their lives\nin Izhevsk.', tags: ['drones'], charCount: 41 });
  });

  it('finds sources by words in the text or title, prefix-matched, best first, with snippets', () => {
    store.createSource({ text: 'Flights at Izhevsk airport were suspended.', title: 'Airport', fileType: 'paste' });
    store.createSource({ text: 'A drone hit the Kupol plant; 45 injured.', title: 'Kupol strike', fileType: 'paste' });
    const hits = store.listSources('kup');
    expect(hits.map((s) => s.title)).toEqual(['Kupol strike']);
    expect(hits[0]!.snippet!.filter((s) => s.match).map((s) => s.text)).toEqual(['Kupol']);
    expect(store.listSources('izhevsk airport').map((s) => s.title)).toEqual(['Airport']);
    expect(store.listSources('').length).toBe(2);
  });

  it('matches without diacritics and treats FTS syntax as plain words', () => {
    store.createSource({ text: 'Zelenskyy met Macron in Élysée.', fileType: 'paste' });
    expect(store.listSources('elysee')).toHaveLength(1);
    expect(toFtsQuery('"kupol" OR NEAR(ab c) *')).toBe('"kupol" "OR" "NEAR" "ab" "c"');
    expect(toFtsQuery('NEAR(ab cd')).toBe('"NEAR" "ab" "cd"*');
    expect(() => store.listSources('" AND ( NOT *')).not.toThrow();
    expect(toFtsQuery('—…')).toBeNull();
  });

  it('reindexes a new title and hides deleted sources from search until restored', () => {
    const source = store.createSource({ text: 'Text about air defence.', title: 'Before', fileType: 'paste' });
    store.updateSource(source.id, { title: 'Tor missile systems' });
    expect(store.listSources('tor').map((s) => s.id)).toEqual([source.id]);
    expect(store.listSources('before')).toEqual([]);
    store.deleteSource(source.id);
    expect(store.listSources('tor')).toEqual([]);
    expect(store.listSources()).toEqual([]);
    store.restoreSource(source.id);
    expect(store.listSources('tor')).toHaveLength(1);
  });

  it('updates metadata fields independently', () => {
    const source = store.createSource({ text: 'x', fileType: 'paste' });
    const updated = store.updateSource(source.id, { outlet: 'Wire', url: 'https://example.com/a', published: '2026-11-21', tags: ['a', 'b'] });
    expect(updated).toMatchObject({ title: 'x', outlet: 'Wire', url: 'https://example.com/a', published: '2026-11-21', tags: ['a', 'b'] });
    expect(store.updateSource(source.id, { published: null }).published).toBeNull();
  });

  it('stores nothing when attaching to a missing story fails (one transaction)', () => {
    expect(codeOf(() => store.createSource({ text: 'orphan', fileType: 'paste' }, 'no-such-story'))).toBe('not-found');
    expect(store.listSources()).toEqual([]);
  });
});

describe('story ↔ source links', () => {
  it('attaches once, detaches, and brings links back with a restored source', () => {
    const story = store.createStory();
    const a = store.createSource({ text: 'A', fileType: 'paste' });
    const b = store.createSource({ text: 'B', fileType: 'paste' });
    store.attachSource(story.id, a.id);
    expect(store.attachSource(story.id, a.id).map((s) => s.id)).toEqual([a.id]);
    expect(store.attachSource(story.id, b.id).map((s) => s.id)).toEqual([a.id, b.id]);
    expect(store.detachSource(story.id, a.id).map((s) => s.id)).toEqual([b.id]);
    store.deleteSource(b.id);
    expect(store.listStorySources(story.id)).toEqual([]);
    store.restoreSource(b.id);
    expect(store.listStorySources(story.id).map((s) => s.id)).toEqual([b.id]);
    expect(codeOf(() => store.attachSource(story.id, 'missing'))).toBe('not-found');
  });
});

describe('app state', () => {
  it('merges preferences over the defaults and ignores damaged values', () => {
    expect(store.getPreferences()).toEqual({ reviewerName: '', theme: 'system', spellcheck: true });
    store.setPreferences({ reviewerName: 'Desk editor' });
    expect(store.setPreferences({ theme: 'dark' })).toEqual({ reviewerName: 'Desk editor', theme: 'dark', spellcheck: true });
    store.setStateValue('preferences', { theme: 'purple', reviewerName: 'Still here' });
    expect(store.getPreferences()).toEqual({ reviewerName: '', theme: 'system', spellcheck: true });
  });

  it('refuses to remember a story that does not exist', () => {
    expect(codeOf(() => store.setLastOpenedStory('missing'))).toBe('not-found');
    expect(store.setLastOpenedStory(null).lastOpenedStoryId).toBeNull();
  });
});

describe('first-run samples', () => {
  const textOf = (node: SlateNode): string => ('text' in node ? node.text : node.children.map(textOf).join(''));

  it('seeds the sample story and source once, linked, and opens the story', () => {
    const result = seedSamples(store, SAMPLES);
    expect(result.seeded).toBe(true);
    expect(seedSamples(store, SAMPLES).seeded).toBe(false);
    const [story] = store.listStories();
    expect(store.listStories()).toHaveLength(1);
    expect(story!.title).toBe('Three killed in Ukrainian drone attack on central Russia');
    expect(store.getAppState().lastOpenedStoryId).toBe(story!.id);
    const sources = store.listStorySources(story!.id);
    expect(sources.map((s) => [s.title, s.outlet, s.fileName])).toEqual([
      ['Three killed in drone attack on military factory in Izhevsk', 'Wire', 'source-wire-report.txt'],
    ]);
    expect(store.listSources('Brechalov')).toHaveLength(1);
  });

  it('converts the draft to the story shape: headline, standfirst, headings, a fact box, no page chrome', () => {
    seedSamples(store, SAMPLES);
    const story = store.getStory(store.getAppState().lastOpenedStoryId!);
    expect(storyDocumentSchema.safeParse(story.document).success).toBe(true);
    const blocks = story.document;
    expect(blocks[0]).toMatchObject({ type: 'headline' });
    expect(textOf(blocks[0]!)).toBe('Three killed in Ukrainian drone attack on central Russia');
    expect(blocks[1]!.type).toBe('standfirst');
    expect(textOf(blocks[1]!)).toMatch(/^Attack on Izhevsk’s Kupol Plant/);
    const headings = blocks.filter((b) => b.type === 'heading').map(textOf);
    expect(headings).toEqual(expect.arrayContaining(['Strategic Implications', 'Diplomatic Tensions Rise', 'What’s Next?', 'Visual Suggestions']));

    const factBoxes = blocks.filter((b) => b.type === 'fact-box');
    expect(factBoxes).toHaveLength(1);
    const [title, ...items] = factBoxes[0]!.children as SlateElement[];
    expect(title!.type).toBe('fact-box-title');
    expect(textOf(title!)).toBe('What We Know So Far');
    expect(items.map((i) => i.type)).toEqual(['fact-box-item', 'fact-box-item', 'fact-box-item', 'fact-box-item']);
    expect(textOf(items[1]!)).toBe('Casualties: 3 killed, 45 injured (6 seriously)');

    const list = blocks.find((b) => b.type === 'bulleted-list');
    expect((list!.children as SlateElement[]).map(textOf)[0]).toMatch(/^Infographic: Map/);

    const all = blocks.map(textOf).join('\n');
    for (const chrome of ['Posted in', 'Leave a Reply', 'Your email address', 'Trump threatens Japan', 'Israel orders evacuations']) {
      expect(all).not.toContain(chrome);
    }
    expect(all.split('Three killed in Ukrainian drone attack on central Russia')).toHaveLength(2); // repeated headline dropped

    const ids: string[] = [];
    const collect = (node: SlateNode) => {
      if ('children' in node) {
        if (node.type !== 'link') ids.push(node.id!);
        node.children.forEach(collect);
      }
    };
    blocks.forEach(collect);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('opens a library without samples as an empty one', () => {
    store.close();
    store = openLibrary(join(dir, 'empty'), join(dir, 'no-samples-here'));
    expect(store.listStories()).toEqual([]);
  });
});
