// A PostgreSQL cluster that lives for one test run: initdb in a temp dir, a unix socket in the
// same dir (no TCP port, so parallel runs on one machine cannot collide), trust auth because
// nothing outside this user's private dir can reach the socket.
//
// initdb refuses to run as root. As root we run the cluster as the `postgres` OS user (which
// the Debian package creates) and hand it the temp dir; as anyone else, as ourselves.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The superuser initdb creates; tests connect as it to create databases and users. */
export const CLUSTER_ADMIN = 'crosscheck_admin';
/** Only names the socket file (.s.PGSQL.5432) inside our private dir; no port is opened. */
const SOCKET_PORT = 5432;
/** The major version CI installs; used first when several are present. */
const PREFERRED_MAJOR = '15';

export interface ThrowawayCluster {
  url: string;
  stop: () => void;
}

/** util-linux's runuser, found where Debian puts it even when sbin is not on PATH. */
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => existsSync(p)) ?? 'runuser';

/** The PostgreSQL server binaries: $PG_BIN, else /usr/lib/postgresql/<15, else newest>/bin, else PATH. */
export function findPgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const majors = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    const pick = majors.includes(PREFERRED_MAJOR) ? PREFERRED_MAJOR : majors[0];
    if (pick) return path.join(root, pick, 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0) return path.dirname(which.stdout.trim());
  throw new Error('PostgreSQL server binaries not found: install postgresql (apt-get install postgresql) or set PG_BIN');
}

/** settings: extra `-c name=value` server settings (the load bench raises max_connections). */
export function startThrowawayCluster(settings: Record<string, string | number> = {}): ThrowawayCluster {
  const bin = findPgBin();
  const asRoot = process.getuid?.() === 0;
  // As root, /tmp rather than $TMPDIR: the postgres user must be able to reach the dir, and a
  // root TMPDIR may sit under /root. /tmp also keeps the socket path under its 107-byte limit.
  const dir = mkdtempSync(path.join(asRoot ? '/tmp' : tmpdir(), 'ccpg-'));
  const data = path.join(dir, 'data');
  if (asRoot) {
    const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    const uid = id('-u');
    if (uid.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error('running as root, the test cluster runs as the `postgres` OS user, which does not exist: install postgresql (it creates the user) or run as an ordinary user');
    }
    chownSync(dir, Number(uid.stdout.trim()), Number(id('-g').stdout.trim()));
  }
  const run = (tool: string, args: string[]) => {
    // runuser lives in sbin, which a CI shell's PATH may leave out.
    const cmd = asRoot ? RUNUSER : path.join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
    const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: dir });
    if (r.error) throw new Error(`${tool} could not start (${cmd}): ${r.error.message}`);
    if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  const stop = () => {
    if (existsSync(path.join(data, 'postmaster.pid'))) {
      try { run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']); } catch { /* removed below anyway */ }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-U', CLUSTER_ADMIN, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // fsync off: a throwaway cluster need not survive a power cut, and the 2-core CI box is slow.
    const extra = Object.entries(settings).map(([name, value]) => ` -c ${name}=${value}`).join('');
    const options = `-k ${dir} -c listen_addresses='' -p ${SOCKET_PORT} -c fsync=off -c full_page_writes=off${extra}`;
    run('pg_ctl', ['start', '-D', data, '-w', '-l', path.join(dir, 'server.log'), '-o', options]);
  } catch (err) {
    stop();
    throw err;
  }
  return { url: `postgresql://${CLUSTER_ADMIN}@localhost:${SOCKET_PORT}/postgres?host=${encodeURIComponent(dir)}`, stop };
}
