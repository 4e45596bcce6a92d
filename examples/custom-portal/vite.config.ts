import { defineConfig } from 'vite';

// No React plugin needed: Vite 8 compiles JSX itself (oxc) with the automatic runtime.
// Add @vitejs/plugin-react if you want Fast Refresh while developing.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2022', chunkSizeWarningLimit: 400 },
  // 5175 / 4175: not the docs' 5174 / 4173 nor the commune site's 5173, so all run side by side;
  // `pnpm start`'s gateway allows these origins (scripts/lib/services.mjs EXAMPLE_ORIGINS).
  server: { port: 5175, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4175, strictPort: true, host: '127.0.0.1' },
});
