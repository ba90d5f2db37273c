// What the editor knows of the checker's verdicts: claims per block, the fact-box suggestions and
// the flags the writer hid. An external store (subscribe + version) so the editor's decorations,
// the claims panel and the tab badges each re-render only when a verdict actually changes.
import type { Claim, FactBoxBullet, Verdict } from '../../../core/index.ts';
import type { BlockClaims } from './checkerProtocol.ts';
import type { BlockFlags, ClaimFlag } from './claimFlags.ts';
import { liveSpans } from './liveSpans.ts';

export type CheckStatus = 'starting' | 'no-sources' | 'ready' | 'failed';

export const VERDICT_ORDER: readonly Verdict[] = ['contradicted', 'disputed', 'unsupported', 'supported'];

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
    let changed = this.state === 'starting';
    for (const id of removed) changed = this.blocks.delete(id) || changed;
    for (const result of results) {
      const before = this.blocks.get(result.id);
      // Same verdicts at the same places (typing after the block's last figure): keep the flag
      // objects and tell no one, so nothing re-renders; only the text the flags belong to moves on.
      if (before && sameClaims(before.flags, result.claims)) {
        if (before.text === result.text) continue;
        const next = { ...before, text: result.text };
        this.blocks.set(result.id, next);
        // A flag the edit touched was hidden while the text was unconfirmed: redraw to restore it.
        if (liveSpans(before, result.text).length !== before.flags.length) changed = true;
        continue;
      }
      changed = true;
      const flags = result.claims.map((claim, i) => ({
        key: `${result.id}:${claim.start}:${claim.end}:${run}.${i}`,
        blockId: result.id,
        claim,
        hideKey: hideKeyOf(result.id, claim),
      }));
      this.blocks.set(result.id, { id: result.id, text: result.text, flags });
    }
    if (this.state === 'starting') this.state = 'ready';
    if (changed) this.emit();
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
