// Full-text search of the source library: FTS5 over title + text ranks the hits, and each hit's
// snippet is cut from its text by searchSnippet (which says why SQLite's snippet() is not used).
// Imports no zod schema, so the search worker that runs it starts quickly.
import type { SourceListItem } from '../shared/ipcContract.ts';
import { searchTerms } from '../shared/searchTerms.ts';
import type { SearchTerm } from '../shared/searchTerms.ts';
import { searchSnippet } from './searchSnippet.ts';
import { sourceColumns, toSourceSummary } from './sourceRows.ts';
import type { SourceRow } from './sourceRows.ts';
import type { SqlDatabase } from './sqliteDatabase.ts';

/** Most results one search returns. */
const MAX_RESULTS = 200;
/** Characters of source text one search reads for its snippets; the results past it show their
 *  opening lines instead, so a search of a library of huge sources still ends in bounded time. */
const SNIPPET_SCAN_BUDGET_CHARS = 50_000_000;
/** What a result past the budget shows. */
const OPENING_CHARS = 300;

/** Live sources matching every word of `query`, best first, each with a snippet; [] when the
 *  query has no words. One source's text is in memory at a time. */
export function searchSources(db: SqlDatabase, query: string): SourceListItem[] {
  const terms = searchTerms(query);
  const match = ftsQueryOf(terms);
  if (match === null) return [];
  const rows = db.all<SourceRow & { seq: number }>(
    `SELECT ${sourceColumns('s')}, s.seq
       FROM sources_fts JOIN sources s ON s.seq = sources_fts.rowid
      WHERE sources_fts MATCH ? AND s.deleted_at IS NULL
      ORDER BY bm25(sources_fts, 5.0, 1.0) LIMIT ${MAX_RESULTS}`,
    match,
  );
  let budget = SNIPPET_SCAN_BUDGET_CHARS;
  return rows.map((row) => {
    const chars = Number(row.char_count ?? 0);
    const scan = chars <= budget;
    if (scan) budget -= chars;
    const text = db.get<{ text: string }>(
      scan ? 'SELECT text FROM sources WHERE seq = ?' : `SELECT substr(text, 1, ${OPENING_CHARS}) AS text FROM sources WHERE seq = ?`,
      row.seq,
    )?.text ?? '';
    return { ...toSourceSummary(row), snippet: searchSnippet(text, row.title, scan ? terms : []) };
  });
}

/** The query as a safe FTS5 expression, or null when it has no words: every word a quoted term,
 *  so FTS syntax characters are never interpreted. */
export function toFtsQuery(input: string): string | null {
  return ftsQueryOf(searchTerms(input));
}

function ftsQueryOf(terms: readonly SearchTerm[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.word}"${t.prefix ? '*' : ''}`).join(' ');
}
