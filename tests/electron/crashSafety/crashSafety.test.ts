// SIGKILL during saves: the store as the app opens it never loses an acknowledged save, and the
// harness itself is shown to catch a save path that is not atomic. `.ci/run` adds a 200-kill run
// of the safe mode through the harness's command line; this file keeps `npm test` short.
import { describe, expect, it } from 'vitest';
import { describeReport, runCrashTrials } from './crashHarness.ts';

describe('crash-safe saves', () => {
  it('keeps every acknowledged save through random SIGKILLs (WAL, synchronous=FULL)', async () => {
    const report = await runCrashTrials({ mode: 'safe', kills: 40 });
    console.log(describeReport(report));
    expect(report.failures).toEqual([]);
    expect(report.intact).toBe(40);
    expect(report.savesAcknowledged).toBeGreaterThan(40);
  }, 180_000);

  it('catches a save that is two commits instead of one (the harness can fail)', async () => {
    const report = await runCrashTrials({ mode: 'non-atomic', kills: 25 });
    console.log(describeReport(report));
    expect(report.failures.length).toBeGreaterThan(0);
    expect(report.failures[0]?.problem).toMatch(/holds other content than that revision's|acknowledged saves lost/);
  }, 180_000);
});
