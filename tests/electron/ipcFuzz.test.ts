// fast-check against the IPC door: for every channel in the contract, arbitrary payloads (any
// structured-clonable value, as a compromised renderer could send) and mutations of valid ones
// go through guardInvocation → dispatchRequest — the same path as the IPC router, and the one the
// preview host calls after its token check — on a real library file. Every answer must be a
// Result that fits the contract, never `internal`; a refused request must leave every table
// byte-for-byte unchanged, and read-only channels must never change anything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/appProtocol.ts';
import { appUrlMatcher, guardInvocation } from '../../electron/main/invocationGuard.ts';
import type { SenderFrame, SenderPolicy } from '../../electron/main/invocationGuard.ts';
import { createHandlers } from '../../electron/services/crosscheckHandlers.ts';
import type { Handlers } from '../../electron/services/crosscheckHandlers.ts';
import { API_METHODS, CHANNELS, resultSchema } from '../../electron/shared/ipcContract.ts';
import type { ApiMethod } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { databaseChecksum } from './databaseChecksum.ts';

/** Runs per channel; the import channel starts a parsing process for every valid-looking file. */
const RUNS = 120;
const IMPORT_RUNS = 40;
/** Channels that never write, whatever they are sent. */
const READ_ONLY = new Set<ApiMethod>([
  'listStories', 'listDeletedStories', 'getStory', 'getAppState', 'listSources', 'getSource', 'listStorySources', 'openExternal',
  'getStoryReview', 'getReviewStatus', 'getHiddenClaims', 'exportStoryFile', 'openPackageFile',
]);

const appFrame: SenderFrame = { url: APP_ENTRY_URL, parent: null, processId: 4, routingId: 1 };
const policy: SenderPolicy = { appMainFrame: () => appFrame, isAppUrl: appUrlMatcher(APP_ENTRY_URL) };

let dir: string;
let store: CrosscheckStore;
let handlers: Handlers;
/** Logged by dispatchRequest for the channel under test: an exception no handler turned into a Result. */
const internalErrors: string[] = [];
const ids = { story: '', deletedStory: '', source: '', deletedSource: '', block: '', comment: '' };
/** A real exported story package, the seed for packages.import. */
let packageText = '';
const tally = new Map<string, { runs: number; ok: number; refused: Map<string, number> }>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-ipc-fuzz-'));
  store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
  handlers = createHandlers({ store, openExternal: async () => {} });
  ids.story = store.createStory({ title: 'Drone attack on Izhevsk' }).id;
  ids.deletedStory = store.createStory({ title: 'Spiked' }).id;
  store.deleteStory(ids.deletedStory);
  ids.source = store.createSource({ text: 'Three killed, 45 injured.', title: 'Wire', fileType: 'paste' }, ids.story).id;
  ids.deletedSource = store.createSource({ text: 'Old copy.', fileType: 'paste' }).id;
  store.deleteSource(ids.deletedSource);
  ids.block = store.getStory(ids.story).document[0]?.id ?? 'missing';
  const call = async (channel: string, payload: unknown) => {
    const result = await guardInvocation(handlers, policy, { senderFrame: appFrame }, channel, payload);
    if (!result.ok) throw new Error(`${channel} failed while seeding: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
  ids.comment = String((await call('comments.add', { storyId: ids.story, anchor: anchor(), body: 'Check the 45' }))['id']);
  packageText = String((await call('stories.exportFile', { storyId: ids.story, format: 'package', deliver: 'inline' }))['content']);
});
const anchor = () => ({ blockId: ids.block, text: 'Drone', before: '', after: ' attack', start: 0 });
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
  const rows = [...tally].map(([channel, t]) =>
    `  ${channel.padEnd(22)} ${String(t.runs).padStart(4)} runs  ${String(t.ok).padStart(4)} ok  refused: ${[...t.refused].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  const total = [...tally.values()].reduce((sum, t) => sum + t.runs, 0);
  console.log(`IPC fuzz: ${total} payloads over ${tally.size} channels\n${rows.join('\n')}`);
});

// ---- payloads -------------------------------------------------------------------------------

/** What a renderer can put through ipcRenderer.invoke (structured clone), not just JSON. */
const anyValue = fc.anything({
  maxDepth: 4, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true,
  withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, stringUnit: 'grapheme',
});
const edgeString = fc.constantFrom(
  '', ' ', '\u0000', '\uD800', 'x'.repeat(70_000), '../../etc/passwd', 'javascript:alert(1)', 'file:///etc/passwd',
  "'; DROP TABLE stories; --", '"a" OR "b" NEAR(c)', '*', '__proto__', 'constructor', '2026-02-30', '<script>alert(1)</script>',
);
const edgeNumber = fc.constantFrom(-1, 0, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, -0);
const text = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' });
const leaf = fc.record({ text: fc.string({ maxLength: 30 }), bold: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['text'] });
const block = fc.record({
  type: fc.constantFrom('headline', 'paragraph', 'heading', 'block-quote'),
  id: fc.string({ minLength: 1, maxLength: 12 }),
  children: fc.array(leaf, { minLength: 1, maxLength: 3 }),
});
const document = fc.array(block, { minLength: 1, maxLength: 4 });
const storyId = () => fc.constantFrom(ids.story, ids.deletedStory, 'missing-id');
const sourceId = () => fc.constantFrom(ids.source, ids.deletedSource, 'missing-id');

/** A request that passes the channel's schema (the handler may still refuse it). */
function validPayload(method: ApiMethod): fc.Arbitrary<unknown> {
  switch (method) {
    case 'listStories': case 'listDeletedStories': case 'getAppState': return fc.constant({});
    case 'getStory': case 'duplicateStory': case 'deleteStory': case 'restoreStory': return fc.record({ id: storyId() });
    case 'createStory': return fc.record({ title: text, document }, { requiredKeys: [] });
    case 'renameStory': return fc.record({ id: storyId(), title: text });
    case 'setStoryPublished': return fc.record({ id: storyId(), published: fc.constantFrom('2026-11-21', '2024-02-29', null) });
    case 'saveStory': return fc.record({ id: storyId(), document, baseRevision: fc.integer({ min: 0, max: 5 }) });
    case 'setLastOpenedStory': return fc.record({ storyId: fc.option(storyId(), { nil: null }) });
    case 'setPreferences': return fc.record({ reviewerName: text, theme: fc.constantFrom('system', 'light', 'dark'), spellcheck: fc.boolean() }, { requiredKeys: [] });
    case 'openExternal': return fc.record({ url: fc.oneof(fc.webUrl(), fc.string()) });
    case 'listSources': return fc.record({ query: text }, { requiredKeys: [] });
    case 'getSource': case 'deleteSource': case 'restoreSource': return fc.record({ id: sourceId() });
    case 'createSource':
      return fc.record({ text, title: text, outlet: text, url: fc.webUrl(), published: fc.constantFrom('2026-11-21', null), tags: fc.array(text, { maxLength: 3 }), storyId: storyId() }, { requiredKeys: ['text'] });
    case 'importSourceFile':
      return fc.record({
        fileName: fc.constantFrom('wire.txt', 'notes.md', 'page.html', 'report.docx', 'scan.pdf'),
        dataBase64: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 64 }), text.map((t) => new TextEncoder().encode(t)))
          .map((bytes) => Buffer.from(bytes).toString('base64')),
        storyId: storyId(),
      }, { requiredKeys: ['fileName', 'dataBase64'] });
    case 'updateSource':
      return fc.record({ id: sourceId(), title: text, outlet: text, url: fc.webUrl(), published: fc.constantFrom('2026-11-21', null), tags: fc.array(text, { maxLength: 3 }) }, { requiredKeys: ['id'] });
    case 'listStorySources': return fc.record({ storyId: storyId() });
    case 'attachSource': case 'detachSource': return fc.record({ storyId: storyId(), sourceId: sourceId() });
    case 'getStoryReview': case 'getReviewStatus': case 'getHiddenClaims': return fc.record({ storyId: storyId() });
    case 'setHiddenClaims': return fc.record({ storyId: storyId(), keys: fc.array(text, { maxLength: 4 }) });
    case 'recordDecision':
      return fc.record({
        storyId: storyId(), anchor: fc.constant(null).map(anchor), state: fc.constantFrom('open', 'verified', 'needs-change', 'dismissed'),
        verdict: fc.constantFrom('supported', 'contradicted', 'unsupported', null), note: text,
      }, { requiredKeys: ['storyId', 'anchor', 'state', 'verdict'] });
    case 'addComment': return fc.record({ storyId: storyId(), anchor: fc.constant(null).map(anchor), body: text });
    case 'replyToComment': return fc.record({ storyId: storyId(), commentId: fc.constantFrom(ids.comment, 'missing-id'), body: text });
    case 'resolveComment': return fc.record({ storyId: storyId(), commentId: fc.constantFrom(ids.comment, 'missing-id'), resolved: fc.boolean() });
    case 'exportStoryFile':
      return fc.record({ storyId: storyId(), format: fc.constantFrom('package', 'html', 'html-fragment', 'markdown', 'text', 'review-report'), deliver: fc.constant('inline') });
    case 'importStoryPackage':
      return fc.record({
        // The real package, or one spliced at the text level (cut, garbage inserted).
        packageText: fc.oneof(
          fc.constant(null).map(() => packageText),
          fc.tuple(fc.nat(), fc.nat(60), fc.string({ maxLength: 8 })).map(([at, cut, insert]) =>
            packageText.slice(0, at % packageText.length) + insert + packageText.slice((at % packageText.length) + cut)),
        ),
        onExisting: fc.constantFrom('ask', 'keep-both', 'replace'),
      }, { requiredKeys: ['packageText'] });
    default:
      // A channel added to the contract after this test was written is still fuzzed, from {}.
      return fc.constant({});
  }
}

type Mutation = { at: number; kind: 'set'; value: unknown } | { at: number; kind: 'delete' } | { at: number; kind: 'add'; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant('set' as const), value: fc.oneof(anyValue, edgeString, edgeNumber) }),
  fc.record({ at: fc.nat(), kind: fc.constant('delete' as const) }),
  fc.record({ at: fc.nat(), kind: fc.constant('add' as const), key: fc.constantFrom('__proto__', 'constructor', 'extra', 'toString', 'then'), value: anyValue }),
);

/** Plain objects and arrays only: boxed strings, typed arrays and the like are leaves. */
const isContainer = (value: unknown): value is Record<string, unknown> =>
  Array.isArray(value) || (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value)));

/** Applies each mutation at one of the value's nested slots (picked by index), on a copy. */
function mutate(valid: unknown, mutations: readonly Mutation[]): unknown {
  const root = { value: structuredClone(valid) } as Record<string, unknown>;
  for (const m of mutations) {
    const slots: [Record<string, unknown>, string][] = [];
    const walk = (holder: Record<string, unknown>, key: string) => {
      slots.push([holder, key]);
      const child = holder[key];
      if (isContainer(child)) for (const k of Object.keys(child)) walk(child, k);
    };
    walk(root, 'value');
    const [holder, key] = slots[m.at % slots.length]!;
    if (m.kind === 'set') holder[key] = m.value;
    else if (m.kind === 'delete') delete holder[key];
    else {
      const target = holder[key];
      if (isContainer(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      else holder[key] = { [m.key]: m.value };
    }
  }
  return root['value'];
}

function payloads(method: ApiMethod): fc.Arbitrary<unknown> {
  const valid = validPayload(method);
  return fc.oneof(
    anyValue,
    valid,
    fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, ms]) => mutate(v, ms)),
  );
}

// ---- the property -------------------------------------------------------------------------------

describe('every channel under fuzzed payloads', () => {
  it.each(API_METHODS)('%s answers with a contract Result, never internal, and refusals write nothing', async (method) => {
    const channel = CHANNELS[method].channel;
    const schema = resultSchema(CHANNELS[method].result);
    const t = { runs: 0, ok: 0, refused: new Map<string, number>() };
    internalErrors.length = 0;
    tally.set(channel, t);
    await fc.assert(
      fc.asyncProperty(payloads(method), async (payload) => {
        const before = databaseChecksum(store.db);
        const result = await guardInvocation(handlers, policy, { senderFrame: appFrame }, channel, payload, (context, error) =>
          internalErrors.push(`${context}: ${String(error)}`));
        t.runs++;
        expect(schema.safeParse(result).success).toBe(true);
        if (result.ok) {
          t.ok++;
          if (READ_ONLY.has(method)) expect(databaseChecksum(store.db)).toBe(before);
          return;
        }
        t.refused.set(result.error.code, (t.refused.get(result.error.code) ?? 0) + 1);
        expect(result.error.code).not.toBe('internal');
        expect(result.error.message).not.toMatch(/\n\s+at |\.ts:\d/);
        expect(databaseChecksum(store.db)).toBe(before);
      }),
      { numRuns: method === 'importSourceFile' ? IMPORT_RUNS : RUNS },
    );
    expect(internalErrors).toEqual([]);
    expect(store.db.pragma('integrity_check')).toBe('ok');
  });
});
