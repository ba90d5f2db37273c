// Shared by the packaging tests: electron-builder's own config loader, validator and schema, taken
// from the app-builder-lib that electron-builder runs with (resolved from electron-builder's own
// location, whatever npm decides to hoist), plus our fuse hook module.
import type { FuseV1Config, FuseV1Options } from '@electron/fuses';
import type { AfterPackContext, Configuration } from 'electron-builder';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONFIG_FILE = 'electron-builder.config.ts';

const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const appBuilderLibDir = dirname(requireFromBuilder.resolve('app-builder-lib/package.json'));

/** The JSON schema electron-builder validates every configuration against. */
export const builderSchema = JSON.parse(readFileSync(join(appBuilderLibDir, 'scheme.json'), 'utf8')) as object;

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
}
const configModule = requireFromBuilder(join(appBuilderLibDir, 'out/util/config/config.js')) as ConfigModule;
const { DebugLogger } = requireFromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

/** Reads electron-builder.config.ts the way `electron-builder --config` does (through jiti). */
export function loadBuilderConfig(): Promise<Configuration> {
  return configModule.getConfig(ROOT, CONFIG_FILE, null);
}

/** electron-builder's own validation step (schema plus its deprecation checks); throws on a bad config. */
export function validateWithBuilder(config: Configuration): Promise<void> {
  return configModule.validateConfiguration(config, new DebugLogger(false));
}

export interface FuseHookModule {
  CROSSCHECK_FUSES: Readonly<Partial<Record<FuseV1Options, boolean>>>;
  FUSES_LEFT_AT_DEFAULT: Readonly<Partial<Record<FuseV1Options, string>>>;
  fuseConfigFor(context: Pick<AfterPackContext, 'electronPlatformName' | 'arch'>): FuseV1Config;
  packagedElectronPath(context: AfterPackContext): string;
  afterPack(context: AfterPackContext): Promise<void>;
}

/**
 * scripts/ sits outside the tests TypeScript project, so it is imported by URL (a static import
 * would make tsc demand that tests/tsconfig.json list it); the interface above restates its API.
 */
export async function importFuseHook(): Promise<FuseHookModule> {
  return (await import(pathToFileURL(join(ROOT, 'scripts/afterPack.ts')).href)) as FuseHookModule;
}
