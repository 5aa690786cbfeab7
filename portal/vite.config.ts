import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// A static single-page app: `vite build` writes dist/, which any static server (or
// scripts/portal.sh) serves. It talks to a Civitas node directly; it has no server of its own.
export default defineConfig({
  plugins: [svelte()],
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1024 },
});
