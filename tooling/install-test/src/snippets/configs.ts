/*
 * The projects a new user pastes a snippet into. Options are written as in a tsconfig.json, so
 * TypeScript 5.9 (through its API) and TypeScript 7 (through its CLI, which has no API) read the
 * very same settings.
 */

export interface UserProject {
  name: string;
  /** What a snippet file is called in it: `.ts`, `.mts` (ESM under node16), `.cts` (CommonJS). */
  extension: '.ts' | '.mts' | '.cts';
  compilerOptions: Record<string, unknown>;
}

const checked = { strict: true, noEmit: true, target: 'es2022', types: ['node'] };

export const userProjects: readonly UserProject[] = [
  {
    // A Vite (or any bundler) app: tsc only checks. No `moduleDetection`: a block with no import
    // is a script there, exactly as when pasted into a fresh file.
    name: 'bundler',
    extension: '.ts',
    compilerOptions: { ...checked, module: 'esnext', moduleResolution: 'bundler' },
  },
  {
    // A Node app written in ESM, with the stricter flags `tsc --init` (5.9) turns on.
    name: 'node16',
    extension: '.mts',
    compilerOptions: {
      ...checked,
      module: 'node16',
      moduleResolution: 'node16',
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
    },
  },
  {
    // The same Node app in CommonJS: `import` resolves the `require` condition and its .d.cts.
    name: 'node16-cjs',
    extension: '.cts',
    compilerOptions: {
      ...checked,
      module: 'node16',
      moduleResolution: 'node16',
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
    },
  },
];
