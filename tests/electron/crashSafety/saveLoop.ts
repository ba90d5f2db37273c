// Child process for the crash harness: saves one story over and over through the real store,
// announcing each save before it starts ("write-start <revision>") and after it commits
// ("ack <revision> <hash>"). The parent SIGKILLs it at a random moment.
//
//   node tests/electron/crashSafety/saveLoop.ts, then on stdin: go <db file> <story id> <mode>
//
// The library is named on stdin, not the command line, so the parent can start the next child
// (and let Node load and compile the store) while the previous one is still being killed.
//
// Modes: `safe` is the store exactly as the app opens it (WAL, synchronous=FULL). The others
// exist to prove the harness can see a lost save: `unsafe-journal-off` (journal_mode=OFF,
// synchronous=OFF), `unsafe-journal-memory` (journal_mode=MEMORY, synchronous=OFF),
// `unsafe-journal-off-large` (the same as journal-off with ~2 MB saves), and `non-atomic` (the document and the revision written by two separate autocommitted statements).
import { writeSync } from 'node:fs';
import { CrosscheckStore } from '../../../electron/store/crosscheckStore.ts';
import { documentForRevision, documentScale, hashDocumentJson, SAVE_MODES } from './storyRevisions.ts';
import type { SaveMode } from './storyRevisions.ts';

// Pipes are written synchronously on Linux and macOS; writeSync makes it explicit, so "ack"
// reaches the parent before the next save begins.
const say = (line: string) => writeSync(1, `${line}\n`);

function main(file: string, storyId: string, mode: SaveMode): void {
  const store = CrosscheckStore.open(file);
  if (mode.startsWith('unsafe-')) {
    store.db.exec(`PRAGMA journal_mode = ${mode.startsWith('unsafe-journal-off') ? 'OFF' : 'MEMORY'}`);
    store.db.exec('PRAGMA synchronous = OFF');
  }
  let revision = store.getStory(storyId).revision;
  say(`ready ${revision}`);
  for (;;) {
    const next = revision + 1;
    const document = documentForRevision(next, documentScale(mode));
    say(`write-start ${next}`);
    if (mode === 'non-atomic') {
      // Deliberately wrong: a crash between these two commits leaves revision n with n+1's text.
      store.db.run('UPDATE stories SET document = ? WHERE id = ?', JSON.stringify(document), storyId);
      store.db.run('UPDATE stories SET revision = ? WHERE id = ?', next, storyId);
    } else {
      store.saveStory(storyId, document, revision);
    }
    revision = next;
    say(`ack ${revision} ${hashDocumentJson(JSON.stringify(document))}`);
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  input += chunk;
  if (!input.includes('\n')) return;
  const [command, file, storyId, mode] = input.trim().split(' ');
  if (command !== 'go' || !file || !storyId || !SAVE_MODES.includes(mode as SaveMode)) {
    console.error(`expected "go <db file> <story id> <${SAVE_MODES.join('|')}>" on stdin`);
    process.exit(2);
  }
  main(file, storyId, mode as SaveMode);
});
