// Figures for the library store on a real file (not a test; nothing is asserted):
//   node tests/electron/storeBench.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../../electron/services/openLibrary.ts';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  return [fn(), performance.now() - start];
};

try {
  const [store, openMs] = time(() => openLibrary(dir));
  console.log(`open + migrate + seed samples: ${openMs.toFixed(1)} ms`);

  const id = store.getAppState().lastOpenedStoryId!;
  const story = store.getStory(id);
  let revision = story.revision;
  const saves = 200;
  const [, saveMs] = time(() => {
    for (let i = 0; i < saves; i++) revision = store.saveStory(id, story.document, revision).revision;
  });
  console.log(`save sample story (${JSON.stringify(story.document).length} B JSON, WAL, synchronous=FULL): ${(saveMs / saves).toFixed(2)} ms each`);

  const text = readFileSync(new URL('../../assets/samples/source-wire-report.txt', import.meta.url), 'utf8');
  const count = 1000;
  const [, insertMs] = time(() => {
    for (let i = 0; i < count; i++) store.createSource({ text: `${text} marker${i}`, title: `Source ${i}`, fileType: 'paste' });
  });
  console.log(`insert ${count} sources (${text.length} chars each, FTS indexed): ${(insertMs / count).toFixed(2)} ms each`);

  for (const query of ['kupol plant', 'marker99']) {
    const runs = 50;
    const [hits, searchMs] = time(() => {
      let n = 0;
      for (let i = 0; i < runs; i++) n = store.listSources(query).length;
      return n;
    });
    console.log(`search "${query}" over ${count + 1} sources → ${hits} hits: ${(searchMs / runs).toFixed(2)} ms`);
  }
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
