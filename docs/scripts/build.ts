// `pnpm docs`: renders the guides with the benchmark's latest numbers, then runs typedoc over
// every package into docs/site/. Numbers are never typed into a guide: each guide marks where its
// suite's table goes, and this script fills the mark from bench/results/ (written by `pnpm bench`).
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
  { file: 'dom-processed.md', title: 'Guide: dom-processed' },
  { file: 'brand.md', title: 'Guide: brand' },
  { file: 'memo-guard.md', title: 'Guide: memo-guard' },
  { file: 'iterable-weak.md', title: 'Guide: iterable-weak' },
  { file: 'benchmarks.md', title: 'Benchmarks' },
];

const marker = /<!-- bench:([\w-]+):start -->[\s\S]*?<!-- bench:\1:end -->/g;

/** Replaces every bench marker pair with the suite's table and chart, or says how to make them. */
export function withBenchmarks(markdown: string, copyChart: (suite: string) => string | undefined): string {
  return markdown.replace(marker, (_match, suite: string) => {
    const table = join(results, `${suite}.md`);
    if (!existsSync(table)) return `Benchmark results not generated yet: run \`pnpm bench\`.`;
    const chart = copyChart(suite);
    const image = chart ? `\n\n![${suite} benchmark](${chart})\n` : '';
    return `${readFileSync(table, 'utf8').trim()}${image}`;
  });
}

function render(): void {
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(guidesOut, { recursive: true });
  const copyChart = (suite: string) => {
    const svg = join(results, `${suite}.svg`);
    if (!existsSync(svg)) return undefined;
    copyFileSync(svg, join(guidesOut, basename(svg)));
    return `./${basename(svg)}`;
  };
  for (const { file, title } of guides) {
    const source = readFileSync(join(docs, 'guides', file), 'utf8')
      // The runner's opt-out marker is not part of the language name.
      .replaceAll('```ts no-run', '```ts')
      .replace('{@include bench-summary}', () => {
        const summary = join(results, 'summary.md');
        return existsSync(summary)
          ? readFileSync(summary, 'utf8')
          : 'Benchmark results not generated yet: run `pnpm bench`.';
      });
    const front = `---\ntitle: ${JSON.stringify(title)}\ngroup: Guides\n---\n\n`;
    writeFileSync(join(guidesOut, file), front + withBenchmarks(source, copyChart));
  }
  // Size budgets come from each package's size-limit entry, the numbers `pnpm test` enforces.
  const home = readFileSync(join(docs, 'home.md'), 'utf8').replace(
    /\{\{size:([\w-]+)\}\}/g,
    (_match, name: string) => {
      const manifest = JSON.parse(
        readFileSync(resolve(docs, '../packages', name, 'package.json'), 'utf8'),
      ) as {
        'size-limit': { limit: string }[];
      };
      return manifest['size-limit'][0]?.limit ?? '?';
    },
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
