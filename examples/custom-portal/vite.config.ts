import { defineConfig } from 'vite';

// No React plugin needed: Vite 8 compiles JSX itself (oxc) with the automatic runtime.
// Add @vitejs/plugin-react if you want Fast Refresh while developing.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2022', chunkSizeWarningLimit: 400 },
  server: { port: 5174, host: '127.0.0.1' },
});
