/**
 * What the gateway returns for one stored file (`POST /v1/uploads`), the fields the
 * file input needs. Phase-2 widgets pass the public client's upload, which returns it.
 */
export interface UploadReceipt {
  /** Upload id, submitted with the dossier. */
  id: string;
  name?: string;
  size?: number;
  type?: string;
  sha256?: string;
}

/** Options the file input passes to an {@link Uploader}. */
export interface UploadOptions {
  /** Aborted when the user removes the file. */
  signal: AbortSignal;
  /** Report progress as a fraction between 0 and 1. */
  onProgress(fraction: number): void;
}

/**
 * Sends one file and resolves with its receipt. Injected by the page or by a
 * widget (e.g. `createPublicClient({ endpoint }).upload`).
 */
export type Uploader = (file: File, options: UploadOptions) => Promise<UploadReceipt>;
