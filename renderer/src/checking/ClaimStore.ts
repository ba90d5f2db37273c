// What the editor knows of the checker's verdicts: claims per block, the fact-box suggestions and
// the flags the writer hid. An external store (subscribe + version) so the editor's decorations,
// the claims panel and the tab badges each re-render only when a verdict actually changes.
import type { Claim, FactBoxBullet, Verdict } from '../../../core/index.ts';
import type { BlockClaims } from './checkerProtocol.ts';

export interface ClaimFlag {
  /** Unique among the current flags; changes whenever the block is re-analysed. */
  readonly key: string;
  readonly blockId: string;
  readonly claim: Claim;
  /** What "Not a claim" records: the block and the figure's wording, so small edits elsewhere keep it hidden. */
  readonly hideKey: string;
}

export interface BlockFlags {
  readonly id: string;
  /** The block text the verdicts were computed for. */
  readonly text: string;
  readonly flags: readonly ClaimFlag[];
}

export type CheckStatus = 'starting' | 'no-sources' | 'ready' | 'failed';

export const VERDICT_ORDER: readonly Verdict[] = ['contradicted', 'unsupported', 'supported'];

export function hideKeyOf(blockId: string, claim: Pick<Claim, 'text'>): string {
  return `${blockId}|${claim.text}`;
}

let generation = 0;

export class ClaimStore {
  private blocks = new Map<string, BlockFlags>();
  private hiddenKeys = new Set<string>();
  private listeners = new Set<() => void>();
  private factBoxBullets: readonly FactBoxBullet[] | null = null;
  private state: CheckStatus = 'starting';
  private failure = '';
  private changes = 0;
  /** performance.now() of the last verdict update; read by the benchmarks and e2e timing. */
  lastUpdateAt = 0;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Bumps on every change; the value React compares. */
  readonly getVersion = (): number => this.changes;

  private emit(): void {
    this.changes++;
    this.lastUpdateAt = performance.now();
    for (const listener of this.listeners) listener();
  }

  get status(): CheckStatus {
    return this.state;
  }
  get failureMessage(): string {
    return this.failure;
  }
  get bullets(): readonly FactBoxBullet[] | null {
    return this.factBoxBullets;
  }

  block(id: string): BlockFlags | undefined {
    return this.blocks.get(id);
  }

  isHidden(flag: ClaimFlag): boolean {
    return this.hiddenKeys.has(flag.hideKey);
  }

  get hidden(): ReadonlySet<string> {
    return this.hiddenKeys;
  }

  setStatus(status: CheckStatus, message = ''): void {
    if (status === this.state && message === this.failure) return;
    this.state = status;
    this.failure = message;
    if (status === 'no-sources') this.factBoxBullets = [];
    this.emit();
  }

  applyClaims(results: readonly BlockClaims[], removed: readonly string[]): void {
    const run = ++generation;
    for (const id of removed) this.blocks.delete(id);
    for (const result of results) {
      const before = this.blocks.get(result.id);
      // Same verdicts as before (an edit elsewhere in the block): keep the flag objects, so the
      // editor sees equal decorations and does not re-render the block's text.
      if (before && before.text === result.text && sameClaims(before.flags, result.claims)) continue;
      const flags = result.claims.map((claim, i) => ({
        key: `${result.id}:${claim.start}:${claim.end}:${run}.${i}`,
        blockId: result.id,
        claim,
        hideKey: hideKeyOf(result.id, claim),
      }));
      this.blocks.set(result.id, { id: result.id, text: result.text, flags });
    }
    if (this.state === 'starting') this.state = 'ready';
    this.emit();
  }

  setBullets(bullets: readonly FactBoxBullet[]): void {
    this.factBoxBullets = bullets;
    this.emit();
  }

  setHidden(keys: Iterable<string>): void {
    this.hiddenKeys = new Set(keys);
    this.emit();
  }

  /** Forgets all verdicts (another story opened, sources replaced while nothing is re-checked yet). */
  clear(): void {
    this.blocks.clear();
    this.factBoxBullets = null;
    this.state = 'starting';
    this.emit();
  }
}

function sameClaims(flags: readonly ClaimFlag[], claims: readonly Claim[]): boolean {
  return flags.length === claims.length && flags.every((flag, i) => JSON.stringify(flag.claim) === JSON.stringify(claims[i]));
}
