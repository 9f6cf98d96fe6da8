// Last line of `pnpm start`: tells the user where the freshly built docs are.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const index = resolve(import.meta.dirname, '..', 'docs', 'site', 'index.html');
if (!existsSync(index)) {
  console.error(`The docs were not built: ${index} is missing. Run \`pnpm run docs\` and read its errors.`);
  process.exit(1);
}
console.log('\nEverything is built, every example ran, and the docs are ready:');
console.log(`  open   ${pathToFileURL(index).href}`);
console.log(`  (file: ${join('docs', 'site', 'index.html')})`);
console.log('  serve  pnpm docs:serve   (then open http://localhost:4173/)');
