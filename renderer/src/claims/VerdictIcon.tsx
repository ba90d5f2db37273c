import type { Verdict } from '../../../core/index.ts';

// A shape per verdict, so the verdict reads without colour: a cross, a question mark, a tick.
const SHAPES: Record<Verdict, string> = {
  contradicted: 'M8 8l8 8M16 8l-8 8',
  unsupported: 'M9.5 9a2.5 2.5 0 115 0c0 2-2.5 2-2.5 4M12 17h.01',
  // Two sides that do not meet: sources disagree.
  disputed: 'M6 9h12M6 15h12M14 6l-4 12',
  supported: 'M7 12.5l3.2 3.2L17 9',
};

export function VerdictIcon({ verdict }: { verdict: Verdict }) {
  return (
    <svg className={`verdict-icon verdict-icon-${verdict}`} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <circle cx="12" cy="12" r="10" />
      <path d={SHAPES[verdict]} />
    </svg>
  );
}
