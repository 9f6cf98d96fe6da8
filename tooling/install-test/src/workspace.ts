import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (this file is tooling/install-test/src/workspace.ts). */
export const repoRoot = resolve(import.meta.dirname, '../../..');

export interface PackageManifest {
  name: string;
  version: string;
  homepage?: string;
  private?: boolean;
  /** Size budgets, read by src/size/budget.ts. */
  bundleSize?: unknown;
  [field: string]: unknown;
}

export interface WorkspacePackage {
  /** The folder name under packages/, e.g. `deep-clone`. */
  folder: string;
  /** Absolute path of the package folder. */
  dir: string;
  manifest: PackageManifest;
}

/**
 * Every published package: each folder under packages/ with a package.json that is not private.
 * Read from disk each time, so a package added later is picked up with no list to update.
 */
export function listPackages(root = repoRoot): WorkspacePackage[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
      return { folder: entry.name, dir, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** The hand-written guides, docs/guides/*.md, in name order. */
export function listGuides(root = repoRoot): string[] {
  const guidesDir = join(root, 'docs', 'guides');
  return readdirSync(guidesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(guidesDir, name));
}
