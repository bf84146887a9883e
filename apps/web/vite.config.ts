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
  },
});
