// The public JSON shapes the CLI prints. They are a contract with pipelines: fields are listed
// explicitly so engine-internal additions never leak into the output by accident.
import type { Claim, FactBoxBullet } from '../../core/index.ts';

export interface ClaimJson {
  start: number; end: number; text: string; kind: string; value: number | null;
  unit?: string; qualifier?: string;
  verdict: Claim['verdict']; explanation: string;
  evidence: { sourceId: string; start: number; end: number; quote: string; value?: string }[];
}

export interface BulletJson {
  label: string; text: string;
  citations: { sourceId: string; start: number; end: number }[];
}

export function claimToJson(c: Claim): ClaimJson {
  const out: ClaimJson = { start: c.start, end: c.end, text: c.text, kind: c.kind, value: c.value, verdict: c.verdict, explanation: c.explanation, evidence: [] };
  if (c.unit !== undefined) out.unit = c.unit;
  if (c.qualifier !== undefined) out.qualifier = c.qualifier;
  // Key order matters to people reading the JSON: verdict and explanation before evidence.
  const { evidence: _evidence, ...head } = out;
  return {
    ...head,
    evidence: c.evidence.map((e) => {
      const ev: ClaimJson['evidence'][number] = { sourceId: e.sourceId, start: e.start, end: e.end, quote: e.quote };
      if (e.value !== undefined) ev.value = e.value;
      return ev;
    }),
  };
}

export function bulletToJson(b: FactBoxBullet): BulletJson {
  return { label: b.label, text: b.text, citations: b.citations.map((c) => ({ sourceId: c.sourceId, start: c.start, end: c.end })) };
}
