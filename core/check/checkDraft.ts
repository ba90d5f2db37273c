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

/**
 * Paragraphs before a block that its figures may be worked from: "Her husband, 41 - three years
 * her senior -" after "The 38-year-old …" a paragraph up, which BBC copy writes a sentence to a
 * paragraph. Only the nearest ones, and only so much text: a figure told further back belongs to
 * another passage, and each block's context is re-read when the blocks before it change. 600
 * characters is two or three of BBC copy's one-sentence paragraphs; set where every drafted set
 * kept its gain from 1,200 and the re-check benchmark fell back to its old time (3.5 ms).
 */
const CONTEXT_BLOCKS = 2;
const CONTEXT_CHARS = 600;
const BLOCK_BREAK = '\n\n';

/** The text of the blocks before `i` that its check reads as context (see CONTEXT_BLOCKS). */
function contextBefore(texts: readonly string[], i: number): string {
  const parts: string[] = [];
  let chars = 0;
  for (let k = i - 1; k >= 0 && parts.length < CONTEXT_BLOCKS; k--) {
    const t = texts[k] ?? '';
    if (t.trim() === '') continue;
    if (chars + t.length > CONTEXT_CHARS) break;
    parts.unshift(t);
    chars += t.length;
  }
  return parts.join(BLOCK_BREAK);
}

function checkText(text: string, index: SourceIndex, options?: CheckOptions, context = ''): Claim[] {
  const data = indexData(index);
  if (!data || typeof text !== 'string' || text.length === 0) return [];
  // The block is read after its context, so rules that work a figure from the draft's own may
  // reach back past the paragraph break; only the block's own figures are judged, at its offsets.
  const prefix = context === '' ? '' : context + BLOCK_BREAK;
  const analysis = analyseText(prefix + text);
  const claims: Claim[] = [];
  for (const a of analysis.mentions) {
    // "nearly a decade", "the trio": the writer counted nothing.
    if (a.m.impliedOnly || a.m.start < prefix.length) continue;
    try {
      const judged = judgeMention(analysis, a, data, options?.published);
      const claim = prefix === '' ? judged : { ...judged, start: judged.start - prefix.length, end: judged.end - prefix.length };
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
  const cache = new Map<string, { text: string; context: string; claims: Claim[] }>();
  return {
    checkBlocks(blocks: readonly DraftBlock[]): Map<string, Claim[]> {
      const out = new Map<string, Claim[]>();
      const live = new Set<string>();
      const list = (Array.isArray(blocks) ? blocks : []).filter((b): b is DraftBlock => !!b && typeof b.id === 'string');
      const texts = list.map((b) => (typeof b.text === 'string' ? b.text : ''));
      list.forEach((b, i) => {
        const text = texts[i]!;
        const context = contextBefore(texts, i);
        live.add(b.id);
        const hit = cache.get(b.id);
        if (hit && hit.text === text && hit.context === context) { out.set(b.id, hit.claims); return; }
        let claims: Claim[];
        try {
          claims = checkText(text, index, options, context);
        } catch {
          claims = [];
        }
        cache.set(b.id, { text, context, claims });
        out.set(b.id, claims);
      });
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
