import { zipEntryNames } from './zip-entries';

/** A file type the gateway recognises from its content. */
export interface SniffedType {
  /** MIME type, e.g. `application/pdf`. */
  type: string;
  /** File name extensions (lower case, no dot) that may carry this type. */
  extensions: readonly string[];
}

const PDF: SniffedType = { type: 'application/pdf', extensions: ['pdf'] };
const JPEG: SniffedType = { type: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jfif', 'jpe'] };
const PNG: SniffedType = { type: 'image/png', extensions: ['png'] };
const WEBP: SniffedType = { type: 'image/webp', extensions: ['webp'] };
const HEIC: SniffedType = { type: 'image/heic', extensions: ['heic', 'heif'] };
const HEIF: SniffedType = { type: 'image/heif', extensions: ['heif', 'heic'] };
const TIFF: SniffedType = { type: 'image/tiff', extensions: ['tif', 'tiff'] };
const DOCX: SniffedType = {
  type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
};
const XLSX: SniffedType = {
  type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extensions: ['xlsx'],
};
const ZIP: SniffedType = { type: 'application/zip', extensions: ['zip'] };
const OLE: SniffedType = { type: 'application/x-ole-storage', extensions: ['doc', 'xls'] };

/** MIME types accepted by `POST /v1/uploads` unless configured otherwise. */
export const DEFAULT_UPLOAD_TYPES: readonly string[] = [PDF, JPEG, PNG, WEBP, HEIC, HEIF, TIFF, DOCX, XLSX].map(
  (t) => t.type,
);

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

function sniffZip(bytes: Uint8Array): SniffedType {
  const names = zipEntryNames(bytes);
  if (names === undefined) return ZIP;
  if (names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('word/'))) return DOCX;
    if (names.some((n) => n.startsWith('xl/'))) return XLSX;
  }
  return ZIP;
}

/**
 * The type of a file from its first bytes ("magic numbers"), never from its name or the
 * declared Content-Type. ZIP containers are told apart by their entries (DOCX has
 * `word/`, XLSX `xl/`). Returns `undefined` for anything unrecognised.
 *
 * @example
 * ```ts
 * sniffType(new TextEncoder().encode('%PDF-1.7 …'))?.type; // 'application/pdf'
 * ```
 */
export function sniffType(bytes: Uint8Array): SniffedType | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return WEBP;
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (HEIC_BRANDS.has(brand)) return HEIC;
    if (HEIF_BRANDS.has(brand)) return HEIF;
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return TIFF;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE;
  return undefined;
}

/** The lower-case extension of a file name without the dot, or `''`. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
