// A source file filed to the newsroom: one put_chunk op per 1 MiB chunk, then add_source naming
// the chunks in order, all queued in one local transaction. Each chunk leaves the outbox when the
// server has it, so an upload cut off halfway (a crash, a dropped Wi-Fi) resumes at the first
// chunk not yet acknowledged instead of starting over.
import { randomUUID } from 'node:crypto';
import type { SqliteSyncStore } from './SqliteSyncStore.ts';
import { splitIntoChunks } from './splitIntoChunks.ts';

export interface SourceUpload {
  sourceId?: string;
  deskId: string;
  title: string;
  /** The extracted text the server indexes for search. */
  body: string;
  fileName: string;
  file: Buffer;
  restricted?: boolean;
  published?: string;
}

export function queueSourceUpload(store: SqliteSyncStore, upload: SourceUpload): { sourceId: string; chunks: number } {
  const sourceId = upload.sourceId ?? randomUUID();
  const chunks = splitIntoChunks(upload.file);
  store.enqueue([
    ...chunks.map((c) => ({ opId: randomUUID(), kind: 'put_chunk' as const, args: { data: c.data.toString('base64') } })),
    {
      opId: randomUUID(), kind: 'add_source',
      args: {
        sourceId, deskId: upload.deskId, title: upload.title, body: upload.body, fileName: upload.fileName,
        fileSize: upload.file.length, chunks: chunks.map((c) => c.hash),
        ...(upload.restricted === undefined ? {} : { restricted: upload.restricted }),
        ...(upload.published === undefined ? {} : { published: upload.published }),
      },
    },
  ]);
  return { sourceId, chunks: chunks.length };
}
