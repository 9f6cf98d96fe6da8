import { fileURLToPath } from 'node:url';
import babel from '@rolldown/plugin-babel';
import { defineConfig } from 'vite';

/*
 * The Vite 8 setup the brand docs give for `@branded`: Vite 8 compiles TypeScript with Oxc, which
 * leaves standard decorators as they are (oxc-project/oxc#9170), so the page dies on the `@`.
 * Babel lowers them first, only in the files that contain an `@`; Oxc then strips the types.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./app', import.meta.url)),
  base: './',
  // The minifier drops class names: keep them, for `Money.name` and the brand's error messages.
  build: { rolldownOptions: { output: { keepNames: true } } },
  plugins: [
    babel({
      presets: [
        {
          preset: () => ({ plugins: [['@babel/plugin-proposal-decorators', { version: '2023-11' }]] }),
          rolldown: { filter: { code: '@' } },
        },
      ],
    }),
  ],
});
