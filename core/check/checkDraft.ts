// Checking a draft: block by block, with a cache so the live editor re-analyses only the
// paragraph being typed in. checkDraft is the same machinery over the draft's lines.
import type { CheckOptions, Claim, SourceDocument } from '../types.ts';
import { analyseText } from './analyseText.ts';
import { judgeMention } from './judgeMention.ts';
import { createSourceIndex, indexData, type SourceIndex } from './sourceIndex.ts';

export interface DraftBlock {
  readonly id: string;
  readonly text: string;
}

export interface DraftChecker {
  /** Claims per block id, offsets relative to each block's text. Unchanged blocks come from cache. */
  checkBlocks(blocks: readonly DraftBlock[]): Map<string, Claim[]>;
}

function checkText(text: string, index: SourceIndex, options?: CheckOptions): Claim[] {
  const data = indexData(index);
  if (!data || typeof text !== 'string' || text.length === 0) return [];
  const analysis = analyseText(text);
  const claims: Claim[] = [];
  for (const a of analysis.mentions) {
    // "nearly a decade", "the trio": the writer counted nothing.
    if (a.m.impliedOnly) continue;
    try {
      const claim = judgeMention(analysis, a, data, options?.published);
      // Names with digits ("F-16", "COVID-19") are names, not figures: an editor is not asked to
      // confirm them. Only a likely slip is shown: the sources name the same thing with another
      // number ("SARS-CoV-2" where the draft has "SARS-CoV-3") and never as the draft does.
      if (a.m.code !== undefined && !claim.nearMiss) continue;
      claims.push(claim);
    } catch {
      // One odd mention must not cost the editor every other verdict.
    }
  }
  return claims;
}

export function createDraftChecker(index: SourceIndex, options?: CheckOptions): DraftChecker {
  const cache = new Map<string, { text: string; claims: Claim[] }>();
  return {
    checkBlocks(blocks: readonly DraftBlock[]): Map<string, Claim[]> {
      const out = new Map<string, Claim[]>();
      const live = new Set<string>();
      for (const b of Array.isArray(blocks) ? blocks : []) {
        if (!b || typeof b.id !== 'string') continue;
        const text = typeof b.text === 'string' ? b.text : '';
        live.add(b.id);
        const hit = cache.get(b.id);
        if (hit && hit.text === text) { out.set(b.id, hit.claims); continue; }
        let claims: Claim[];
        try {
          claims = checkText(text, index, options);
        } catch {
          claims = [];
        }
        cache.set(b.id, { text, claims });
        out.set(b.id, claims);
      }
      // Forget deleted blocks so the cache tracks the document, not its history.
      for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
      return out;
    },
  };
}

function isIndex(x: unknown): x is SourceIndex {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && indexData(x as SourceIndex) !== undefined;
}

/** Claims for every numeric mention in the draft, in text order, offsets into the draft. Never throws. */
export function checkDraft(draft: string, sources: readonly SourceDocument[] | SourceIndex, options?: CheckOptions): Claim[] {
  try {
    if (typeof draft !== 'string' || draft.length === 0) return [];
    const index = isIndex(sources) ? sources : createSourceIndex(Array.isArray(sources) ? sources : []);
    // Paragraphs (blank-line separated) are the blocks, as in the editor.
    const blocks: { id: string; text: string; offset: number }[] = [];
    const para = /\n[ \t\r]*\n/g;
    let start = 0;
    for (;;) {
      const m = para.exec(draft);
      const end = m ? m.index : draft.length;
      if (end > start) blocks.push({ id: String(blocks.length), text: draft.slice(start, end), offset: start });
      if (!m) break;
      start = m.index + m[0].length;
    }
    const results = createDraftChecker(index, options).checkBlocks(blocks);
    const claims: Claim[] = [];
    for (const b of blocks) {
      for (const c of results.get(b.id) ?? []) {
        claims.push({ ...c, start: c.start + b.offset, end: c.end + b.offset });
      }
    }
    return claims;
  } catch {
    return [];
  }
}
