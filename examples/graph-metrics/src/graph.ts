/** A module of a program: its size in bytes and the modules it imports, in import order. */
export interface Module {
  name: string;
  size: number;
  imports: Module[];
}

function defineModules(
  sizes: Record<string, number>,
  imports: Record<string, string[]>,
): Map<string, Module> {
  const modules = new Map<string, Module>();
  for (const [name, size] of Object.entries(sizes)) modules.set(name, { name, size, imports: [] });
  for (const [name, targets] of Object.entries(imports)) {
    const module = modules.get(name)!;
    for (const target of targets) {
      const imported = modules.get(target);
      if (!imported) throw new Error(`${name} imports ${target}, which is not a module of the graph`);
      module.imports.push(imported);
    }
  }
  return modules;
}

/** A small app with the two cycles real apps grow: a store and its actions, and a UI trio. */
export function appGraph(): { entry: Module; modules: Module[] } {
  const modules = defineModules(
    {
      'app.ts': 1_200,
      'router.ts': 2_400,
      'store.ts': 3_100,
      'actions.ts': 1_800,
      'api.ts': 2_700,
      'utils.ts': 900,
      'ui/button.ts': 1_500,
      'ui/theme.ts': 1_100,
      'ui/icons.ts': 4_200,
    },
    {
      'app.ts': ['router.ts', 'store.ts', 'ui/button.ts'],
      'router.ts': ['store.ts', 'api.ts', 'utils.ts'],
      'store.ts': ['actions.ts', 'utils.ts'],
      'actions.ts': ['store.ts', 'api.ts'],
      'api.ts': ['utils.ts'],
      'ui/button.ts': ['ui/theme.ts', 'utils.ts'],
      'ui/theme.ts': ['ui/icons.ts'],
      'ui/icons.ts': ['ui/button.ts'],
    },
  );
  return { entry: modules.get('app.ts')!, modules: [...modules.values()] };
}

/**
 * A generated graph of `count` modules, shaped like a big app: a wide tree of imports, shared
 * utilities, and a cycle wherever a leaf imports back up to its grandparent.
 */
export function generatedGraph(count: number, seed: number): Module {
  const modules: Module[] = Array.from({ length: count }, (_, index) => ({
    name: `m${seed}-${index}.ts`,
    size: 500 + ((index * 7919 + seed) % 4000),
    imports: [],
  }));
  modules.forEach((module, index) => {
    for (const child of [index * 2 + 1, index * 2 + 2]) {
      const imported = modules[child];
      if (imported) module.imports.push(imported);
    }
    const utility = modules[count - 1 - (index % 8)];
    if (utility && utility !== module) module.imports.push(utility);
    const grandparent = modules[Math.floor((index - 3) / 4)];
    if (module.imports.length === 1 && grandparent) module.imports.push(grandparent);
  });
  return modules[0]!;
}
