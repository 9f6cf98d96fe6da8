import { IterableWeakSet } from '@weakset-recipes/iterable-weak';

/** Anything that wants the news: a widget, a panel, a connection. */
export interface Subscriber {
  readonly name: string;
  received: number;
  notify(news: string): void;
}

/**
 * A news feed whose registry of subscribers never keeps one alive: a widget that was thrown away
 * without unsubscribing is collected, and leaves. The feed can still list, count and reach every
 * subscriber that is alive, which a WeakSet cannot.
 */
export class NewsFeed {
  readonly #subscribers = new IterableWeakSet<Subscriber>();

  subscribe(subscriber: Subscriber): () => void {
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  /** Delivers `news` to every subscriber still alive; returns how many got it. */
  publish(news: string): number {
    let delivered = 0;
    this.#subscribers.forEach((subscriber) => {
      subscriber.notify(news);
      delivered++;
    });
    return delivered;
  }

  /** Subscribers not known to be collected (see the package README: what `size` means). */
  get size(): number {
    return this.#subscribers.size;
  }
}

/** The registry most code starts with: a Set, which keeps every subscriber it was given alive. */
export class LeakyNewsFeed {
  readonly #subscribers = new Set<Subscriber>();

  subscribe(subscriber: Subscriber): () => void {
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  publish(news: string): number {
    for (const subscriber of this.#subscribers) subscriber.notify(news);
    return this.#subscribers.size;
  }

  get size(): number {
    return this.#subscribers.size;
  }
}

export function widget(name: string): Subscriber {
  return {
    name,
    received: 0,
    notify() {
      this.received++;
    },
  };
}
