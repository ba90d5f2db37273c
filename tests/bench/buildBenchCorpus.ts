// A deterministic benchmark corpus built from the development data: a 2,000-word draft in
// paragraphs and 200 sources of ~750 words each (~150k words), mixed from real news sentences
// so the index sees real figures, names and dates.
import { readFileSync } from 'node:fs';
import type { SourceDocument } from '../../core/index.ts';

export interface BenchCorpus {
  readonly paragraphs: string[];
  readonly sources: SourceDocument[];
  readonly draftWords: number;
  readonly sourceWords: number;
}

/** mulberry32: a tiny seeded PRNG, so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function buildBenchCorpus(dataDir: string, options: { sources?: number; wordsPerSource?: number; draftWords?: number } = {}): BenchCorpus {
  const sourceCount = options.sources ?? 200;
  const wordsPerSource = options.wordsPerSource ?? 750;
  const draftTarget = options.draftWords ?? 2000;
  const read = (file: string) => readFileSync(`${dataDir}/${file}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const factbox = read('factbox-dev.jsonl');
  const summedits = read('summedits-numeric.jsonl');

  const articles = [...new Set([...factbox, ...summedits].map((r) => String(r.source)))];
  const sentences = articles.flatMap((a) => a.split(/(?<=[.!?])\s+(?=[A-Z“"‘'(])/)).filter((s) => words(s) >= 5);
  const rand = random(20250706);

  const sources: SourceDocument[] = [];
  let sourceWords = 0;
  for (let i = 0; i < sourceCount; i++) {
    // Each source keeps a run of consecutive sentences (a coherent story) plus a few strays.
    const parts: string[] = [];
    let n = 0;
    let at = Math.floor(rand() * sentences.length);
    while (n < wordsPerSource) {
      if (rand() < 0.15) at = Math.floor(rand() * sentences.length);
      const s = sentences[at % sentences.length]!;
      parts.push(s);
      n += words(s);
      at++;
    }
    sourceWords += n;
    sources.push({ id: `bench-${String(i).padStart(3, '0')}`, text: parts.join(' '), published: '2025-07-06' });
  }

  // Draft: the human-written one-sentence summaries, four to a paragraph.
  const drafts = [...new Set(summedits.map((r) => String(r.draft)))];
  const paragraphs: string[] = [];
  let draftWords = 0;
  let current: string[] = [];
  for (let i = 0; draftWords < draftTarget; i++) {
    const d = drafts[Math.floor(rand() * drafts.length)]!;
    current.push(d);
    draftWords += words(d);
    if (current.length === 4) { paragraphs.push(current.join(' ')); current = []; }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return { paragraphs, sources, draftWords, sourceWords };
}
