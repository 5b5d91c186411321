import { defineConfig } from 'vitest/config';

// The Spring Boot app serves the built files from the classpath under /app/ (META-INF/resources/app/),
// so the bundle is written straight into Maven's target/classes and every asset URL starts with /app/.
export default defineConfig({
  base: '/app/',
  build: {
    outDir: 'target/classes/META-INF/resources/app',
    emptyOutDir: true,
    target: 'es2022',
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
