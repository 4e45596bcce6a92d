import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencyCodec, decodeAgency, encodeAgency } from './agency';
import { databaseLinkCodec, decodeDatabaseLink, encodeDatabaseLink } from './database-link';
import {
  decodeDigitizedFileRequest,
  decodeDigitizedFileResponse,
  digitizedFileRequestCodec,
  digitizedFileResponseCodec,
  encodeDigitizedFileRequest,
  encodeDigitizedFileResponse,
} from './digitized-file';
import { decodeDigitizedResult, digitizedResultCodec, encodeDigitizedResult } from './digitized-result';
import {
  decodeDigitizedResultRequest,
  digitizedResultRequestCodec,
  encodeDigitizedResultRequest,
} from './digitized-result-request';
import {
  decodeDigitizedResultResponse,
  digitizedResultResponseCodec,
  encodeDigitizedResultResponse,
} from './digitized-result-response';
import { decodeDossier, dossierCodec, encodeDossier } from './dossier';
import { decodeDossierFee, dossierFeeCodec, encodeDossierFee } from './dossier-fee';
import { decodeDossierSupplement, dossierSupplementCodec, encodeDossierSupplement } from './dossier-supplement';
import { decodeField, encodeField, fieldCodec } from './field';
import { decodeOtherAttachment, encodeOtherAttachment, otherAttachmentCodec } from './other-attachment';
import { decodeOwnerIdentity, encodeOwnerIdentity, ownerIdentityCodec } from './owner-identity';
import { decodePaymentInit, encodePaymentInit, paymentInitCodec } from './payment-init';
import { decodePaymentReceipt, encodePaymentReceipt, paymentReceiptCodec } from './payment-receipt';
import { decodeProcedure, encodeProcedure, procedureCodec } from './procedure';
import { decodeProgressStep, encodeProgressStep, progressStepCodec } from './progress-step';
import { decodeResultDocument, encodeResultDocument, resultDocumentCodec } from './result-document';
import { decodeSatisfactionSummary, encodeSatisfactionSummary, satisfactionSummaryCodec } from './satisfaction-summary';
import { decodeSubmittedDocument, encodeSubmittedDocument, submittedDocumentCodec } from './submitted-document';
import { arbitraryWire } from './examples/arbitrary-wire';

interface Case {
  codec: unknown;
  decode: (input: unknown) => unknown;
  encode: (model: never) => unknown;
}

const cases: Record<string, Case> = {
  Dossier: { codec: dossierCodec, decode: decodeDossier, encode: encodeDossier },
  SubmittedDocument: {
    codec: submittedDocumentCodec,
    decode: decodeSubmittedDocument,
    encode: encodeSubmittedDocument,
  },
  DossierFee: { codec: dossierFeeCodec, decode: decodeDossierFee, encode: encodeDossierFee },
  OtherAttachment: { codec: otherAttachmentCodec, decode: decodeOtherAttachment, encode: encodeOtherAttachment },
  DossierSupplement: {
    codec: dossierSupplementCodec,
    decode: decodeDossierSupplement,
    encode: encodeDossierSupplement,
  },
  ResultDocument: { codec: resultDocumentCodec, decode: decodeResultDocument, encode: encodeResultDocument },
  OwnerIdentity: { codec: ownerIdentityCodec, decode: decodeOwnerIdentity, encode: encodeOwnerIdentity },
  DatabaseLink: { codec: databaseLinkCodec, decode: decodeDatabaseLink, encode: encodeDatabaseLink },
  ProgressStep: { codec: progressStepCodec, decode: decodeProgressStep, encode: encodeProgressStep },
  Procedure: { codec: procedureCodec, decode: decodeProcedure, encode: encodeProcedure },
  Agency: { codec: agencyCodec, decode: decodeAgency, encode: encodeAgency },
  Field: { codec: fieldCodec, decode: decodeField, encode: encodeField },
  SatisfactionSummary: {
    codec: satisfactionSummaryCodec,
    decode: decodeSatisfactionSummary,
    encode: encodeSatisfactionSummary,
  },
  DigitizedResult: { codec: digitizedResultCodec, decode: decodeDigitizedResult, encode: encodeDigitizedResult },
  DigitizedResultRequest: {
    codec: digitizedResultRequestCodec,
    decode: decodeDigitizedResultRequest,
    encode: encodeDigitizedResultRequest,
  },
  DigitizedResultResponse: {
    codec: digitizedResultResponseCodec,
    decode: decodeDigitizedResultResponse,
    encode: encodeDigitizedResultResponse,
  },
  DigitizedFileRequest: {
    codec: digitizedFileRequestCodec,
    decode: decodeDigitizedFileRequest,
    encode: encodeDigitizedFileRequest,
  },
  DigitizedFileResponse: {
    codec: digitizedFileResponseCodec,
    decode: decodeDigitizedFileResponse,
    encode: encodeDigitizedFileResponse,
  },
  PaymentReceipt: { codec: paymentReceiptCodec, decode: decodePaymentReceipt, encode: encodePaymentReceipt },
  PaymentInit: { codec: paymentInitCodec, decode: decodePaymentInit, encode: encodePaymentInit },
};

const runs = { numRuns: 100 };

const wireNames = (codec: unknown): string[] =>
  Object.keys((codec as { _zod: { def: { in: { _zod: { def: { shape: object } } } } } })._zod.def.in._zod.def.shape);

describe.each(Object.entries(cases))('%s codec', (_name, { codec, decode, encode }) => {
  const wires = arbitraryWire(codec);

  it('wire → model → wire is the identity for every valid wire object', () => {
    fc.assert(
      fc.property(wires, (wire) => {
        expect(encode(decode(wire) as never)).toStrictEqual(wire);
      }),
      runs,
    );
  });

  it('keeps fields a newer portal adds, and writes them back', () => {
    const extras = fc.dictionary(
      // zod drops a key named `__proto__` (prototype-pollution guard); nothing else is lost.
      fc.string({ minLength: 1 }).filter((key) => key !== '__proto__' && !wireNames(codec).includes(key)),
      fc.jsonValue(),
      { maxKeys: 3, noNullPrototype: true },
    );
    fc.assert(
      fc.property(wires, extras, (wire, extra) => {
        const withExtras = { ...(extra as object), ...(wire as object) };
        expect(encode(decode(withExtras) as never)).toStrictEqual(withExtras);
      }),
      { numRuns: 50 },
    );
  });

  it('model → wire → model is the identity for every valid model', () => {
    // Valid models are exactly the images of valid wire objects (the codec is a bijection);
    // generating them this way covers unknown enum values, blank dates and absent fields.
    fc.assert(
      fc.property(wires, (wire) => {
        const model = decode(wire);
        expect(decode(JSON.parse(JSON.stringify(encode(model as never))))).toStrictEqual(model);
      }),
      runs,
    );
  });
});
