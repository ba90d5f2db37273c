// What the newsroom e2e suites share: whether this machine can start a PostgreSQL server, the
// throwaway newsroom itself, the login a laptop's Preferences hold for one of its users, the
// status bar's sync state and the serious accessibility findings on a page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ServerCredentials } from '../../electron/server/serverCredentials.ts';
import { findPgBin, startThrowawayCluster } from '../server/startThrowawayCluster.ts';
import { createTestNewsroom } from '../server/testNewsroom.ts';
import type { TestNewsroom } from '../server/testNewsroom.ts';
import { auditPage, isSerious } from './axeAudit.ts';
import type { PreviewSession } from './previewSession.ts';

/** Why the server suites cannot run here ('' when they can); printed once, naming the suite. */
export function missingPostgres(suite: string): string {
  try {
    findPgBin();
    return '';
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.log(`${suite}: skipped — ${why}`);
    return why;
  }
}

/** The address as Preferences holds it: the database URL without the login. */
export function loginFor(newsroom: TestNewsroom, user: string): ServerCredentials {
  const url = new URL(newsroom.urlFor(user));
  url.username = '';
  return { url: url.toString(), user, password: '' };
}

export const syncState = (page: Page) => page.locator('[data-sync-state]').getAttribute('data-sync-state');

export async function seriousViolations(page: Page): Promise<string[]> {
  return (await auditPage(page)).filter(isSerious).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A throwaway PostgreSQL cluster with the test newsroom on it, and a socket folder with no
 *  server in it for a laptop that should be offline. */
export interface NewsroomRig {
  readonly newsroom: TestNewsroom;
  readonly nowhere: string;
  /** Closes the sessions, then the newsroom and the cluster, and removes the folder. */
  close(sessions: readonly (PreviewSession | undefined)[]): Promise<void>;
}

export async function startNewsroomRig(): Promise<NewsroomRig> {
  const cluster = startThrowawayCluster();
  process.env.CROSSCHECK_TEST_PG_URL = cluster.url;
  const newsroom = await createTestNewsroom();
  const nowhere = mkdtempSync(join(tmpdir(), 'crosscheck-no-server-'));
  return {
    newsroom,
    nowhere,
    async close(sessions) {
      for (const session of sessions) await session?.close();
      await newsroom.close();
      cluster.stop();
      rmSync(nowhere, { recursive: true, force: true });
    },
  };
}
