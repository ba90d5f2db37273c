// Human-readable output: a verdict table for `check`, a bullet list for `factbox`. Colour only
// when writing to a terminal and NO_COLOR is unset (https://no-color.org).
import type { Claim, FactBoxBullet } from '../../core/index.ts';

export interface TextStyle {
  readonly color: boolean;
  readonly width: number;
}

const CODES = { red: 31, green: 32, yellow: 33, magenta: 35, dim: 2, bold: 1 } as const;

function paint(style: TextStyle, code: keyof typeof CODES, text: string): string {
  return style.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text;
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(1, width - 1))}…`;
}

/** Line number (1-based) of an offset, for locating a claim in the draft. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const VERDICT_COLOR = { supported: 'green', contradicted: 'red', unsupported: 'yellow', disputed: 'magenta' } as const;

export function formatClaimTable(draftName: string, draft: string, claims: readonly Claim[], style: TextStyle): string {
  const rows = claims.map((c) => ({
    line: String(lineOf(draft, c.start)),
    verdict: c.verdict,
    text: clip(c.text, 28),
    explanation: c.explanation,
  }));
  const lineW = Math.max(4, ...rows.map((r) => r.line.length));
  const verdictW = 12;
  const textW = Math.max(10, ...rows.map((r) => r.text.length));
  const explW = Math.max(20, style.width - lineW - verdictW - textW - 6);
  const out: string[] = [];
  out.push(paint(style, 'bold', `${'LINE'.padEnd(lineW)}  ${'VERDICT'.padEnd(verdictW)}  ${'DRAFT'.padEnd(textW)}  EXPLANATION`));
  for (const r of rows) {
    const verdict = paint(style, VERDICT_COLOR[r.verdict], r.verdict.padEnd(verdictW));
    out.push(`${r.line.padStart(lineW)}  ${verdict}  ${r.text.padEnd(textW)}  ${clip(r.explanation, explW)}`);
  }
  const count = (v: Claim['verdict']) => claims.filter((c) => c.verdict === v).length;
  out.push('');
  out.push(`${draftName}: ${claims.length} figure${claims.length === 1 ? '' : 's'} checked — `
    + `${paint(style, 'green', `${count('supported')} supported`)}, `
    + `${paint(style, 'red', `${count('contradicted')} contradicted`)}, `
    + `${paint(style, 'yellow', `${count('unsupported')} unsupported`)}`
    + (count('disputed') > 0 ? `, ${paint(style, 'magenta', `${count('disputed')} disputed`)}` : ''));
  return out.join('\n') + '\n';
}

export function formatFactBox(bullets: readonly FactBoxBullet[], sources: ReadonlyMap<string, string>, style: TextStyle): string {
  if (bullets.length === 0) return 'No fact-box suggestions: the sources state no usable facts.\n';
  const out: string[] = [];
  for (const b of bullets) {
    // A plain bullet (no role fits) has no label.
    out.push(b.label ? `• ${paint(style, 'bold', `${b.label}:`)} ${b.text}` : `• ${b.text}`);
    for (const c of b.citations) {
      const quote = sources.get(c.sourceId)?.slice(c.start, c.end) ?? '';
      out.push(paint(style, 'dim', `    ${c.sourceId} ${c.start}–${c.end}: “${clip(quote, Math.max(20, style.width - c.sourceId.length - 20))}”`));
    }
  }
  return out.join('\n') + '\n';
}
