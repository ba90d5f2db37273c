// Kills a saving process with SIGKILL at random moments and checks, after each kill, that the
// library is intact and the last acknowledged save survived:
//   1. spawn saveLoop.ts on the library; wait for a random number of "write-start" lines (1–6);
//   2. SIGKILL it at once or after a random 0–8 ms (longer for large saves), so kills land all
//      over a save;
//   3. reopen the file, run PRAGMA integrity_check, read the story: its revision must be at least
//      the last "ack" the child printed, and its document must hash to that revision's content.
// A failed trial is recorded with what was found, and the next trial starts from a fresh library.
//
//   node tests/electron/crashSafety/crashHarness.ts [--mode safe] [--kills 200]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatabaseSync } from 'node:sqlite';
import { CrosscheckStore } from '../../../electron/store/crosscheckStore.ts';
import { documentForRevision, documentScale, expectedHash, hashDocumentJson, SAVE_MODES } from './storyRevisions.ts';
import type { SaveMode } from './storyRevisions.ts';

const SAVE_LOOP = fileURLToPath(new URL('./saveLoop.ts', import.meta.url));

export interface TrialFailure {
  trial: number;
  lastAck: number;
  problem: string;
}

export interface CrashReport {
  mode: SaveMode;
  kills: number;
  /** Trials where the last acknowledged save was found intact (the goal: every one). */
  intact: number;
  /** Kills that landed after the in-flight save committed but before its ack was read. */
  inFlightCommitted: number;
  failures: TrialFailure[];
  savesAcknowledged: number;
  /** Children that failed before opening the library and were replaced (at most 3). */
  startupRetries: number;
  ms: number;
}

interface Library { dir: string; file: string; storyId: string }

function freshLibrary(root: string, n: number, scale: number): Library {
  const dir = join(root, `library-${n}`);
  const file = join(dir, 'crosscheck.db');
  const store = CrosscheckStore.open(file);
  const storyId = store.createStory({ title: 'Crash-safety story', document: documentForRevision(1, scale) }).id;
  store.close();
  return { dir, file, storyId };
}

interface WaitingChild {
  /** Opens `library` in the child and starts saving; resolves with every line it printed once
   *  the harness has killed it. */
  run(library: Library, mode: SaveMode, random: () => number): Promise<string[]>;
  /** Ends a child that was started but never given a library. */
  dispose(): void;
}

/** Starts a save loop that loads its modules and then waits for its orders on stdin. */
function startChild(compileCache: string): WaitingChild {
  // The parent's flags (--experimental-strip-types on Node 22) so the child can load TypeScript too.
  const child = spawn(process.execPath, [...process.execArgv, '--disable-warning=ExperimentalWarning', SAVE_LOOP], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Most of a child's life is Node compiling our TypeScript; the cache makes kills cheaper.
    env: { ...process.env, NODE_COMPILE_CACHE: compileCache },
  });
  let output = '';
  let errors = '';
  child.stdout.setEncoding('utf8');
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const closed = new Promise<string | null>((resolveClose, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolveClose(signal ?? String(code)));
  });
  return {
    dispose: () => {
      child.kill('SIGKILL');
    },
    run(library, mode, random) {
      const killAfter = 1 + Math.floor(random() * 6);
      // Spread the kills over a whole save: ~4 ms for the app's documents, longer for large ones.
      const delayMs = random() < 0.3 ? -1 : random() * 4 * Math.sqrt(documentScale(mode)) * 2;
      let starts = 0;
      let killed = false;
      const kill = () => {
        if (!killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      };
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        if (killed) return;
        starts += chunk.split('\n').filter((line) => line.startsWith('write-start')).length;
        if (starts >= killAfter) {
          if (delayMs < 0) kill();
          else setTimeout(kill, delayMs);
        }
      });
      child.stdin.end(`go ${library.file} ${library.storyId} ${mode}\n`);
      return closed.then((how) => {
        if (how === 'SIGKILL') return output.split('\n');
        // Before "ready" it never touched the library: a start-up failure, not a lost save.
        const error = new Error(`the save loop exited by itself (${how}): ${errors.trim()}`);
        throw output.includes('ready ') ? error : Object.assign(error, { beforeReady: true });
      });
    },
  };
}

/** What the file holds after the kill, checked against the last ack; undefined when intact. */
function inspect(library: Library, lastAck: number, scale: number): { problem?: string; revision?: number } {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(library.file);
    const integrity = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') return { problem: `integrity_check: ${integrity.slice(0, 3).join('; ')}` };
    const row = db.prepare('SELECT revision, document FROM stories WHERE id = ?').get(library.storyId) as
      { revision: number; document: string } | undefined;
    if (!row) return { problem: 'the story is gone' };
    if (row.revision < lastAck) return { problem: `revision ${row.revision} < last ack ${lastAck}: acknowledged saves lost`, revision: row.revision };
    if (hashDocumentJson(row.document) !== expectedHash(row.revision, scale)) {
      return { problem: `revision ${row.revision} holds other content than that revision's (hash mismatch)`, revision: row.revision };
    }
    return { revision: row.revision };
  } catch (error) {
    return { problem: `cannot read the library: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    db?.close();
  }
}

/** xorshift32, so a run can be repeated from its seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export async function runCrashTrials(options: {
  mode: SaveMode;
  kills: number;
  seed?: number;
  /** Children killed side by side, each on its own library (a kill is mostly waiting for Node
   *  to start the child, so two lanes halve the wall time even on two cores). */
  lanes?: number;
}): Promise<CrashReport> {
  const started = performance.now();
  const root = mkdtempSync(join(tmpdir(), `crosscheck-crash-${options.mode}-`));
  const compileCache = join(root, 'compile-cache');
  const scale = documentScale(options.mode);
  const report: CrashReport = { mode: options.mode, kills: 0, intact: 0, inFlightCommitted: 0, failures: [], savesAcknowledged: 0, startupRetries: 0, ms: 0 };
  let libraries = 0;
  const lanes = Math.max(1, Math.min(options.lanes ?? 2, options.kills));
  let trials = 0;

  const lane = async (laneNo: number) => {
    const random = seededRandom((options.seed ?? 0x5eed) + laneNo * 7919);
    let library = freshLibrary(root, libraries++, scale);
    let next = startChild(compileCache);
    while (trials < options.kills) {
      const trial = ++trials;
      const current = next;
      const running = current.run(library, options.mode, random);
      next = startChild(compileCache);
      let lines: string[];
      try {
        lines = await running;
      } catch (error) {
        // A child that died while loading (a busy machine, a source file being rewritten under a
        // dev checkout) is retried a few times; one that died while saving always fails the run.
        if (!(error as { beforeReady?: boolean }).beforeReady || ++report.startupRetries > 3) throw error;
        trials--;
        continue;
      }
      report.kills++;
      const acks = lines.filter((line) => line.startsWith('ack '));
      report.savesAcknowledged += acks.length;
      const last = acks.at(-1)?.split(' ');
      // With no ack this run, the last acknowledged save is the one the child started from.
      const lastAck = last ? Number(last[1]) : Number(lines.find((l) => l.startsWith('ready '))?.split(' ')[1] ?? 1);
      if (last && last[2] !== expectedHash(lastAck, scale)) throw new Error('the child acknowledged content the harness did not expect');
      const found = inspect(library, lastAck, scale);
      if (found.problem) {
        report.failures.push({ trial, lastAck, problem: found.problem });
        library = freshLibrary(root, libraries++, scale);
      } else {
        report.intact++;
        if (found.revision === lastAck + 1) report.inFlightCommitted++;
      }
    }
    next.dispose();
  };
  try {
    await Promise.all(Array.from({ length: lanes }, (_, n) => lane(n)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

export function describeReport(report: CrashReport): string {
  const lines = [
    `crash harness [${report.mode}]: ${report.kills} SIGKILLs, ${report.intact} with the last acknowledged save intact, ` +
      `${report.failures.length} failures; ${report.savesAcknowledged} saves acknowledged; ` +
      `${report.inFlightCommitted} kills landed after an unacknowledged save had committed; ${(report.ms / 1000).toFixed(1)} s` +
      (report.startupRetries > 0 ? `; ${report.startupRetries} children replaced after failing to start` : ''),
  ];
  const kinds = new Map<string, number>();
  for (const failure of report.failures) {
    const kind = failure.problem.replace(/\d+/g, 'N');
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  for (const [kind, count] of kinds) lines.push(`  ${count} × ${kind}`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { mode: { type: 'string', default: 'safe' }, kills: { type: 'string', default: '200' }, seed: { type: 'string' }, lanes: { type: 'string', default: '2' } },
  });
  const mode = values.mode as SaveMode;
  if (!SAVE_MODES.includes(mode)) throw new Error(`--mode must be one of ${SAVE_MODES.join(', ')}`);
  const report = await runCrashTrials({ mode, kills: Number(values.kills), lanes: Number(values.lanes), ...(values.seed ? { seed: Number(values.seed) } : {}) });
  console.log(describeReport(report));
  for (const failure of report.failures.slice(0, 10)) console.log(`  trial ${failure.trial} (last ack ${failure.lastAck}): ${failure.problem}`);
  process.exitCode = report.mode === 'safe' && report.failures.length > 0 ? 1 : 0;
}
