import { difference, equal } from '@weakset-recipes/deep-equal';

const saved = { user: { name: 'Ada', tags: new Set(['admin']) }, seen: new Date(0) };
const loaded = { user: { name: 'Ada', tags: new Set(['admin']) }, seen: new Date(0) };
equal(saved, loaded); // true

const edited = { user: { name: 'Ada', tags: new Set(['admin', 'owner']) }, seen: new Date(0) };
difference(saved, edited);
// { path: ['user', 'tags'], a: Set {'admin'}, b: Set {'admin', 'owner'}, reason: 'size' }

export {};
