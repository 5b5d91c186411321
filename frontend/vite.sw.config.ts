import { defineConfig } from 'vite';

// The service worker is built on its own, as one classic script (sw.js) next to index.html: a module
// service worker would need a newer browser, and the app's chunks are not for a service worker.
export default defineConfig({
  publicDir: false,
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'target/classes/META-INF/resources/app',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: 'src/sw/service-worker.ts',
      formats: ['iife'],
      name: 'fugongServiceWorker',
      fileName: () => 'sw.js',
    },
  },
});
