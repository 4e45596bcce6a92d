import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.css';

/** The gateway's base URL: `VITE_DVC_ENDPOINT` at build time, else the local one `pnpm start` runs. */
const endpoint = import.meta.env.VITE_DVC_ENDPOINT ?? 'http://127.0.0.1:8787';
/** Mã cơ quan — UBND xã Ea Bung in the sandbox. */
const agency = import.meta.env.VITE_DVC_AGENCY ?? '000.50.20.H66';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App endpoint={endpoint} agency={agency} />
  </StrictMode>,
);
