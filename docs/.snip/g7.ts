import { createEqual, handle } from '@weakset-recipes/deep-equal';

class Tag {
  readonly #name: string;
  constructor(name: string) {
    this.#name = name;
  }
  get name(): string {
    return this.#name;
  }
}
class Folder {
  readonly #items: unknown[] = [];
  constructor(readonly title: string) {}
  get items(): unknown[] {
    return this.#items;
  }
}

const sameWorkspace = createEqual({
  handlers: [
    handle(Tag, (a, b) => a.name.toLowerCase() === b.name.toLowerCase()),
    handle(Folder, (a, b, equal) => a.title === b.title && equal(a.items, b.items)),
  ],
});

const build = (tag: string) => {
  const root = new Folder('root');
  root.items.push(new Tag(tag), root); // a folder that contains itself
  return root;
};
console.log(sameWorkspace(build('Urgent'), build('urgent'))); // true
console.log(sameWorkspace(build('Urgent'), build('later'))); // false

export {};
