import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiPort = process.env.ENTENTE_API_PORT ?? '8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The Cypher console's chunk (CodeMirror and Neo4j's ANTLR Cypher parser, ~1.2 MB, ~280 kB gzipped)
    // loads only when the console opens; the map's own chunk stays well under the default limit.
    chunkSizeWarningLimit: 1300,
  },
});
