// A source file as the server stores it: content-addressed chunks, so identical files (and
// identical stretches of a re-filed file) are stored once and an upload can resume.
import { createHash } from 'node:crypto';

/** 1 MiB: one chunk fits comfortably in one push, and the schema's check caps it at this. */
export const SOURCE_CHUNK_BYTES = 1024 * 1024;

export interface SourceChunk {
  /** SHA-256 of data, hex: the chunk's key on the server. */
  hash: string;
  data: Buffer;
}

export function splitIntoChunks(file: Buffer): SourceChunk[] {
  const chunks: SourceChunk[] = [];
  for (let at = 0; at < file.length; at += SOURCE_CHUNK_BYTES) {
    const data = file.subarray(at, at + SOURCE_CHUNK_BYTES);
    chunks.push({ hash: createHash('sha256').update(data).digest('hex'), data });
  }
  return chunks;
}
