import { once } from 'node:events';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { type BrowserName, browserNames, launchBrowser } from '@weakset-recipes-internal/browser';
import { build, createServer as createViteServer, type InlineConfig } from 'vite';
import { appDir, memberDir, outDir } from './toolchains.js';

/** What a page showed: the report it wrote, or the errors that stopped it. */
export interface PageResult {
  report: string;
  errors: string[];
}

/**
 * A browser the pages are opened in: each of the matrix's three engines (Chromium, Firefox over
 * WebDriver BiDi, WebKitGTK over WebDriver), through the same session interface.
 */
export interface Browser {
  name: string;
  open(): Promise<{ load(url: string): Promise<PageResult>; close(): Promise<void> }>;
}

/**
 * Reads what the page reported, waiting up to 5 s for the app to write it; the errors come from
 * the page's own `error` listener (app/*.html), which also sees a module that fails to parse.
 */
function readPage(): Promise<PageResult> {
  const page = globalThis as unknown as { document: Document; __errors?: string[] };
  return new Promise((resolve) => {
    const started = Date.now();
    const poll = () => {
      const report = page.document.querySelector('#report')?.textContent ?? '';
      if (report || Date.now() - started > 5_000) resolve({ report, errors: page.__errors ?? [] });
      else setTimeout(poll, 50);
    };
    poll();
  });
}

const labels: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

export const browsers: Browser[] = browserNames.map((name) => ({
  name: labels[name],
  async open() {
    const session = await launchBrowser(name);
    return {
      async load(url: string) {
        await session.goto(url);
        return session.evaluate(readPage);
      },
      close: () => session.close(),
    };
  },
}));

/** The two setups: Vite 8 as installed, and with the documented Babel step (vite.config.ts). */
export const viteSetups: Array<{ name: string; config: InlineConfig }> = [
  { name: 'Vite 8, default config', config: { root: appDir, base: './', configFile: false } },
  {
    name: 'Vite 8 + @rolldown/plugin-babel (vite.config.ts)',
    config: { configFile: join(memberDir, 'vite.config.ts') },
  },
];

const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

/** Serves a built app from `dir` on 127.0.0.1, as `vite preview` would. */
async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    const file = path.startsWith(dir) && existsSync(path) && statSync(path).isFile() ? path : undefined;
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      // The browser keeps its connections open: close them, or close() waits for them to time out.
      server.closeAllConnections();
      await new Promise((done) => server.close(() => done(undefined)));
    },
  };
}

/** `vite build` of both pages (the decorated app and the decorator-free one), served statically. */
export async function buildAndServe(setup: (typeof viteSetups)[number], name: string) {
  const dir = join(outDir, name);
  await build({
    ...setup.config,
    logLevel: 'error',
    build: {
      outDir: dir,
      emptyOutDir: true,
      rollupOptions: { input: { main: join(appDir, 'index.html'), plain: join(appDir, 'plain.html') } },
    },
  });
  return serveStatic(dir);
}

/** `vite` (the dev server), as `pnpm dev` would run it. */
export async function startDevServer(setup: (typeof viteSetups)[number]) {
  const server = await createViteServer({
    ...setup.config,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, hmr: false },
  });
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
