import { useEffect, useRef, useState } from 'react';

interface Props {
  /** YYYY-MM-DD, or null when the story has no publication date yet. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/** Pause after the last change to a complete date before it is stored and the story re-checked. */
const COMMIT_DELAY_MS = 500;
const WHOLE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The story's publication date, in the status bar. The claim engine reads the draft's relative
 * dates ("yesterday", "on Monday") from it; without one it can only compare them by kind.
 * Typing a year digit by digit passes through valid dates ("0002-11-21"), and a half-typed date
 * reads as empty: a complete date is stored after a short pause, an empty field only on leaving
 * it, so the story is not re-checked (or its date cleared) while the writer is still typing.
 */
export function StoryDateField({ value, onChange }: Props) {
  const [draft, setDraft] = useState(value ?? '');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => setDraft(value ?? ''), [value]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = (next: string) => {
    window.clearTimeout(timer.current);
    const normalised = next === '' ? null : next;
    if (normalised !== value && (normalised === null || WHOLE_DATE.test(normalised))) onChange(normalised);
  };

  return (
    <label
      className="story-date"
      title={value ? 'Relative dates in the story (“yesterday”, “on Monday”) are checked as of this date'
        : 'Set the date the story runs: until then “yesterday” and “on Monday” are compared by kind only, not on the calendar'}
    >
      <span>Publication date</span>
      <input
        type="date"
        value={draft}
        min="1900-01-01"
        max="2999-12-31"
        {...(value ? {} : { 'aria-describedby': 'story-date-hint' })}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          window.clearTimeout(timer.current);
          if (WHOLE_DATE.test(next)) timer.current = window.setTimeout(() => commit(next), COMMIT_DELAY_MS);
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(draft);
        }}
      />
      {!value && (
        <span id="story-date-hint" className="story-date-hint">
          not set
        </span>
      )}
    </label>
  );
}
