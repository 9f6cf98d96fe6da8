// `pnpm run docs`: copies the guides into .generated/ with the front matter typedoc reads, then
// runs typedoc over every package into docs/site/. The benchmark numbers are already in the
// guides (written there by `pnpm bench`, so they show on GitHub too); their charts are linked
// from bench/results/ and copied next to the generated guides here.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';

const docs = resolve(import.meta.dirname, '..');
const results = resolve(docs, '../bench/results');
const generated = join(docs, '.generated');
const guidesOut = join(generated, 'guides');

/** Guides in reading order, with the title typedoc shows in its navigation. */
export const guides = [
  { file: 'weakset-primer.md', title: 'A WeakSet primer' },
  { file: 'deep-clone.md', title: 'Guide: deep-clone' },
  { file: 'deep-equal.md', title: 'Guide: deep-equal' },
  { file: 'dom-processed.md', title: 'Guide: dom-processed' },
  { file: 'brand.md', title: 'Guide: brand' },
  { file: 'memo-guard.md', title: 'Guide: memo-guard' },
  { file: 'safe-stringify.md', title: 'Guide: safe-stringify' },
  { file: 'iterable-weak.md', title: 'Guide: iterable-weak' },
  { file: 'benchmarks.md', title: 'Benchmarks' },
];

const chartLink = /\]\(\.\.\/\.\.\/bench\/results\/([\w-]+\.svg)\)/g;

/** A guide as the site shows it: charts linked from bench/results/ point at copies beside it. */
export function forSite(markdown: string, copyChart: (file: string) => void): string {
  return (
    markdown
      // The snippet runner's opt-out flag is not part of the language name.
      .replaceAll('```ts no-run', '```ts')
      .replace(chartLink, (_match, file: string) => {
        copyChart(file);
        return `](./${file})`;
      })
  );
}

/** The entry budget of a package, from the `bundleSize` field the size check reads. */
export function entryBudget(name: string): string {
  const manifest = JSON.parse(readFileSync(resolve(docs, '../packages', name, 'package.json'), 'utf8')) as {
    bundleSize?: { entry?: string };
  };
  const budget = manifest.bundleSize?.entry;
  if (!budget) throw new Error(`packages/${name}/package.json has no bundleSize.entry`);
  return budget;
}

function render(): void {
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(guidesOut, { recursive: true });
  const copyChart = (file: string) => copyFileSync(join(results, file), join(guidesOut, basename(file)));
  for (const { file, title } of guides) {
    const source = readFileSync(join(docs, 'guides', file), 'utf8');
    const front = `---\ntitle: ${JSON.stringify(title)}\ngroup: Guides\n---\n\n`;
    writeFileSync(join(guidesOut, file), front + forSite(source, copyChart));
  }
  const home = readFileSync(join(docs, 'home.md'), 'utf8').replace(
    /\{\{size:([\w-]+)\}\}/g,
    (_match, name: string) => entryBudget(name),
  );
  writeFileSync(join(generated, 'home.md'), home);
}

function typedoc(): void {
  const manifest = createRequire(import.meta.url).resolve('typedoc/package.json');
  const bin = join(dirname(manifest), 'bin', 'typedoc');
  execFileSync(process.execPath, [bin, '--options', join(docs, 'typedoc.json')], {
    cwd: docs,
    stdio: 'inherit',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  render();
  typedoc();
  const files = readdirSync(join(docs, 'site')).length;
  console.log(`docs: site written to ${join(docs, 'site')} (${files} entries)`);
}
