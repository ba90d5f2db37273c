// The server names stories by UUID; a library names them by its own 16-character ids. Until the
// sync engine's local↔server mapping table exists (branch `sync`), the server id is derived from
// the library id, so two libraries that hold the same story (the writer's, and the editor's copy
// opened from the queue, which keeps the writer's id) agree on it without a table.
import { createHash } from 'node:crypto';

export function serverStoryId(localId: string): string {
  const hex = createHash('sha256').update(`crosscheck-story:${localId}`).digest('hex');
  // RFC 9562 version 8 (custom) with the RFC variant bits, so it is a well-formed UUID.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
