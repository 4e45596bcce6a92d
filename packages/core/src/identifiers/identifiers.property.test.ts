import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAgencyCode } from './agency-code';
import { parseCitizenId } from './citizen-id';
import { parseDossierCode } from './dossier-code';
import { IdentifierError } from './identifier-error';
import { identifierMessages } from './messages';
import { parsePhone } from './phone';
import { parseProcedureCode } from './procedure-code';
import { parseTaxCode } from './tax-code';

const parsers = { parseAgencyCode, parseCitizenId, parseDossierCode, parsePhone, parseProcedureCode, parseTaxCode };

/** Returns normally or throws an IdentifierError with a catalogued code — nothing else. */
function returnsOrThrowsIdentifierError(parse: (value: string) => unknown, value: string): boolean {
  try {
    parse(value);
    return true;
  } catch (error) {
    return (
      error instanceof IdentifierError && error.code in identifierMessages.texts.vi && error.messages.en.length > 0
    );
  }
}

const inputs = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[0-9 .+-]{0,16}$/),
  fc.stringMatching(/^[0-9A-Z.-]{0,30}$/),
  fc.stringMatching(/^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2})?\.H\d{2}$/),
  fc.stringMatching(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}$/),
);

describe('every identifier parser', () => {
  for (const [name, parse] of Object.entries(parsers)) {
    it(`${name} returns or throws IdentifierError for arbitrary strings`, () => {
      fc.assert(
        fc.property(inputs, (value) => returnsOrThrowsIdentifierError(parse, value)),
        { numRuns: 600 },
      );
    });
    it(`${name} rejects non-strings with identifier.not-a-string`, () => {
      for (const value of [undefined, null, 42, {}, ['1']]) {
        expect(() => parse(value as unknown as string)).toThrow(
          expect.objectContaining({ code: 'identifier.not-a-string' }),
        );
      }
    });
  }

  it('has the same codes in vi and en', () => {
    expect(Object.keys(identifierMessages.texts.vi).sort()).toEqual(Object.keys(identifierMessages.texts.en).sort());
  });
});
