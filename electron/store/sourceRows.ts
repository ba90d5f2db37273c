// How a source row reads from SQL and becomes the contract's SourceSummary: shared by the store and
// by the search worker, which must not load the store's zod schemas to start quickly.
import type { SourceFileType, SourceSummary } from '../shared/ipcContract.ts';

export interface SourceRow {
  [key: string]: unknown;
  id: string; title: string; outlet: string; byline: string; url: string; published: string | null; tags: string;
  text?: string; char_count?: number; file_name: string | null; file_type: SourceFileType;
  created_at: string; updated_at: string;
}

export const sourceColumns = (t: string) =>
  `${t}.id, ${t}.title, ${t}.outlet, ${t}.byline, ${t}.url, ${t}.published, ${t}.tags, ${t}.file_name, ${t}.file_type, ` +
  `length(${t}.text) AS char_count, ${t}.created_at, ${t}.updated_at`;
export const SOURCE_SUMMARY_COLUMNS = sourceColumns('sources');

export function toSourceSummary(row: SourceRow): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    url: row.url,
    published: row.published,
    tags: JSON.parse(row.tags) as string[],
    fileName: row.file_name,
    fileType: row.file_type,
    charCount: Number(row.char_count ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
