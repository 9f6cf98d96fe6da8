import { describe, expect, it } from 'vitest';
import { LeakyNewsFeed, NewsFeed, widget } from '../src/feed.js';

describe('NewsFeed', () => {
  it('delivers to every subscriber, in subscription order, until it unsubscribes', () => {
    const feed = new NewsFeed();
    const [first, second] = [widget('first'), widget('second')];
    const order: string[] = [];
    for (const subscriber of [first, second]) {
      subscriber.notify = () => order.push(subscriber.name);
    }
    const unsubscribeFirst = feed.subscribe(first);
    feed.subscribe(second);
    expect(feed.publish('news')).toBe(2);
    expect(order).toEqual(['first', 'second']);
    unsubscribeFirst();
    expect(feed.publish('more')).toBe(1);
    expect(feed.size).toBe(1);
  });

  it('counts a widget once however often it subscribes', () => {
    const feed = new NewsFeed();
    const subscriber = widget('twice');
    feed.subscribe(subscriber);
    feed.subscribe(subscriber);
    feed.publish('news');
    expect(subscriber.received).toBe(1);
  });
});

describe('LeakyNewsFeed', () => {
  it('delivers like the weak one while everything is alive', () => {
    const feed = new LeakyNewsFeed();
    const subscriber = widget('one');
    const unsubscribe = feed.subscribe(subscriber);
    expect(feed.publish('news')).toBe(1);
    expect(subscriber.received).toBe(1);
    unsubscribe();
    expect(feed.size).toBe(0);
  });
});
