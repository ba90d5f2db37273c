// The writer's answer to a three-way merge: for each block both sides changed, keep mine, keep
// theirs, or keep both. mergeBlocks already put both versions into the merged document (ours,
// then theirs under a fresh id), so a choice only ever removes the version the writer turned
// down; a block with no choice keeps both, and nothing the writer did not pick away is dropped.
import type { BlockMerge, MergeBlock, MergeConflict } from './mergeBlocks.ts';

export type MergeChoice = 'mine' | 'theirs' | 'both';

export function applyMergeChoices<B extends MergeBlock>(merge: BlockMerge<B>, choices: Readonly<Record<string, MergeChoice>>): B[] {
  const drop = new Set<string>();
  const rename = new Map<string, string>();
  for (const conflict of merge.conflicts) {
    const choice = choices[conflict.blockId] ?? 'both';
    if (choice === 'both') continue;
    const dropped = choice === 'mine' ? conflict.theirsId : conflict.oursId;
    // A block merged without an id cannot be told from its twin: both stay.
    if (dropped === null || !present(merge, conflict, dropped)) continue;
    drop.add(dropped);
    // Their copy carries a "-theirs" id only while ours sits beside it; alone, it is the block again.
    if (choice === 'theirs' && conflict.theirsId !== null && conflict.theirsId !== conflict.blockId) rename.set(conflict.theirsId, conflict.blockId);
  }
  return merge.document
    .filter((block) => typeof block.id !== 'string' || !drop.has(block.id))
    .map((block) => (typeof block.id === 'string' && rename.has(block.id) ? { ...block, id: rename.get(block.id) } : block));
}

/** Only a version that the merged document holds can be removed (an edit-delete has one). */
function present<B extends MergeBlock>(merge: BlockMerge<B>, conflict: MergeConflict<B>, id: string): boolean {
  return (conflict.ours !== null && conflict.oursId === id) || (conflict.theirs !== null && conflict.theirsId === id)
    ? merge.document.some((block) => block.id === id)
    : false;
}
