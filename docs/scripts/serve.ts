// `pnpm docs:serve`: serves the built site on localhost (PORT, default 4173).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDirectory } from '../test/static-server.js';

const site = resolve(import.meta.dirname, '..', 'site');
if (!existsSync(join(site, 'index.html'))) {
  console.error('The site is not built yet: run `pnpm run docs` first.');
  process.exit(1);
}
const { url } = await serveDirectory(site, Number(process.env.PORT ?? 4173));
console.log(`Serving the docs at ${url} (Ctrl+C to stop)`);
