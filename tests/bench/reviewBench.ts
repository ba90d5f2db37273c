// Review and handoff figures on the benchmark corpus (a 2,000-word story, 200 sources): review
// status cold (source index built) and after a one-paragraph save (cached checker), package
// export and import, and the review report. A benchmark: it prints figures, it never fails.
//   node --experimental-strip-types tests/bench/reviewBench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import type { StoryDocument } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { buildBenchCorpus } from './buildBenchCorpus.ts';
import { benchDataDir } from '../devData.ts';

// `--data DIR` (or CROSSCHECK_DEV_DATA): the development sets the corpus is built from.
const dataDir = benchDataDir();
const corpus = buildBenchCorpus(dataDir);
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-review-bench-'));
const open = (name: string) => {
  const store = CrosscheckStore.open(join(dir, name));
  return { store, handlers: createHandlers({ store }) };
};

async function call<T>(h: ReturnType<typeof open>, channel: string, payload: unknown): Promise<[number, T]> {
  const t0 = performance.now();
  const result = await dispatchRequest(h.handlers, channel, payload);
  const ms = performance.now() - t0;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return [ms, result.value as T];
}
const r = (ms: number) => `${Math.round(ms)} ms`;

try {
  const writer = open('writer.db');
  const document: StoryDocument = [
    { type: 'headline', id: 'h', children: [{ text: 'Benchmark story' }] },
    ...corpus.paragraphs.map((text, i) => ({ type: 'paragraph' as const, id: `p${i}`, children: [{ text }] })),
  ];
  const story = writer.store.createStory({ title: 'Benchmark story', document });
  for (const s of corpus.sources) writer.store.createSource({ text: s.text, title: s.title ?? s.id, fileType: 'paste', published: s.published ?? null }, story.id);

  // The longest the main thread went without a turn during the cold check: what the desktop
  // app's menus and other requests would wait.
  let longestGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 5);
  const [cold, status] = await call<{ claims: { anchor: unknown; verdict: string }[] }>(writer, 'review.status', { storyId: story.id });
  clearInterval(ticker);
  const [warm] = await call(writer, 'review.status', { storyId: story.id });
  const edited = structuredClone(document);
  edited[5]!.children = [{ text: `${corpus.paragraphs[4]} Officials counted 17 more.` }];
  await call(writer, 'stories.save', { id: story.id, document: edited, baseRevision: 1 });
  const [afterEdit] = await call(writer, 'review.status', { storyId: story.id });
  for (const claim of status.claims.slice(0, 100)) {
    await call(writer, 'review.decide', { storyId: story.id, anchor: claim.anchor, state: 'verified', verdict: claim.verdict });
  }
  const [withReviews] = await call(writer, 'review.status', { storyId: story.id });
  const [exportMs, pkg] = await call<{ content: string }>(writer, 'stories.exportFile', { storyId: story.id, format: 'package', deliver: 'inline' });
  const [reportMs, report] = await call<{ content: string }>(writer, 'stories.exportFile', { storyId: story.id, format: 'review-report', deliver: 'inline' });

  const editor = open('editor.db');
  const [importMs] = await call(editor, 'packages.import', { packageText: pkg.content });

  console.log(`Story: ${corpus.draftWords} words, ${status.claims.length} claims; ${corpus.sources.length} sources (${corpus.sourceWords} words)`);
  console.log(`main thread during the cold check: longest stall ${r(longestGap)} (the index is built in the worker)`);
  console.log(`review.status  cold (index build): ${r(cold)} · warm: ${r(warm)} · after a one-paragraph save: ${r(afterEdit)} · with 100 decisions: ${r(withReviews)}`);
  console.log(`package export: ${r(exportMs)} (${(pkg.content.length / 1e6).toFixed(1)} MB) · import into a fresh library: ${r(importMs)}`);
  console.log(`review report: ${r(reportMs)} (${Math.round(report.content.length / 1000)} kB of HTML)`);
  writer.store.close();
  editor.store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
