// A claim's standing when several people may decide it, each on their own laptop, offline: the
// newest decision of each person counts, and when those disagree the claim is disputed until
// someone records a decision that resolves it (which supersedes everyone's earlier ones).

export interface PersonDecision<S extends string = string> {
  readonly author: string;
  readonly state: S;
  /** Settles a dispute: every earlier decision, anyone's, no longer counts. */
  readonly resolves?: boolean;
  readonly at: string;
}

export type ClaimStanding<S extends string = string> =
  | { readonly kind: 'undecided' }
  | { readonly kind: 'decided'; readonly state: S; readonly by: readonly string[] }
  | { readonly kind: 'disputed'; readonly positions: readonly { readonly author: string; readonly state: S }[] };

/** decisions in the order they were made (oldest first). */
export function claimDecisionStatus<S extends string>(decisions: readonly PersonDecision<S>[]): ClaimStanding<S> {
  let latest = new Map<string, S>();
  for (const d of decisions) {
    if (d.resolves) latest = new Map();
    // Re-inserting moves the author to the end, so positions list the newest last.
    latest.delete(d.author);
    latest.set(d.author, d.state);
  }
  if (latest.size === 0) return { kind: 'undecided' };
  const states = new Set(latest.values());
  if (states.size === 1) return { kind: 'decided', state: [...states][0]!, by: [...latest.keys()] };
  return { kind: 'disputed', positions: [...latest].map(([author, state]) => ({ author, state })) };
}
