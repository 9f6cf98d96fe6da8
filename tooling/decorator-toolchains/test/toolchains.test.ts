import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, browsers, buildAndServe, startDevServer, viteSetups } from './pages.js';
import {
  allPass,
  babelWithoutDeclareFields,
  type Checks,
  esbuildDefaultTarget,
  toolchains,
} from './toolchains.js';

/*
 * The table in the brand README ("Which toolchains compile @branded") comes from here: each row
 * builds the app in app/ the way a user would and runs it. A change in a toolchain that changes
 * a row fails this test, so the table cannot go stale.
 */

/** Where a toolchain binds the class's own name, inside its body, to the class before decoration. */
const innerNameUndecorated = (checks: Checks): Checks => ({ ...checks, brandsNewInsideBody: false });

const expected: Record<string, Checks> = {
  'tsc (target ES2022)': allPass,
  // evanw/esbuild#3968: `new Money()` inside the class body makes an unbranded instance.
  'esbuild (target es2022)': innerNameUndecorated(allPass),
  tsx: innerNameUndecorated(allPass),
  "Babel 7 (decorators '2023-11', preset-typescript with allowDeclareFields)": allPass,
  Bun: allPass,
  'Deno (--sloppy-imports, for the `.js` specifiers TypeScript code uses)': innerNameUndecorated(allPass),
};

describe('@branded, built and run by each toolchain', () => {
  it.each(toolchains.map((toolchain) => [toolchain.name, toolchain] as const))(
    '%s',
    async (name, toolchain) => {
      expect(await toolchain.run()).toEqual(expected[name]);
    },
    120_000,
  );

  it('esbuild with its default target (esnext) leaves the decorator in the output', async () => {
    expect(await esbuildDefaultTarget()).toMatch(/@branded\s+class /);
  });

  it("Babel 7's preset-typescript without allowDeclareFields drops a decorated class that has a static field", async () => {
    const code = await babelWithoutDeclareFields();
    expect(code).toContain('runChecks');
    expect(code).not.toMatch(/static insideBody\(/);
  });
});

describe.each(browsers.map((browser) => [browser.name, browser] as const))(
  '@branded in a Vite 8 app, in %s',
  (_name, browser: Browser) => {
    let session: Awaited<ReturnType<Browser['open']>>;
    beforeAll(async () => {
      session = await browser.open();
    }, 60_000);
    afterAll(() => session?.close());

    const [viteDefault, viteBabel] = viteSetups;

    it.each([
      ['vite build', buildAndServe],
      ['the dev server', startDevServer],
    ] as const)(
      '%s with the default config: the page dies on the decorator, the plain call works',
      async (_how, serve) => {
        const server = await serve(viteDefault!, 'vite-default');
        try {
          const decorated = await session.load(server.url);
          expect(decorated.report).toBe('');
          expect(decorated.errors.join('\n')).toMatch(/Invalid or unexpected token|SyntaxError|Unexpected/);
          const plain = await session.load(`${server.url}plain.html`);
          expect(plain).toEqual({ report: JSON.stringify({ plainCallWorks: true }), errors: [] });
        } finally {
          await server.close();
        }
      },
      120_000,
    );

    it.each([
      ['vite build', buildAndServe],
      ['the dev server', startDevServer],
    ] as const)(
      '%s with @rolldown/plugin-babel (vite.config.ts): every check passes',
      async (_how, serve) => {
        const server = await serve(viteBabel!, 'vite-babel');
        try {
          const page = await session.load(server.url);
          expect(page.errors).toEqual([]);
          expect(JSON.parse(page.report)).toEqual(allPass);
        } finally {
          await server.close();
        }
      },
      120_000,
    );
  },
);
