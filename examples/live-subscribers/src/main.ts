import v8 from 'node:v8';
import vm from 'node:vm';
import { LeakyNewsFeed, NewsFeed, type Subscriber, widget } from './feed.js';

/** `gc()` from `node --expose-gc`, or turned on at run time when the flag was not given. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

interface Screen {
  name: string;
  widgets: Subscriber[];
}

const screens = ['inbox', 'calendar', 'contacts', 'settings'];
const widgetsPerScreen = 250;

function mount(feed: { subscribe(subscriber: Subscriber): unknown }): Screen[] {
  return screens.map((name) => {
    const widgets = Array.from({ length: widgetsPerScreen }, (_, index) => widget(`${name}/${index}`));
    // Widgets subscribe and never unsubscribe: the classic leak a strong registry turns into.
    for (const subscriber of widgets) feed.subscribe(subscriber);
    return { name, widgets };
  });
}

export async function main(print: (line: string) => void = console.log): Promise<boolean> {
  const gc = collector();
  const feed = new NewsFeed();
  let mounted = mount(feed);
  const total = screens.length * widgetsPerScreen;
  print(
    `A news feed with a registry of live subscribers (IterableWeakSet): ${screens.length} screens × ${widgetsPerScreen} widgets.`,
  );
  print(`  mounted every screen           size ${feed.size}, publish reaches ${feed.publish('hello')}`);

  const sizes: number[] = [];
  while (mounted.length > 0) {
    const dropped = mounted[0]!.name;
    mounted = mounted.slice(1); // the app drops the screen, and with it the only references to its widgets
    await tick(); // ends the task: objects a WeakRef gave out are kept until then
    gc();
    const pending = feed.size;
    for (let round = 0; round < 20 && feed.size > mounted.length * widgetsPerScreen; round++) {
      await tick(); // finalizers run between tasks
      gc();
    }
    sizes.push(feed.size);
    print(
      `  dropped ${`"${dropped}"`.padEnd(12)}           size ${String(pending).padStart(4)} right after gc() (finalizers pending), ` +
        `${String(feed.size).padStart(4)} once they ran; publish reaches ${feed.publish('tick')}`,
    );
  }

  const leaky = new LeakyNewsFeed();
  let leakyScreens: Screen[] | undefined = mount(leaky);
  leakyScreens = undefined;
  await tick();
  gc();
  await tick();
  print('');
  print(
    `The same app with a Set as the registry: every screen dropped, size ${leaky.size}, publish still reaches ` +
      `${leaky.publish('tick')}: all ${total} widgets are kept alive by the feed.`,
  );

  const expected = screens.map((_, index) => (screens.length - index - 1) * widgetsPerScreen);
  const flat = sizes.every((size, index) => size === expected[index]);
  print(
    flat
      ? 'With IterableWeakSet, each dropped screen left the registry: no unsubscribe needed, nothing kept alive.'
      : `With IterableWeakSet, the sizes were ${sizes.join(', ')}, expected ${expected.join(', ')}.`,
  );
  return flat && leakyScreens === undefined && leaky.size === total;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await main()) ? 0 : 1;
}
