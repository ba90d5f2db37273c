// `npm run bench`: claim-engine figures on a 2,000-word draft against 200 sources (~150k words).
// Budgets on the 2-core reference machine: index ≤ 2,000 ms, full check ≤ 150 ms, incremental
// re-check of one edited paragraph ≤ 10 ms. A benchmark, not a test: it prints, it never fails.
import { checkDraft, createDraftChecker, createSourceIndex, suggestFactBox } from '../../core/index.ts';
import { buildBenchCorpus } from './buildBenchCorpus.ts';
import { benchDataDir } from '../devData.ts';

// `--data DIR` (or CROSSCHECK_DEV_DATA): the development sets the corpus is built from.
const dataDir = benchDataDir();
const corpus = buildBenchCorpus(dataDir);
const draft = corpus.paragraphs.join('\n');

let peakHeap = 0;
const sampleHeap = () => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  sampleHeap();
  return [ms, out];
}

const round = (x: number) => Math.round(x * 10) / 10;

// Index build: the first run also pays for JIT warm-up; the median of five is what a user sees
// after the app has been open a while, the first is what they see on the first check.
const indexRuns: number[] = [];
let index = createSourceIndex([]);
for (let i = 0; i < 5; i++) {
  const [ms, built] = time(() => createSourceIndex(corpus.sources));
  indexRuns.push(ms);
  index = built;
}

const fullRuns: number[] = [];
let claims = 0;
for (let i = 0; i < 7; i++) {
  const [ms, out] = time(() => checkDraft(draft, index));
  fullRuns.push(ms);
  claims = out.length;
}

// Incremental: a live checker holding every paragraph; edit one paragraph's figure, re-check.
const blocks = corpus.paragraphs.map((text, i) => ({ id: `p${i}`, text }));
const checker = createDraftChecker(index);
checker.checkBlocks(blocks);
const incrementalRuns: number[] = [];
for (let i = 0; i < 15; i++) {
  const which = (i * 7) % blocks.length;
  const edited = blocks.map((b, j) => (j === which ? { id: b.id, text: b.text.replace(/\d+/, (d) => String(Number(d) + 1 + i)) + ' ' } : b));
  const [ms] = time(() => checker.checkBlocks(edited));
  incrementalRuns.push(ms);
  blocks[which] = edited[which]!;
}

const storySources = corpus.sources.slice(0, 5);
const factboxRuns: number[] = [];
for (let i = 0; i < 7; i++) factboxRuns.push(time(() => suggestFactBox(storySources))[0]);
const [factboxAllMs] = time(() => suggestFactBox(corpus.sources));

const usage = process.resourceUsage();
console.log(JSON.stringify({
  corpus: { draftWords: corpus.draftWords, paragraphs: blocks.length, sources: corpus.sources.length, sourceWords: corpus.sourceWords, claims },
  indexBuildMs: round(median(indexRuns)),
  indexBuildFirstMs: round(indexRuns[0]!),
  fullCheckMs: round(median(fullRuns)),
  incrementalCheckMs: round(median(incrementalRuns)),
  incrementalCheckMaxMs: round(Math.max(...incrementalRuns)),
  factboxMs: { fiveSources: round(median(factboxRuns)), allSources: round(factboxAllMs) },
  peakRssMB: round(usage.maxRSS / 1024),
  peakHeapMB: round(peakHeap / 1048576),
  budgets: { indexBuildMs: 2000, fullCheckMs: 150, incrementalCheckMs: 10 },
  runs: { index: indexRuns.length, fullCheck: fullRuns.length, incremental: incrementalRuns.length },
  node: process.version,
}, null, 2));
