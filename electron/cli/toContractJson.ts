// The public JSON shapes the CLI prints. They are a contract with pipelines: fields are listed
// explicitly so engine-internal additions never leak into the output by accident.
import type { Claim, Evidence, FactBoxBullet } from '../../core/index.ts';

export interface ClaimJson {
  start: number; end: number; text: string; kind: string; value: number | null;
  unit?: string; qualifier?: string;
  verdict: Claim['verdict']; explanation: string;
  evidence: EvidenceJson[];
  /** Unsupported claims: the same digits in a source, counting something else. */
  nearMiss?: EvidenceJson & { note: string };
  /** Disputed claims: indices into evidence of the reports a newer one supersedes. */
  superseded?: number[];
  /** Supported claims no source states as such: worked out from the sources' figures or the draft's own. */
  basis?: NonNullable<Claim['basis']>;
}

interface EvidenceJson { sourceId: string; start: number; end: number; quote: string; value?: string }

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
  const json: ClaimJson = { ...head, evidence: c.evidence.map(evidenceToJson) };
  if (c.nearMiss) json.nearMiss = { ...evidenceToJson(c.nearMiss), note: c.nearMiss.note };
  if (c.superseded && c.superseded.length > 0) json.superseded = [...c.superseded];
  if (c.basis) json.basis = c.basis;
  return json;
}

function evidenceToJson(e: Evidence): EvidenceJson {
  const ev: EvidenceJson = { sourceId: e.sourceId, start: e.start, end: e.end, quote: e.quote };
  if (e.value !== undefined) ev.value = e.value;
  return ev;
}

export function bulletToJson(b: FactBoxBullet): BulletJson {
  return { label: b.label, text: b.text, citations: b.citations.map((c) => ({ sourceId: c.sourceId, start: c.start, end: c.end })) };
}
