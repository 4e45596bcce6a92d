import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencyCodec } from './agency';
import { databaseLinkCodec } from './database-link';
import { digitizedFileRequestCodec, digitizedFileResponseCodec } from './digitized-file';
import { digitizedResultCodec } from './digitized-result';
import { digitizedResultRequestCodec } from './digitized-result-request';
import { digitizedResultResponseCodec } from './digitized-result-response';
import { dossierCodec } from './dossier';
import { dossierFeeCodec } from './dossier-fee';
import { dossierSupplementCodec } from './dossier-supplement';
import { fieldCodec } from './field';
import { otherAttachmentCodec } from './other-attachment';
import { ownerIdentityCodec } from './owner-identity';
import { paymentInitCodec } from './payment-init';
import { paymentReceiptCodec } from './payment-receipt';
import { procedureCodec } from './procedure';
import { progressStepCodec } from './progress-step';
import { resultDocumentCodec } from './result-document';
import { satisfactionSummaryCodec } from './satisfaction-summary';
import { submittedDocumentCodec } from './submitted-document';
import { arbitraryWire } from './examples/arbitrary-wire';
import { decodeWire, encodeWire, type WireCodec } from './wire-codec';

const cases: Record<string, unknown> = {
  Dossier: dossierCodec,
  SubmittedDocument: submittedDocumentCodec,
  DossierFee: dossierFeeCodec,
  OtherAttachment: otherAttachmentCodec,
  DossierSupplement: dossierSupplementCodec,
  ResultDocument: resultDocumentCodec,
  OwnerIdentity: ownerIdentityCodec,
  DatabaseLink: databaseLinkCodec,
  ProgressStep: progressStepCodec,
  Procedure: procedureCodec,
  Agency: agencyCodec,
  Field: fieldCodec,
  SatisfactionSummary: satisfactionSummaryCodec,
  DigitizedResult: digitizedResultCodec,
  DigitizedResultRequest: digitizedResultRequestCodec,
  DigitizedResultResponse: digitizedResultResponseCodec,
  DigitizedFileRequest: digitizedFileRequestCodec,
  DigitizedFileResponse: digitizedFileResponseCodec,
  PaymentReceipt: paymentReceiptCodec,
  PaymentInit: paymentInitCodec,
};

const runs = { numRuns: 100 };

const wireNames = (codec: unknown): string[] =>
  Object.keys((codec as { _zod: { def: { in: { _zod: { def: { shape: object } } } } } })._zod.def.in._zod.def.shape);

describe.each(Object.entries(cases))('%s codec', (_name, codec) => {
  const decode = (wire: unknown) => decodeWire(codec as WireCodec<unknown, unknown>, wire);
  const encode = (model: unknown) => encodeWire(codec as WireCodec<unknown, unknown>, model);
  const wires = arbitraryWire(codec);

  it('wire → model → wire is the identity for every valid wire object', () => {
    fc.assert(
      fc.property(wires, (wire) => {
        expect(encode(decode(wire))).toStrictEqual(wire);
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
        expect(encode(decode(withExtras))).toStrictEqual(withExtras);
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
        expect(decode(JSON.parse(JSON.stringify(encode(model))))).toStrictEqual(model);
      }),
      runs,
    );
  });
});
