import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackages, type WorkspacePackage } from '../workspace.js';

const execFileAsync = promisify(execFile);

export interface ScratchProject {
  /** The temporary folder holding everything (tarballs/, app/). */
  root: string;
  /** The fresh project the tarballs are installed into: app/node_modules/@weakset-recipes/*. */
  app: string;
  packages: WorkspacePackage[];
  /** Deletes the folder, unless `KEEP_SCRATCH` is set (then says where it is). */
  dispose(): void;
}

export async function run(command: string, args: string[], cwd: string): Promise<string> {
  const { stdout } = await execFileAsync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/**
 * The real install path: `pnpm pack` every package (what `pnpm publish` would upload), then
 * `npm install` the tarballs into a project that has never seen the workspace. `--offline`: the
 * packages have no dependencies, so nothing may come from a registry.
 */
export async function createScratchProject(): Promise<ScratchProject> {
  const root = mkdtempSync(join(tmpdir(), 'weakset-recipes-new-user-'));
  const tarballs = join(root, 'tarballs');
  const app = join(root, 'app');
  mkdirSync(tarballs);
  mkdirSync(app);
  const packages = listPackages();
  await Promise.all(packages.map((pkg) => run('pnpm', ['pack', '--pack-destination', tarballs], pkg.dir)));
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'new-user-app', private: true }, null, 2)}\n`,
  );
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--offline', ...files], app);
  return {
    root,
    app,
    packages,
    dispose() {
      if (process.env.KEEP_SCRATCH) {
        console.log(`new-user pass: the scratch project is kept in ${root}`);
        return;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
