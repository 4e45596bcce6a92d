import { createHash } from 'node:crypto';
import {
  FormValidationError,
  dossierSubmissionSchema,
  dueDate,
  fromSubmissionParts,
  statusInfo,
  validateFormData,
  vietnamDateKey,
} from '@dvc-kit/core';
import type { DossierReceipt, DossierSubmission, FileField, UploadDescriptor } from '@dvc-kit/core';
import { findUnit } from '@dvc-kit/core/units';
import type { Context } from 'hono';
import type { Catalogue } from '../catalogue/catalogue';
import { gatewayError } from '../errors/gateway-error';
import { dossierMessages } from './messages';
import type { GatewayEnv } from '../http/env';
import { readJsonBody } from '../http/validate';
import type { GatewayStorage } from '../storage/types';
import { FULL_CODE_SPACE, codeInSpace } from './code-space';
import type { CodeSpace } from './code-space';
import { isoVietnam } from './iso-time';
import { asJson } from './stored-dossier';
import { receivedEventMessage } from '../notifications/events';
import type { StoredAccount, StoredFile, StoredSubmission } from './stored-dossier';

/** Topic of the outbox message that pushes a new dossier to the portal. */
export const SYNC_DOSSIER_TOPIC = 'portal.sync-dossier';

const KEY = /^[\x21-\x7e]{8,200}$/;

/** JSON with object keys sorted, so equal bodies hash equally whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const unprocessable = (code: 'dossier.unknown-procedure' | 'dossier.unknown-agency', path: string) =>
  gatewayError(dossierMessages, code, {
    status: 422,
    errors: [{ path, code, messages: dossierMessages.localize(code) }],
  });

/** Dependencies of {@link handleSubmitDossier}. */
export interface SubmitDeps {
  storage: GatewayStorage;
  catalogue: Catalogue;
  /**
   * The signed-in applicant's account, when the gateway has sign-in: checks the session and
   * that the verified applicant fields were not changed (throws otherwise). @default none
   */
  account?: (c: Context<GatewayEnv>, applicant: DossierSubmission['applicant']) => Promise<StoredAccount | undefined>;
  /** The gateway's dossier code range. @default 1–9999 */
  codeSpace?: CodeSpace;
}

/**
 * `POST /v1/dossiers`: validate against the procedure's form (documents present, file
 * types and sizes, identifiers), then in ONE transaction claim the Idempotency-Key,
 * number the dossier (per agency per Vietnam day), store it and its outbox message. Only
 * after that commit does the client get 201 with the receipt; the portal sync happens
 * later from the outbox. Same key + same body → the same receipt; another body → 409.
 */
export async function handleSubmitDossier(c: Context<GatewayEnv>, deps: SubmitDeps): Promise<Response> {
  const idempotencyKey = c.req.header('idempotency-key') ?? '';
  if (!KEY.test(idempotencyKey)) {
    throw gatewayError(dossierMessages, 'dossier.idempotency-key-required', {
      status: 400,
      errors: [
        {
          path: 'Idempotency-Key',
          code: 'dossier.idempotency-key-required',
          messages: dossierMessages.localize('dossier.idempotency-key-required.field'),
        },
      ],
    });
  }
  // The applicant keeps the extra fields of the form's applicant section (core's loose
  // `applicantSchema`); `validateFormData` below refuses keys the section does not define.
  const { data: submission, raw } = await readJsonBody(c, dossierSubmissionSchema);
  const account = await deps.account?.(c, submission.applicant);

  const procedure = await deps.catalogue.procedure(submission.procedureCode);
  if (procedure === undefined) {
    throw unprocessable('dossier.unknown-procedure', 'procedureCode');
  }
  if ((await deps.catalogue.agency(submission.agencyCode)) === undefined) {
    throw unprocessable('dossier.unknown-agency', 'agencyCode');
  }

  const uploads = new Map<string, UploadDescriptor>();
  await Promise.all(
    submission.files.map(async ({ uploadId }) => {
      const upload = await deps.storage.getUpload(uploadId);
      if (upload)
        uploads.set(uploadId, {
          id: upload.id,
          name: upload.name,
          size: upload.size,
          type: upload.type,
          sha256: upload.sha256,
        });
    }),
  );
  const formData = fromSubmissionParts(procedure.form, submission, (id) => uploads.get(id));
  const result = validateFormData(procedure.form, formData, {
    communeInProvince: (commune, province) => findUnit(commune)?.provinceCode === province,
  });
  if (!result.valid) throw new FormValidationError(result.errors);

  const fileFields = new Map<string, FileField>();
  for (const section of procedure.form.sections) {
    for (const field of section.fields) if (field.kind === 'file') fileFields.set(`${section.id}.${field.id}`, field);
  }
  const files: StoredFile[] = submission.files.map(({ slot, uploadId }) => {
    const upload = uploads.get(uploadId) as UploadDescriptor;
    const documentCode = fileFields.get(slot)?.documentCode;
    return {
      slot,
      uploadId,
      name: upload.name,
      type: upload.type,
      size: upload.size,
      sha256: upload.sha256,
      ...(documentCode ? { documentCode } : {}),
    };
  });

  const receivedAt = new Date();
  const due = dueDate(receivedAt, procedure.processingTime.amount, procedure.processingTime.unit);
  const label = statusInfo('registered')?.label;
  const { dossier, outcome } = await deps.storage.submitDossier({
    idempotencyKey,
    bodyHash: createHash('sha256').update(canonicalJson(raw)).digest('hex'),
    agency: submission.agencyCode,
    day: vietnamDateKey(receivedAt),
    now: receivedAt,
    build: (sequence) => {
      const code = codeInSpace(submission.agencyCode, receivedAt, sequence, deps.codeSpace ?? FULL_CODE_SPACE);
      const receipt: DossierReceipt = {
        code,
        procedureCode: procedure.code,
        procedureName: procedure.name,
        agencyCode: submission.agencyCode,
        receivedAt: isoVietnam(receivedAt),
        dueAt: isoVietnam(due),
        status: 'registered',
        ...(label ? { statusLabel: label } : {}),
      };
      const payload: StoredSubmission = {
        submission,
        procedureName: procedure.name,
        fieldCode: procedure.field.code,
        fieldName: procedure.field.name.vi,
        receivedAt: receipt.receivedAt,
        dueAt: receipt.dueAt,
        files,
        ...(account ? { account } : {}),
      };
      return {
        code,
        procedure: procedure.code,
        payload: asJson(payload),
        receipt: asJson(receipt),
        outbox: [
          { topic: SYNC_DOSSIER_TOPIC, dossierCode: code, payload: { code } },
          receivedEventMessage(code, receivedAt),
        ],
        ...(account ? { account: account.techId } : {}),
        uploadIds: files.map((f) => f.uploadId),
      };
    },
  });
  c.header('location', `/v1/dossiers/${encodeURIComponent(dossier.code)}`);
  if (outcome === 'replayed') c.header('idempotent-replayed', 'true');
  return c.json(dossier.receipt as DossierReceipt, 201);
}
