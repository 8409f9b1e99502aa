// Builds the bare three.js cube page, the baseline the editor's start-up is compared with (`npm run bench`).

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { target: 'es2022' },
});
