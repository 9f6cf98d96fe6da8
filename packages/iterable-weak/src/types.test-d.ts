import { expectTypeOf } from 'vitest';
import { IterableWeakMap, IterableWeakSet, WeakValueMap } from './index.js';

interface Socket {
  id: number;
}

// IterableWeakSet<T extends WeakKey>: objects and symbols, never primitives.
const sockets = new IterableWeakSet<Socket>();
expectTypeOf(sockets.add({ id: 1 })).toEqualTypeOf<IterableWeakSet<Socket>>();
expectTypeOf(sockets.has({ id: 1 })).toEqualTypeOf<boolean>();
expectTypeOf(sockets.delete({ id: 1 })).toEqualTypeOf<boolean>();
expectTypeOf(sockets.size).toEqualTypeOf<number>();
expectTypeOf([...sockets]).toEqualTypeOf<Socket[]>();
expectTypeOf([...sockets.entries()]).toEqualTypeOf<[Socket, Socket][]>();
expectTypeOf(new IterableWeakSet([{ id: 1 }])).toEqualTypeOf<IterableWeakSet<{ id: number }>>();
expectTypeOf(new IterableWeakSet<symbol>([Symbol('token')])).toEqualTypeOf<IterableWeakSet<symbol>>();
new IterableWeakSet<object>(null);
sockets.forEach((value, key, set) => {
  expectTypeOf(value).toEqualTypeOf<Socket>();
  expectTypeOf(key).toEqualTypeOf<Socket>();
  expectTypeOf(set).toEqualTypeOf<IterableWeakSet<Socket>>();
});
// @ts-expect-error a primitive cannot be a member
new IterableWeakSet<number>();
// @ts-expect-error a member must be of the set's type
sockets.add('socket');

// IterableWeakMap<K extends WeakKey, V>: any value, primitives included.
const renders = new IterableWeakMap<Socket, number>();
expectTypeOf(renders.get({ id: 1 })).toEqualTypeOf<number | undefined>();
expectTypeOf(renders.set({ id: 1 }, 2)).toEqualTypeOf<IterableWeakMap<Socket, number>>();
expectTypeOf(renders.getOrInsert({ id: 1 }, 0)).toEqualTypeOf<number>();
expectTypeOf(renders.getOrInsertComputed({ id: 1 }, (socket) => socket.id)).toEqualTypeOf<number>();
expectTypeOf([...renders]).toEqualTypeOf<[Socket, number][]>();
expectTypeOf([...renders.keys()]).toEqualTypeOf<Socket[]>();
expectTypeOf([...renders.values()]).toEqualTypeOf<number[]>();
expectTypeOf(new IterableWeakMap([[{ id: 1 }, 'a']] as const)).toEqualTypeOf<
  IterableWeakMap<{ readonly id: 1 }, 'a'>
>();
// @ts-expect-error keys are held weakly: no primitives
new IterableWeakMap<string, number>();

// WeakValueMap<K, V extends WeakKey>: any key, values held weakly.
const parsed = new WeakValueMap<string, Socket>();
expectTypeOf(parsed.get('a')).toEqualTypeOf<Socket | undefined>();
expectTypeOf(parsed.getOrInsertComputed('a', (id) => ({ id: id.length }))).toEqualTypeOf<Socket>();
expectTypeOf([...parsed]).toEqualTypeOf<[string, Socket][]>();
parsed.forEach((value, key, map) => {
  expectTypeOf(value).toEqualTypeOf<Socket>();
  expectTypeOf(key).toEqualTypeOf<string>();
  expectTypeOf(map).toEqualTypeOf<WeakValueMap<string, Socket>>();
});
// @ts-expect-error values are held weakly: no primitives
new WeakValueMap<string, number>();

// Each is iterable where an Iterable is expected.
expectTypeOf(sockets).toMatchTypeOf<Iterable<Socket>>();
expectTypeOf(renders).toMatchTypeOf<Iterable<[Socket, number]>>();
expectTypeOf(parsed).toMatchTypeOf<Iterable<[string, Socket]>>();
