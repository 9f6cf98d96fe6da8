import { difference, equal } from '@weakset-recipes/deep-equal';

interface TreeNode { name: string; parent?: TreeNode; children: TreeNode[] }
const tree = (leaf: string): TreeNode => {
  const root: TreeNode = { name: 'root', children: [] };
  root.children.push({ name: leaf, parent: root, children: [] });
  return root;
};

equal(tree('a'), tree('a')); // true
difference(tree('a'), tree('b')); // { path: ['children', 0, 'name'], a: 'a', b: 'b', reason: 'value' }

export {};
