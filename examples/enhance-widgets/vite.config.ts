import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any path it is served under.
  base: './',
  server: { host: 'localhost' },
  preview: { host: 'localhost' },
});
