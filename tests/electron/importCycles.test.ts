// No import circles in core/, electron/ or renderer/. Type-only imports count too: a circle of
// types is where a circle of values starts, and it ties modules together that should be read and
// changed apart. The usual way out is to move the shared type or constant into a small module of
// its own that both sides import (see core/frames/frame.ts, electron/services/handlerTable.ts,
// renderer/src/checking/claimFlags.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIRS = ['core', 'electron', 'renderer'];

/** Circles that cannot be avoided, each as its files sorted and joined by ' <-> ', with the reason.
 *  Empty, and it should stay so. */
const ALLOWED: ReadonlySet<string> = new Set<string>([]);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(relative(ROOT, path));
  }
  return out;
}

/** Relative specifiers of the static imports and re-exports in a module (type-only ones included). */
function relativeImports(text: string): string[] {
  const specs: string[] = [];
  const fromClause = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
  const bare = /^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const pattern of [fromClause, bare]) for (const match of text.matchAll(pattern)) specs.push(match[1] ?? '');
  return specs;
}

function importGraph(): Map<string, string[]> {
  const files = DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeImports(readFileSync(join(ROOT, file), 'utf8'))
      .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec.replace(/\?.*$/, ''))))
      .flatMap((base) => [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].filter((c) => known.has(c)).slice(0, 1));
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components with more than one module (or a module importing itself). */
function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('import graph', () => {
  const graph = importGraph();

  it('sees the modules and their imports', () => {
    // Guards the walk itself: an empty graph would pass the check below.
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('renderer/src/App.tsx')).toContain('renderer/src/review/useReview.ts');
    expect(graph.get('electron/services/crosscheckHandlers.ts')).toContain('electron/services/reviewHandlers.ts');
  });

  it('has no import circles in core/, electron/ or renderer/', () => {
    const unexpected = circles(graph).map((files) => files.join(' <-> ')).filter((circle) => !ALLOWED.has(circle));
    expect(unexpected).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    expect(circles(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
