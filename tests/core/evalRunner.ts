// Batch runner for the dev-set scorer until `crosscheck check --batch` exists:
//   node tests/core/evalRunner.ts FILE.jsonl  ->  one {id, claims} JSON line per input line.
import { readFileSync } from 'node:fs';
import { checkDraft } from '../../core/index.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node tests/core/evalRunner.ts FILE.jsonl\n');
  process.exit(2);
}
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  let rec: { id?: unknown; draft?: unknown; published?: unknown; sources?: { id: string; text: string; published?: string }[] };
  try {
    rec = JSON.parse(line);
  } catch {
    process.stdout.write(`${JSON.stringify({ id: null, error: 'malformed JSON line' })}\n`);
    continue;
  }
  const opts = typeof rec.published === 'string' ? { published: rec.published } : undefined;
  const claims = checkDraft(String(rec.draft ?? ''), rec.sources ?? [], opts).map((c) => ({
    start: c.start, end: c.end, text: c.text, kind: c.kind, value: c.value,
    ...(c.unit !== undefined ? { unit: c.unit } : {}), ...(c.qualifier !== undefined ? { qualifier: c.qualifier } : {}),
    verdict: c.verdict, explanation: c.explanation,
    evidence: c.evidence.map((e) => ({ sourceId: e.sourceId, start: e.start, end: e.end, quote: e.quote, value: e.value })),
  }));
  process.stdout.write(`${JSON.stringify({ id: rec.id, claims })}\n`);
}
