// The window's review controller, published for the live-checking views (evidence card, claims
// panel) so they can offer review actions without the App threading props through the editor.
// The App publishes the controller useReview returns (useReview itself does not import this
// module, so the two don't import each other).
import type { ReviewController } from './useReview.ts';

let current: ReviewController | null = null;
const listeners = new Set<() => void>();

export function publishReview(controller: ReviewController | null): void {
  if (controller === current) return;
  current = controller;
  for (const listener of listeners) listener();
}

export function subscribeReview(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentReview(): ReviewController | null {
  return current;
}
