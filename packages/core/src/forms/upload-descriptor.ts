import * as z from 'zod/mini';

/**
 * A file the gateway has already stored (`POST /v1/uploads` returns one). File fields of a
 * dossier form hold a list of these, never the bytes, so drafts stay small.
 *
 * @example
 * ```ts
 * const upload: UploadDescriptor = {
 *   id: 'upl_01J2…', name: 'giay-chung-sinh.pdf', size: 284_113,
 *   type: 'application/pdf', sha256: 'e3b0c442…',
 * };
 * ```
 */
export const uploadDescriptorSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(128), z.describe('Upload id issued by the gateway')),
    name: z.string().check(z.minLength(1), z.maxLength(255), z.describe('Original file name')),
    size: z.int().check(z.minimum(0), z.describe('Size in bytes')),
    type: z.string().check(z.minLength(1), z.maxLength(255), z.describe('MIME type, e.g. application/pdf')),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/), z.describe('SHA-256 of the bytes, lower-case hex')),
  })
  .check(z.describe('A stored upload: id, name, size, MIME type and SHA-256'));

/** A stored upload. See {@link uploadDescriptorSchema}. */
export type UploadDescriptor = z.infer<typeof uploadDescriptorSchema>;
