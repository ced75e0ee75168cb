import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies the API to a host started with `dotnet run --project src/Host`.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 900 },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:5080', ws: true },
      '/artifacts': 'http://127.0.0.1:5080',
    },
  },
});
