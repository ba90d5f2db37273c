// The window's review controller, for the views below the App that offer review actions (evidence
// card, claims panel) without the App threading props through the editor. The App provides the
// controller useReview returns; useReview does not import this module.
import { createContext, useContext } from 'react';
import type { ReviewController } from './useReview.ts';

export const ReviewContext = createContext<ReviewController | null>(null);

/** The review in force, or null outside the App (or before it has one). */
export function useCurrentReview(): ReviewController | null {
  return useContext(ReviewContext);
}
