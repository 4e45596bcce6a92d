import type * as z from 'zod/mini';
import { uploadDescriptorSchema } from '../forms/upload-descriptor';

/**
 * Response body of `POST /v1/uploads` (one multipart file): `{ id, name, size, type, sha256 }`.
 * The same shape a file field of the dossier form holds (`UploadDescriptor`).
 *
 * @example
 * ```ts
 * const receipt = uploadReceiptSchema.parse(await response.json());
 * formData.documents.birthCertificate = [receipt];
 * ```
 */
export const uploadReceiptSchema = uploadDescriptorSchema;

/** See {@link uploadReceiptSchema}. */
export type UploadReceipt = z.infer<typeof uploadReceiptSchema>;
