// The renderer's side of loading a story: whatever the Node side answers, the document the UI gets
// from `call` has no javascript:, data: or file: link left in it.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoryDocument } from '../../electron/shared/ipcContract.ts';
import type * as Bridge from '../../renderer/src/bridge.ts';

const hostile: StoryDocument = [
  { type: 'headline', id: 'h', children: [{ text: 'Headline' }] },
  { type: 'paragraph', id: 'p', children: [{ text: 'Open ' }, { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'this' }] }] },
];
const story = { id: 's1', title: 'T', revision: 3, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', published: null, document: hostile };

let bridge: typeof Bridge;
beforeAll(async () => {
  // A stand-in for the preload's window.crosscheck, answering as an unpatched Node side would;
  // the bridge looks for it when it loads, hence the import after the stub.
  vi.stubGlobal('window', { crosscheck: { getStory: async () => ({ ok: true, value: story }) } });
  bridge = await import('../../renderer/src/bridge.ts');
});

describe('call()', () => {
  it('unwraps unsafe links in a story it loads', async () => {
    const result = await bridge.call('getStory', { id: 's1' });
    expect(result).toMatchObject({ ok: true, value: { id: 's1' } });
    expect(result.ok && result.value.document[1]).toEqual({ type: 'paragraph', id: 'p', children: [{ text: 'Open ' }, { text: 'this' }] });
  });
});
