import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestChange(directory: string): number {
  if (!existsSync(directory)) return 0;
  let newest = 0;
  for (const entry of readdirSync(directory, { recursive: true, encoding: 'utf8' })) {
    newest = Math.max(newest, statSync(join(directory, entry)).mtimeMs);
  }
  return newest;
}

/**
 * Packages whose dist/ is missing or older than their src/: the benchmark
 * imports the built packages, so a stale build would be measured instead of
 * the code in the tree. Returns one warning per such package.
 */
export function staleBuildWarnings(packagesDirectory: string, packageNames: readonly string[]): string[] {
  return packageNames.flatMap((name) => {
    const source = newestChange(join(packagesDirectory, name, 'src'));
    const built = newestChange(join(packagesDirectory, name, 'dist'));
    if (built === 0)
      return [`packages/${name} has no dist/: run \`pnpm build\` first (its rows will be unavailable)`];
    if (built < source)
      return [`packages/${name}/dist is older than its src/: run \`pnpm build\` to measure the current code`];
    return [];
  });
}
