// Three-way merge of a story document, one top-level block at a time, for a save whose base was
// not the server's head (a conflict revision). Blocks are matched by their stable id, so a
// paragraph is the same paragraph after edits around it.
//
// The one promise: no text is dropped. A block edited on one side and untouched on the other
// takes the edit; a block edited on both sides differently (or edited on one side and deleted
// on the other) is kept from both sides, one after the other, and reported for the writer to
// settle. Only a deletion of an untouched block, or a deletion by both sides, removes text.
import { canonicalJson } from './canonicalJson.ts';

/** Any top-level block: only its optional id is read; the rest is compared as JSON. */
export interface MergeBlock {
  readonly id?: string | undefined;
}

export type MergeConflictKind =
  /** Both sides changed the block, differently: ours then theirs, side by side. */
  | 'both-edited'
  /** We edited a block they deleted: kept. */
  | 'edited-deleted'
  /** They edited a block we deleted: kept. */
  | 'deleted-edited'
  /** Both sides added a block under the same id with different content: both kept. */
  | 'both-added';

export interface MergeConflict<B extends MergeBlock = MergeBlock> {
  kind: MergeConflictKind;
  blockId: string;
  base: B | null;
  ours: B | null;
  theirs: B | null;
  /** The ids the conflicting versions carry in the merged document (theirs may be renamed). */
  oursId: string | null;
  theirsId: string | null;
}

export interface BlockMerge<B extends MergeBlock = MergeBlock> {
  document: B[];
  conflicts: MergeConflict<B>[];
}

/** Suffix for their copy of a block both sides edited, so two blocks never share an id. */
const THEIR_COPY_SUFFIX = '-theirs';

export function mergeBlocks<B extends MergeBlock>(base: readonly B[], ours: readonly B[], theirs: readonly B[]): BlockMerge<B> {
  const [baseKeys, oursKeys, theirsKeys] = [keysOf(base), keysOf(ours), keysOf(theirs)];
  const baseById = byKey(base, baseKeys);
  const oursById = byKey(ours, oursKeys);
  const theirsById = byKey(theirs, theirsKeys);
  const conflicts: MergeConflict<B>[] = [];
  const usedIds = new Set<string>([...oursById.keys(), ...theirsById.keys()]);

  // What each block id becomes: zero, one or two blocks (ours then theirs).
  const resolved = new Map<string, B[]>();
  for (const key of new Set([...baseById.keys(), ...oursById.keys(), ...theirsById.keys()])) {
    const b = baseById.get(key) ?? null;
    const o = oursById.get(key) ?? null;
    const t = theirsById.get(key) ?? null;
    resolved.set(key, resolveBlock(key, b, o, t, conflicts, usedIds));
  }

  // Order: the side that reordered the base's blocks wins (ours when both did); blocks only the
  // other side has follow the block they follow on that side.
  const theirsReordered = reordered(baseKeys, theirsKeys) && !reordered(baseKeys, oursKeys);
  const [spine, other] = theirsReordered ? [theirsKeys, oursKeys] : [oursKeys, theirsKeys];
  const order: string[] = [...spine];
  const placed = new Set(order);
  let after: string | null = null;
  for (const key of other) {
    if (!placed.has(key)) {
      const at = after === null ? 0 : order.indexOf(after) + 1;
      order.splice(at, 0, key);
      placed.add(key);
    }
    after = key;
  }

  const document = order.flatMap((key) => resolved.get(key) ?? []);
  return { document, conflicts };
}

function resolveBlock<B extends MergeBlock>(
  key: string, b: B | null, o: B | null, t: B | null, conflicts: MergeConflict<B>[], usedIds: Set<string>,
): B[] {
  const oursChanged = !same(o, b);
  const theirsChanged = !same(t, b);
  if (same(o, t)) return o ? [o] : [];
  if (!theirsChanged) return o ? [o] : [];
  if (!oursChanged) return t ? [t] : [];
  // Both changed it, differently.
  if (o && t) {
    const theirCopy = withId(t, freshId(key, usedIds));
    conflicts.push({ kind: b ? 'both-edited' : 'both-added', blockId: key, base: b, ours: o, theirs: t, oursId: idOf(o), theirsId: idOf(theirCopy) });
    return [o, theirCopy];
  }
  if (o) {
    conflicts.push({ kind: 'edited-deleted', blockId: key, base: b, ours: o, theirs: null, oursId: idOf(o), theirsId: null });
    return [o];
  }
  conflicts.push({ kind: 'deleted-edited', blockId: key, base: b, ours: null, theirs: t, oursId: null, theirsId: idOf(t!) });
  return [t!];
}

/** Whether side moved any two of the base's blocks that it kept relative to each other. */
function reordered(base: readonly string[], side: readonly string[]): boolean {
  const inSide = new Set(side);
  const inBase = new Set(base);
  const a = base.filter((k) => inSide.has(k));
  const b = side.filter((k) => inBase.has(k));
  return a.some((k, i) => k !== b[i]);
}

function byKey<B extends MergeBlock>(blocks: readonly B[], keys: readonly string[]): Map<string, B> {
  return new Map(blocks.map((block, i) => [keys[i]!, block]));
}

/**
 * Each block's key: its id, or for a block without one its content (identical blocks then
 * match). A repeated key (a bad paste) gets its position appended, so neither copy is lost.
 */
function keysOf(blocks: readonly MergeBlock[]): string[] {
  const seen = new Map<string, number>();
  return blocks.map((block) => {
    const key = typeof block.id === 'string' ? block.id : `content:${canonicalJson(block)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}#${n}`;
  });
}

function idOf(block: MergeBlock): string | null {
  return typeof block.id === 'string' ? block.id : null;
}

function withId<B extends MergeBlock>(block: B, id: string | null): B {
  return id === null ? block : { ...block, id };
}

function freshId(key: string, used: Set<string>): string | null {
  if (key.startsWith('content:')) return null;
  let id = `${key}${THEIR_COPY_SUFFIX}`;
  for (let n = 2; used.has(id); n++) id = `${key}${THEIR_COPY_SUFFIX}-${n}`;
  used.add(id);
  return id;
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

