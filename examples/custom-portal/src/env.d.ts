interface ImportMetaEnv {
  /** The gateway's base URL. @default 'http://127.0.0.1:8787' */
  readonly VITE_DVC_ENDPOINT?: string;
  /** Mã cơ quan of the receiving agency. @default '000.50.20.H66' (UBND xã Ea Bung in the sandbox) */
  readonly VITE_DVC_AGENCY?: string;
}
