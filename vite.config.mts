import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is a static bundle served by Electron's app:// protocol or the loopback server;
// relative asset paths work under both.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Loaded from disk by an offline desktop app, not over a network: half a megabyte is fine.
    chunkSizeWarningLimit: 800,
    // Electron 45 ships Chromium 140.
    target: 'chrome120',
  },
});
