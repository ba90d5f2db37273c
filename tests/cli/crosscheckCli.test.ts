// The real `crosscheck` command, spawned the way a user or pipeline runs it: exit codes, error
// messages that name the file, and the JSON contract of --format json and --batch.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/crosscheck.js');
const wire = join(root, 'assets/samples/source-wire-report.txt');
const blog = join(root, 'assets/samples/draft-blog-story.txt');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('crosscheck check', () => {
  it('exits 1 and prints a verdict table when the draft has contradicted or unsupported figures', () => {
    const r = run('check', '--draft', blog, '--source', wire);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/VERDICT/);
    expect(r.stdout).toMatch(/contradicted\s+on Monday/);
    expect(r.stdout).toMatch(/unsupported\s+over 530/);
    expect(r.stdout.includes('\u001b[')).toBe(false); // not a TTY: no colour
    expect(r.stderr).toBe('');
  });

  it('colours verdicts only on a terminal, and never with NO_COLOR set', () => {
    // util-linux `script` gives the command a pseudo-terminal, as a user's shell would.
    const inTerminal = (env: Record<string, string>) => spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" check --draft "${blog}" --source "${wire}"`, '/dev/null'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env },
    }).stdout;
    expect(inTerminal({})).toContain('\u001b[31mcontradicted');
    expect(inTerminal({ NO_COLOR: '1' }).includes('\u001b[')).toBe(false);
  });

  it('exits 0 when every figure is supported', () => {
    const draft = file('ok.txt', 'Three people were killed and 45 injured in the drone attack on Izhevsk.');
    const r = run('check', '--draft', draft, '--source', wire);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/supported/);
  });

  it('exits 1 on a disputed figure, naming both sources, newest first', () => {
    const a = file('monday.txt', 'The flood killed 12 people, officials said on Monday.');
    const b = file('tuesday.txt', 'The flood killed 14 people, officials said on Tuesday.');
    const draft = file('flood.txt', 'The flood killed 12 people.');
    const r = run('check', '--draft', draft, '--source', a, '--source', b, '--format', 'json');
    expect(r.code).toBe(1);
    const [claim] = (JSON.parse(r.stdout) as { claims: { verdict: string; evidence: { sourceId: string }[] }[] }).claims;
    expect(claim?.verdict).toBe('disputed');
    expect(claim?.evidence.map((e) => e.sourceId).sort()).toEqual(['monday.txt', 'tuesday.txt']);
    expect(run('check', '--draft', draft, '--source', a, '--source', b).stdout).toMatch(/1 disputed/);
  });

  it('gives an unsupported figure its near miss in JSON', () => {
    const src = file('rescue.txt', 'Rescuers searched the capital. Ram Khanal, 27, was pulled alive from the rubble.');
    const draft = file('rescue-draft.txt', 'Rescuers searched 27 buildings.');
    const r = run('check', '--draft', draft, '--source', src, '--format', 'json');
    expect(r.code).toBe(1);
    const [claim] = (JSON.parse(r.stdout) as { claims: { verdict: string; evidence: unknown[]; nearMiss?: { sourceId: string; value: string; note: string } }[] }).claims;
    expect(claim).toMatchObject({ verdict: 'unsupported', evidence: [], nearMiss: { sourceId: 'rescue.txt', value: '27', note: "The source's 27 is Khanal's age." } });
  });

  it('marks a figure worked out from the sources with its basis in JSON, and exits 0', () => {
    const src = file('strike.txt', 'At least 12 staff members and seven patients were killed in the strike.');
    const draft = file('strike-draft.txt', 'The strike killed 19 people.');
    const r = run('check', '--draft', draft, '--source', src, '--format', 'json');
    expect(r.code).toBe(0);
    const [claim] = (JSON.parse(r.stdout) as { claims: { verdict: string; basis?: string }[] }).claims;
    expect(claim).toMatchObject({ verdict: 'supported', basis: 'derived' });
    const stated = file('strike-stated.txt', 'At least 12 staff members were killed in the strike.');
    const [plain] = (JSON.parse(run('check', '--draft', stated, '--source', src, '--format', 'json').stdout) as { claims: Record<string, unknown>[] }).claims;
    expect(plain).toMatchObject({ verdict: 'supported' });
    expect(plain).not.toHaveProperty('basis');
  });

  it('prints the public JSON shape with --format json', () => {
    const r = run('check', '--draft', blog, '--source', wire, '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { id: string; claims: Record<string, unknown>[] };
    expect(out.id).toBe('draft-blog-story.txt');
    expect(out.claims.length).toBeGreaterThan(5);
    for (const c of out.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'kind', 'value', 'verdict', 'explanation', 'evidence']));
      expect(['supported', 'contradicted', 'unsupported']).toContain(c.verdict);
      for (const e of c.evidence as Record<string, unknown>[]) {
        expect(Object.keys(e)).toEqual(expect.arrayContaining(['sourceId', 'start', 'end', 'quote']));
      }
    }
    const monday = out.claims.find((c) => c.text === 'on Monday');
    expect(monday?.verdict).toBe('contradicted');
  });

  it('places relative dates on the calendar with --published and --sources-published', () => {
    const draft = file('dated.txt', 'The drone attack on the Kupol plant happened yesterday.');
    const verdict = (...dates: string[]) => {
      const r = run('check', '--draft', draft, '--source', wire, '--format', 'json', ...dates);
      return (JSON.parse(r.stdout) as { claims: { text: string; verdict: string; explanation: string }[] }).claims.find((c) => c.text === 'yesterday');
    };
    expect(verdict()?.verdict).toBe('unsupported');
    expect(verdict('--published', '2026-11-23', '--sources-published', '2026-11-23')?.verdict).toBe('supported');
    const late = verdict('--published', '2026-11-26', '--sources-published', '2026-11-23');
    expect(late).toMatchObject({ verdict: 'contradicted', explanation: "Source: 'over the weekend' (21–22 Nov 2026). Draft: 'yesterday' (Wed 25 Nov 2026)." });
    const bad = run('check', '--draft', draft, '--source', wire, '--published', '2026-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("crosscheck: --published needs a calendar date such as 2026-11-21, not '2026-02-30'\n");
  });

  it('exits 2 naming a missing file, without a stack trace', () => {
    const missing = join(dir, 'no-such-source.txt');
    const r = run('check', '--draft', blog, '--source', missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(missing);
    expect(r.stderr).toMatch(/not found/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a binary file and on invalid UTF-8', () => {
    const binary = file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
    let r = run('check', '--draft', binary, '--source', wire);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/photo\.txt: looks like a binary file/);
    const latin1 = file('latin1.md', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x33]));
    r = run('check', '--draft', blog, '--source', latin1);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/latin1\.md: is not valid UTF-8/);
  });

  it('exits 2 on usage errors', () => {
    expect(run().code).toBe(2);
    expect(run('check', '--source', wire).stderr).toMatch(/--draft/);
    expect(run('check', '--draft', blog).code).toBe(2);
    expect(run('check', '--draft', blog, '--source', wire, '--format', 'xml').stderr).toMatch(/--format/);
    const r = run('verify');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'verify'/);
    expect(run('--help').code).toBe(0);
  });

  it('reads an HTML source as text without running it', () => {
    const html = file('wire.html', `<html><head><title>Wire</title><script>document.write("999 killed")</script></head><body><p>Three people lost their lives and 45 others were injured.</p></body></html>`);
    const draft = file('d.txt', '999 killed, 45 injured.');
    const r = run('check', '--draft', draft, '--source', html, '--format', 'json');
    const out = JSON.parse(r.stdout) as { claims: { text: string; verdict: string }[] };
    expect(out.claims.find((c) => c.text.startsWith('999'))?.verdict).not.toBe('supported');
    expect(out.claims.find((c) => c.text === '45')?.verdict).toBe('supported');
  });

  it('reads a saved news page as the app imports it: the article, dated by the page', () => {
    // The fixture's gallery says "Image 1 of 14"; before pages were reduced to their article,
    // that counter "supported" these invented 14 buildings.
    const page = join(root, 'tests/fixtures/quake-toll-article.html');
    const draft = file('quake.txt', 'Rescuers searched 14 buildings on Thursday. Officials said 312 buildings had collapsed.');
    const r = run('check', '--draft', draft, '--source', page, '--format', 'json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { claims: { text: string; verdict: string; explanation: string }[] };
    expect(out.claims.find((c) => c.text === '14')?.verdict).toBe('unsupported');
    expect(out.claims.find((c) => c.text === '312')?.verdict).toBe('supported');
    // The page's article:published_time (Friday 20 November 2026) places its "on Thursday".
    expect(out.claims.find((c) => c.text === 'on Thursday')?.explanation).toContain('19 Nov 2026');
  });
});

describe('crosscheck --batch', () => {
  it('processes check lines in order, turning a malformed line into an error record', () => {
    const source = { id: 'wire', text: 'Three people lost their lives and 45 others were injured over the weekend.' };
    const batch = file('check.jsonl', [
      JSON.stringify({ id: 'a', draft: 'Three people died.', sources: [source] }),
      '{"id": "b", "draft": ',
      JSON.stringify({ id: 'c', draft: 'Four people died on Monday.', sources: [source] }),
      JSON.stringify({ id: 'd', draft: 42, sources: [] }),
      '',
      JSON.stringify({ id: 'e', draft: '45 were hurt.', published: '2025-07-06', sources: [{ ...source, published: '2025-07-05' }] }),
    ].join('\n'));
    const r = run('check', '--batch', batch);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; claims?: { verdict: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'line-2', 'c', 'd', 'e']);
    expect(lines[0]!.claims!.every((c) => c.verdict === 'supported')).toBe(true);
    expect(lines[1]!.error).toMatch(/line 2: not valid JSON/);
    expect(lines[2]!.claims!.some((c) => c.verdict === 'contradicted')).toBe(true);
    expect(lines[3]!.error).toMatch(/line 4: draft/);
    expect(lines[4]!.claims!.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/2 of 5 batch lines had errors/);
  });

  it('processes factbox lines with the bullet contract', () => {
    const batch = file('factbox.jsonl', [
      JSON.stringify({ id: 'x', sources: [{ id: 'wire', text: 'Three people lost their lives and 45 others were injured in a drone attack on a factory in Izhevsk. The attack targeted the Kupol plant. Six of the injured are in serious condition.' }] }),
      JSON.stringify({ id: 'y', sources: 'nope' }),
    ].join('\n'));
    const r = run('factbox', '--batch', batch);
    expect(r.code).toBe(0);
    const [x, y] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; bullets?: { label: string; text: string; citations: { sourceId: string; start: number; end: number }[] }[] });
    expect(x!.id).toBe('x');
    expect(x!.bullets![0]).toEqual({ label: 'Casualties', text: expect.stringMatching(/Three killed, 45 injured \(six seriously\)/), citations: expect.any(Array) });
    for (const b of x!.bullets!) for (const c of b.citations) expect(Object.keys(c).sort()).toEqual(['end', 'sourceId', 'start']);
    expect(y).toEqual({ id: 'y', error: expect.stringMatching(/line 2: sources/) });
  });

  it('exits 2 when the batch file itself is missing', () => {
    const r = run('factbox', '--batch', join(dir, 'missing.jsonl'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.jsonl: batch file not found/);
  });
});

describe('crosscheck factbox', () => {
  it('prints labelled bullets with their citations', () => {
    const r = run('factbox', '--source', wire);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^• Casualties: Three killed, 45 injured \(six seriously\)$/m);
    expect(r.stdout).toMatch(/source-wire-report\.txt \d+–\d+: “Three people lost their lives”/);
  });

  it('prints JSON with --format json', () => {
    const r = run('factbox', '--source', wire, '--format', 'json');
    const out = JSON.parse(r.stdout) as { id: string; bullets: { label: string }[] };
    expect(out.bullets.length).toBeGreaterThanOrEqual(3);
    expect(out.bullets.map((b) => b.label)).toContain('Operator');
  });
});
