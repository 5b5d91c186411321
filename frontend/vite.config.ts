import { defineConfig } from 'vitest/config';
import { version } from './package.json';

// The Spring Boot app serves the built files from the classpath under /app/ (META-INF/resources/app/),
// so the bundle is written straight into Maven's target/classes and every asset URL starts with /app/.
export default defineConfig({
  base: '/app/',
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  build: {
    outDir: 'target/classes/META-INF/resources/app',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      output: {
        // Firebase (web push) is loaded only by browsers that get pushes: one chunk of its own
        manualChunks: (id) => (/[\\/]node_modules[\\/](@?firebase)[\\/]/.test(id) ? 'firebase' : undefined),
      },
    },
  },
  server: {
    proxy: {
      // a backend started locally (mvn spring-boot:run) answers the API during development
      '/api': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.ts'],
    restoreMocks: true,
  },
});
