import { afterAll, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { $, mount, settle } from './test-support/index.js';

/*
 * Every ```ts block of the README and of the guide runs here, in Chromium, as the program it is,
 * and is checked for what it says it does: each `console.log(x); // y` line must print `y` (or
 * `y: why`), and each block has a check of its own below, keyed by a line of its code, for the
 * behaviour its prose or comments promise. A block without a check fails the suite.
 */

interface Example {
  id: string;
  code: string;
}

interface Check {
  /** The markup the example expects to find in the page before it runs. */
  setup?: () => void;
  /** What the example promises, checked after it ran; `logs` is what it printed. */
  verify: (logs: string[]) => Promise<void> | void;
}

// Paths of the file commands are relative to the package; imports, to this file.
const sources = [
  ['readme', 'README.md'],
  ['guide', '../../docs/guides/dom-processed.md'],
] as const;
// Written where Vite serves and transforms them (git ignores test-artifacts/).
const outputDirectory = 'test-artifacts/docs-examples';

/** Types `text` into a textarea the way a user does: the value changes, then `input` fires. */
function type(el: HTMLTextAreaElement, text: string): void {
  el.value = text;
  el.dispatchEvent(new Event('input'));
}

const nextFrame = () => new Promise(requestAnimationFrame);
const sixLines = 'one\ntwo\nthree\nfour\nfive\nsix';

const checks: Array<[line: string, check: Check]> = [
  [
    "const observation = observe('textarea[data-autogrow]'",
    {
      setup: () => mount('<textarea data-autogrow id="grows"></textarea><button id="plain-text"></button>'),
      async verify() {
        const textarea = $('#grows') as HTMLTextAreaElement;
        type(textarea, sixLines);
        expect(textarea.rows).toBe(6);
        $('#plain-text').click();
        mount('<textarea data-autogrow id="after-stop"></textarea>');
        await settle();
        const later = $('#after-stop') as HTMLTextAreaElement;
        type(later, sixLines);
        expect(later.rows).toBe(2);
      },
    },
  ],
  [
    "observe('.chart', {",
    {
      setup: () => mount('<div class="chart" id="chart"><canvas></canvas></div>'),
      async verify() {
        const chart = $('#chart');
        chart.remove();
        await settle();
        expect(chart.children).toHaveLength(0);
      },
    },
  ],
  [
    "observe('[data-track-view]', (el) => console.log('seen', el.id), {",
    {
      async verify(logs) {
        const sidebar = document.querySelector('aside:last-of-type') as HTMLElement;
        const tracked = Object.assign(document.createElement('p'), { id: 'tracked' });
        tracked.setAttribute('data-track-view', '');
        sidebar.append(tracked);
        await settle();
        tracked.remove();
        await settle();
        sidebar.append(tracked);
        await settle();
        expect(logs.filter((line) => line === 'seen tracked')).toHaveLength(1);
      },
    },
  ],
  [
    "observe('textarea', (el) => el.setAttribute('rows'",
    {
      setup: () =>
        mount(
          '<textarea id="typed">a\nb\nc</textarea><div class="search"><input id="query"></div><div data-lazy id="lazy"></div>',
        ),
      async verify() {
        expect(($('#typed') as HTMLTextAreaElement).rows).toBe(3);
        expect($('#query').getAttribute('autocomplete')).toBe('off');
        await nextFrame();
        await nextFrame();
        expect($('#lazy').classList.contains('ready')).toBe(true);
      },
    },
  ],
  [
    "document.addEventListener('htmx:load', (event) => {",
    {
      setup: () => mount('<div id="swapped"><button data-copy="first" id="first"></button></div>'),
      async verify() {
        const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
        const swapped = $('#swapped');
        swapped.dispatchEvent(new Event('htmx:load', { bubbles: true }));
        swapped.dispatchEvent(new Event('htmx:load', { bubbles: true }));
        swapped.insertAdjacentHTML('beforeend', '<button data-copy="second" id="second"></button>');
        swapped.dispatchEvent(new Event('htmx:load', { bubbles: true }));
        $('#first').click();
        $('#second').click();
        expect(writeText.mock.calls).toEqual([['first'], ['second']]);
      },
    },
  ],
  ...[
    "for (const el of document.querySelectorAll('.datepicker:not([data-enhanced])')) {",
    'const enhanced = new Set<Element>();',
    'const enhanced = new WeakSet<Element>();',
  ].map((line): [string, Check] => [
    line,
    {
      setup: () => mount('<input class="datepicker" id="present">'),
      async verify() {
        expect($('#present').getAttribute('autocomplete')).toBe('off');
        mount('<div><input class="datepicker" id="inserted"></div>');
        await settle();
        expect($('#inserted').getAttribute('autocomplete')).toBe('off');
      },
    },
  ]),
  [
    "const observation = observe('.datepicker', (el) => {",
    {
      // Its console.log lines say it all: processed once flushed, torn down once removed.
      verify: () => {},
    },
  ],
  [
    'const options: ObserveOptions = {',
    {
      setup: () => mount('<p data-track-view id="viewed"></p>'),
      async verify(logs) {
        expect(logs).toContain('in view viewed');
        $('#viewed').remove();
        await settle();
        // The signal was aborted at the end of the example: nothing runs after that.
        expect(logs).not.toContain('gone viewed');
      },
    },
  ],
  [
    'const enhanceTables = () =>',
    {
      verify: () => {},
    },
  ],
  [
    "const panel = document.querySelector('#no-such-panel');",
    {
      verify: () => {},
    },
  ],
  [
    'function enhanceIfPossible(): void {',
    {
      setup: () => mount('<input class="datepicker" id="possible">'),
      verify: (logs) => {
        // In a browser there is a DOM: nothing is caught, nothing printed, the input is enhanced.
        expect(logs).toEqual([]);
        expect($('#possible').getAttribute('autocomplete')).toBe('off');
      },
    },
  ],
];

/** What `console.log(x); // y` lines say they print, in order. */
function promisedLogs(code: string): string[] {
  return [...code.matchAll(/console\.log\(.*\);\s*\/\/\s*(.+)$/gm)].map(
    ([, comment]) => comment?.trim() ?? '',
  );
}

/** Every block, written out as a module (read at collection time, so each gets a test by name). */
async function writeExamples(): Promise<Example[]> {
  const examples: Example[] = [];
  for (const [name, path] of sources) {
    const markdown = await commands.readFile(path);
    let index = 0;
    for (const [, code = ''] of markdown.matchAll(/^```ts(?: no-run)?\n([\s\S]*?)^```$/gm)) {
      const id = `${name}-${++index}`;
      // The published name, pointed at the sources under test.
      const runnable = code.replaceAll("from '@weakset-recipes/dom-processed'", "from '../../src/index.ts'");
      await commands.writeFile(`${outputDirectory}/${id}.ts`, `${runnable}\nexport {};\n`);
      examples.push({ id, code });
    }
  }
  return examples;
}

const examples = await writeExamples();

afterAll(async () => {
  for (const { id } of examples) await commands.removeFile(`${outputDirectory}/${id}.ts`);
});

describe('the examples of the README and the guide, run in Chromium', () => {
  it('are all found, and each has exactly one check', () => {
    expect(examples.filter(({ id }) => id.startsWith('readme')).length).toBeGreaterThanOrEqual(5);
    expect(examples.filter(({ id }) => id.startsWith('guide')).length).toBeGreaterThanOrEqual(8);
    for (const { id, code } of examples) {
      expect(
        checks.filter(([line]) => code.includes(line)),
        `${id} has exactly one check`,
      ).toHaveLength(1);
    }
  });

  it.each(examples)('$id does what it says', async (example) => {
    const [, check] = checks.find(([line]) => example.code.includes(line)) ?? [];
    if (!check) throw new Error(`${example.id} has no check`);
    check.setup?.();
    const logs: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      logs.push(args.map(String).join(' '));
    });
    try {
      await import(/* @vite-ignore */ `../${outputDirectory}/${example.id}.ts`);
      await settle();
      await check.verify(logs);
    } finally {
      log.mockRestore();
    }
    let seen = 0;
    for (const promised of promisedLogs(example.code)) {
      const found = logs.findIndex(
        (line, position) => position >= seen && (promised === line || promised.startsWith(`${line}:`)),
      );
      expect(found, `${example.id} prints ${promised}`).toBeGreaterThanOrEqual(0);
      seen = found + 1;
    }
  });
});
