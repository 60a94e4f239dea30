import { defineConfig } from 'vite';

// React without a plugin: Vite's own transform compiles TSX with the automatic JSX runtime.
// The build goes to web/dist, which the API serves (WEB_DIST_PATH) at the same origin.
export default defineConfig({
  root: __dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // The size that matters is the gzipped first load, checked against its budget after the build.
    chunkSizeWarningLimit: 1000,
    // Mantine marks its modules "use client" (for server components, which this app has none of).
    rolldownOptions: {
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
