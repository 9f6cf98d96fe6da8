// @not-applicable browsers: bundles the package with esbuild, a program for Node, Bun and Deno
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The package as it is published: one ESM file built from the sources (as tsup builds dist), so
 * top-level code in any module shows, whatever `sideEffects` lets a bundler skip between files.
 */
const published = build({
  entryPoints: [new URL('./index.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
}).then((result) => result.outputFiles[0]!.text);

/**
 * Bundles what `exports` names from the published file as an app would (esbuild, minified, tree
 * shaken) and returns the code with its gzipped size: what importing that alone costs a page.
 */
async function bundle(exports: string): Promise<{ code: string; bytes: number }> {
  const contents = await published;
  const result = await build({
    stdin: { contents: `export ${exports} from 'deep-clone';`, loader: 'js' },
    plugins: [
      {
        name: 'published-file',
        setup(builder) {
          builder.onResolve({ filter: /^deep-clone$/ }, () => ({
            path: 'deep-clone',
            namespace: 'published',
          }));
          builder.onLoad({ filter: /.*/, namespace: 'published' }, () => ({ contents, loader: 'js' }));
        },
      },
    ],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, bytes: gzipSync(code).length };
}

/** Text only the engine holds, and text only the options check holds. */
const engineText = 'revoked Proxy';
const optionsText = 'options.circular';

describe('each export costs only what it uses (esbuild bundle, min+gz)', () => {
  it('CloneError alone: no engine, no options check, no built-in table', async () => {
    const { code, bytes } = await bundle('{ CloneError }');
    expect(code).not.toContain(engineText);
    expect(code).not.toContain(optionsText);
    expect(code).not.toContain('getTime');
    expect(bytes).toBeLessThan(250);
  });

  it('handle alone: its own checks, no engine', async () => {
    const { code, bytes } = await bundle('{ handle }');
    expect(code).toContain('handler must be a function');
    expect(code).not.toContain(engineText);
    expect(code).not.toContain(optionsText);
    expect(bytes).toBeLessThan(450);
  });

  it.each(['{ clone }', '{ createClone }', '*'])(
    '%s: the engine, within the whole-entry budget',
    async (exports) => {
      const { code } = await bundle(exports);
      // Bytes are checked against package.json's bundleSize by tooling/install-test, from the
      // packed tarball, with esbuild and Rolldown.
      expect(code).toContain(engineText);
    },
  );
});
