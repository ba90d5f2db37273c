// The labelled development sets live outside the repository (they are not ours to ship), so
// nothing here may assume they exist. Tests that read them run only when CROSSCHECK_DEV_DATA
// names the folder, and say why they skipped otherwise; benches take the folder as an option.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** The dev-data file, or undefined (with the reason printed once) when it is not available. */
export function devDataFile(name: string): string | undefined {
  const dir = process.env['CROSSCHECK_DEV_DATA'];
  const file = dir ? join(dir, name) : undefined;
  if (file && existsSync(file)) return file;
  console.log(dir
    ? `skipped: ${name} is not in CROSSCHECK_DEV_DATA (${dir})`
    : `skipped: set CROSSCHECK_DEV_DATA to the folder holding ${name} to run the dev-data checks`);
  return undefined;
}

/** The data folder a bench reads: `--data DIR`, else CROSSCHECK_DEV_DATA; exits 2 without one. */
export function benchDataDir(argv: readonly string[] = process.argv.slice(2)): string {
  const { values } = parseArgs({ args: [...argv], options: { data: { type: 'string' } }, strict: false });
  const dir = typeof values.data === 'string' ? values.data : process.env['CROSSCHECK_DEV_DATA'];
  for (const file of ['factbox-dev.jsonl', 'summedits-numeric.jsonl']) {
    if (!dir || !existsSync(join(dir, file))) {
      console.error(`bench: needs the development data (${file}); pass --data DIR or set CROSSCHECK_DEV_DATA.`);
      process.exit(2);
    }
  }
  return dir!;
}
