// `node scripts/electronegativity.ts`: Doyensec's Electronegativity over electron/ and renderer/,
// offline, failing on any finding that is not justified where it occurs.
//
// Why the sources and not the built out/: the bundle strips comments, so a justification could
// not sit next to the code it excuses, and a finding would point at a bundle line nobody edits.
// Electronegativity parses .ts/.tsx with Babel's TypeScript plugin, so it reads the sources as
// well as the bundle. Both folders are scanned as one tree (copied into a temp dir) so its global
// checks see the whole app: the navigation and permission handlers live in electron/, the page's
// CSP meta tag in renderer/, and scanned apart each half looks as if the other were missing.
//
// Justification convention: a comment containing
//     electronegativity-justified: <CHECK_ID> <why, at least 15 characters>
// on the finding's line or in the run of comment lines directly above it (lines starting with
// `//`, `/*`, `*` or `<!--`). A marker that no finding uses is stale and fails too, and the
// tool's own `eng-disable` comments are refused: they hide a finding without saying why.
//
// Offline: the AvailableSecurityFixes check downloads Electron's release list and is excluded;
// the tool's start-up download of translations is replaced by its bundled en-US strings.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCANNED_FOLDERS = ['electron', 'renderer'] as const;
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const MARKER = /electronegativity-justified:\s*([A-Z0-9_]+)\s*(.*)$/;
const MIN_REASON_CHARS = 15;

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview: boolean;
}
interface RunResult { globalChecks: number; atomicChecks: number; errors: { file: string; message: string; tolerable: boolean }[]; issues: Issue[] }
type Runner = (options: Record<string, unknown>) => Promise<RunResult>;

export interface Finding { check: string; file: string; line: number; severity: string; confidence: string }
export interface Marker { check: string; file: string; line: number; reason: string }
export interface Verdict { finding: Finding; marker?: Marker }

const isCommentLine = (line: string) => /^\s*(\/\/|\/\*|\*|<!--)/.test(line);

/** The marker that justifies `finding`, if any: on its line or in the comment run just above. */
export function justificationFor(finding: Finding, lines: readonly string[]): Marker | undefined {
  const candidates: number[] = [finding.line];
  for (let n = finding.line - 1; n >= 1 && isCommentLine(lines[n - 1] ?? ''); n--) candidates.push(n);
  for (const n of candidates) {
    const match = MARKER.exec(lines[n - 1] ?? '');
    if (match && match[1] === finding.check) {
      const reason = (match[2] ?? '').replace(/-->\s*$/, '').trim();
      return { check: match[1], file: finding.file, line: n, reason };
    }
  }
  return undefined;
}

/** Every marker in a file, to catch ones no finding uses any more. */
export function markersIn(file: string, text: string): Marker[] {
  return text.split('\n').flatMap((line, i) => {
    const match = MARKER.exec(line);
    return match ? [{ check: match[1] ?? '', file, line: i + 1, reason: (match[2] ?? '').replace(/-->\s*$/, '').trim() }] : [];
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return /\.(ts|tsx|js|mjs|cjs|html)$/.test(entry.name) ? [path] : [];
  });
}

function loadRunner(): Runner {
  const require = createRequire(join(ROOT, 'package.json'));
  const dist = dirname(require.resolve('@doyensec/electronegativity'));
  const i18n = require('i18n') as { configure(options: object): void; setLocale(locale: string): void };
  const i18nModule = join(dist, 'locales', 'i18n.js');
  // Pre-seeded module cache entry: the runner's `require('./locales/i18n')` gets this offline
  // set-up instead of the one that fetches translations over the network.
  require.cache[i18nModule] = {
    id: i18nModule, filename: i18nModule, loaded: true,
    exports: async () => {
      i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: join(dist, 'locales'), updateFiles: false, objectNotation: true, register: globalThis });
      i18n.setLocale('en-US');
    },
  } as unknown as NodeJS.Module;
  return require(join(dist, 'runner.js')) as Runner;
}

async function main(): Promise<number> {
  const electronVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const problems: string[] = [];
  const sources = SCANNED_FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder)));
  for (const file of sources) {
    if (/eng-disable/.test(readFileSync(file, 'utf8'))) {
      problems.push(`${relative(ROOT, file)}: uses eng-disable; write "electronegativity-justified: <CHECK_ID> <why>" instead`);
    }
  }

  const scanRoot = mkdtempSync(join(tmpdir(), 'crosscheck-electronegativity-'));
  let result: RunResult;
  try {
    for (const folder of SCANNED_FOLDERS) cpSync(join(ROOT, folder), join(scanRoot, folder), { recursive: true });
    result = await loadRunner()({
      input: scanRoot, isRelative: true, excludeFromScan: EXCLUDED_CHECKS, customScan: [],
      electronVersionOverride: electronVersion, parserPlugins: [],
    });
  } finally {
    rmSync(scanRoot, { recursive: true, force: true });
  }
  for (const error of result.errors) {
    // A file the tool cannot parse is a file it did not check.
    if (!error.tolerable) problems.push(`${relative(scanRoot, error.file)}: could not be parsed (${error.message})`);
  }

  const verdicts: Verdict[] = result.issues.map((issue) => {
    const finding: Finding = {
      check: issue.id, file: issue.file, line: issue.location.line, severity: issue.severity.name, confidence: issue.confidence.name,
    };
    if (issue.file === 'N/A') return { finding };
    const lines = readFileSync(join(ROOT, issue.file), 'utf8').split('\n');
    const marker = justificationFor(finding, lines);
    return marker ? { finding, marker } : { finding };
  });

  const used = new Set(verdicts.flatMap((v) => (v.marker ? [`${v.marker.file}:${v.marker.line}`] : [])));
  for (const file of sources) {
    for (const marker of markersIn(relative(ROOT, file), readFileSync(file, 'utf8'))) {
      if (!used.has(`${marker.file}:${marker.line}`)) problems.push(`${marker.file}:${marker.line}: stale justification for ${marker.check} (no such finding here any more)`);
    }
  }

  console.log(`electronegativity: Electron ${electronVersion}, ${result.globalChecks} global + ${result.atomicChecks} atomic checks over ${SCANNED_FOLDERS.join('/, ')}/ (${sources.length} files); excluded: ${EXCLUDED_CHECKS.join(', ')}`);
  for (const { finding, marker } of verdicts) {
    const where = finding.file === 'N/A' ? '(whole app)' : `${finding.file}:${finding.line}`;
    if (marker && marker.reason.length >= MIN_REASON_CHARS) {
      console.log(`  justified   ${finding.check} ${where} — ${marker.reason}`);
    } else {
      const why = finding.file === 'N/A' ? 'a whole-app finding cannot be justified in place; fix it'
        : marker ? `the justification needs a reason of at least ${MIN_REASON_CHARS} characters` : 'no "electronegativity-justified" comment';
      problems.push(`${where}: ${finding.check} (${finding.severity}, ${finding.confidence}): ${why}`);
    }
  }
  const justified = verdicts.filter((v) => v.marker && v.marker.reason.length >= MIN_REASON_CHARS).length;
  console.log(`electronegativity: ${verdicts.length} findings, ${justified} justified, ${verdicts.length - justified} unjustified`);
  for (const problem of problems) console.error(`  FAIL ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error('electronegativity could not run:', error);
      process.exitCode = 2;
    },
  );
}
