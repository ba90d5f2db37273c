// `npm run eval -- --data DIR [--set FILE …] [--errors N]`: the labelled claim sets (the dev sets
// in DIR, and any set of the same record shape named by --set, such as
// tests/fixtures/newsroom-drafts.jsonl) run through the CLI's own
// batch path (runBatch, the code behind `crosscheck check --batch`), scored per set as precision,
// recall and F1 of flags. A number counts as flagged when a claim that is not `supported`
// (contradicted, unsupported or disputed) overlaps it. Without the data it says so and exits 0,
// so the script is safe in CI where the sets are not present. A --set record may carry `sourceRef`
// (an article id of DIR/factbox-dev.jsonl or DIR/summedits-numeric.jsonl, or "xsum-<document>" of DIR/xsumfaith-dev.jsonl) instead
// of `source`, so drafts rewritten from real dev
// articles can live in the repo without a copy of the article; such a set needs --data.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runBatch } from '../electron/cli/runBatch.ts';

const SETS = ['xsumfaith-dev', 'summedits-numeric'] as const;
const FLAGGED = new Set(['contradicted', 'unsupported', 'disputed']);

interface Item { id: string; source?: string; sourceRef?: string; draft: string; numbers: { start: number; end: number; text: string; flag: number }[] }
interface OutClaim { start: number; end: number; verdict: string }

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * The article texts a set's records may name by `sourceRef`: DIR/factbox-dev.jsonl and
 * DIR/summedits-numeric.jsonl by id ("cnndm-…", "summedits-…_og"), and the BBC articles of DIR/xsumfaith-dev.jsonl by their document ("xsum-12402158",
 * the record id without the summariser's suffix).
 */
function referencedSources(data: string | undefined): Map<string, string> | undefined {
  const file = data === undefined ? undefined : join(data, 'factbox-dev.jsonl');
  if (data === undefined || file === undefined || !existsSync(file)) return undefined;
  const records = (name: string) => {
    const path = join(data, name);
    return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; source: string }) : [];
  };
  const out = new Map([...records('factbox-dev.jsonl'), ...records('summedits-numeric.jsonl')].map((r) => [r.id, r.source]));
  for (const r of records('xsumfaith-dev.jsonl')) {
    const doc = /^xsum-\d+/.exec(r.id)?.[0];
    if (doc !== undefined && !out.has(doc)) out.set(doc, r.source);
  }
  return out;
}

async function scoreSet(file: string, errors: number, data?: string): Promise<string> {
  const items = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Item);
  if (items.some((it) => it.source === undefined)) {
    const refs = referencedSources(data);
    if (!refs) return `skipped (its records name their source by sourceRef: pass --data DIR holding factbox-dev.jsonl and xsumfaith-dev.jsonl)`;
    const missing = items.filter((it) => it.source === undefined && !refs.has(it.sourceRef ?? '')).map((it) => it.sourceRef ?? it.id);
    if (missing.length) return `skipped (no factbox-dev, summedits-numeric or xsumfaith-dev article for ${missing.join(', ')})`;
    for (const it of items) it.source ??= refs.get(it.sourceRef!)!;
  }
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-eval-'));
  const batch = join(dir, 'batch.jsonl');
  writeFileSync(batch, items.map((it) => JSON.stringify({ id: it.id, draft: it.draft, sources: [{ id: 'source', text: it.source! }] })).join('\n'));
  const out = new Map<string, OutClaim[]>();
  try {
    await runBatch('check', batch, (line) => {
      const rec = JSON.parse(line) as { id: string; claims?: OutClaim[] };
      out.set(rec.id, rec.claims ?? []);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  let tp = 0; let fp = 0; let fn = 0;
  const misses: string[] = [];
  for (const it of items) {
    const bad = (out.get(it.id) ?? []).filter((c) => FLAGGED.has(c.verdict));
    for (const n of it.numbers) {
      const flagged = bad.some((c) => c.start < n.end && n.start < c.end);
      if (flagged && n.flag) tp++;
      else if (flagged) { fp++; if (misses.length < errors * 2) misses.push(`false flag ${it.id}: …${it.draft.slice(Math.max(0, n.start - 50), n.start)}[${n.text}]${it.draft.slice(n.end, n.end + 30)}…`); }
      else if (n.flag) { fn++; if (misses.length < errors * 2) misses.push(`missed ${it.id}: …${it.draft.slice(Math.max(0, n.start - 50), n.start)}[${n.text}]${it.draft.slice(n.end, n.end + 30)}…`); }
    }
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return [...misses, `precision ${p.toFixed(3)} recall ${r.toFixed(3)} f1 ${f1.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`].join('\n');
}

/** Every value given for a repeatable option. */
function options(name: string): string[] {
  return process.argv.flatMap((a, i) => (a === name && i + 1 < process.argv.length ? [process.argv[i + 1]!] : []));
}

const sets = options('--set');
const data = option('--data') ?? (sets.length ? undefined : process.env.CROSSCHECK_EVAL_DATA);
const errors = Number(option('--errors') ?? 0);
for (const file of sets) {
  console.log(existsSync(file) ? `${basename(file, '.jsonl')}: ${await scoreSet(file, errors, data)}` : `${file}: skipped (no such file)`);
}
if (sets.length && !data) {
  // Only the named sets were asked for.
} else if (!data || !existsSync(data)) {
  console.log(`eval skipped: no data folder${data ? ` at ${data}` : ''} (pass --data DIR holding ${SETS.map((s) => `${s}.jsonl`).join(', ')})`);
} else {
  for (const set of SETS) {
    const file = join(data, `${set}.jsonl`);
    if (!existsSync(file)) { console.log(`${set}: skipped (no ${file})`); continue; }
    console.log(`${set}: ${await scoreSet(file, errors)}`);
  }
}
