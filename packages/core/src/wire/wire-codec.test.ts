import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { agencyCodec } from './agency';
import { decodeWire, encodeWire, wireSchemaOf } from './wire-codec';
import { WireFormatError } from './wire-format-error';

const wire = { MADONVI: '000.24.66.H66', TENDONVI: 'Ủy ban nhân dân xã Ea Bung', CAPDONVI: '4' };

describe('decodeWire / encodeWire / wireSchemaOf', () => {
  it('read and write one record through its codec, losslessly', () => {
    const agency = decodeWire(agencyCodec, wire);
    expect(agency).toStrictEqual({ code: '000.24.66.H66', name: 'Ủy ban nhân dân xã Ea Bung', level: '4' });
    expect(encodeWire(agencyCodec, agency)).toStrictEqual(wire);
  });

  it('throw WireFormatError naming every bad field, wire.format when decoding and wire.model when encoding', () => {
    const decoding = (() => {
      try {
        decodeWire(agencyCodec, { TENDONVI: 7 });
      } catch (e) {
        return e;
      }
    })() as WireFormatError;
    expect(decoding).toBeInstanceOf(WireFormatError);
    expect(decoding.code).toBe('wire.format');
    expect(decoding.issues.map((i) => [i.path, i.code])).toStrictEqual([
      ['MADONVI', 'wire.required'],
      ['TENDONVI', 'wire.type'],
    ]);
    expect(() => encodeWire(agencyCodec, { code: 1 } as never)).toThrow(
      expect.objectContaining({ code: 'wire.model' }),
    );
  });

  it('wireSchemaOf validates a wire object and returns it in portal names, one schema per codec', () => {
    const schema = wireSchemaOf(agencyCodec);
    expect(wireSchemaOf(agencyCodec)).toBe(schema);
    expect(z.parse(schema, wire)).toStrictEqual(wire);
    expect(z.safeParse(schema, { MADONVI: 1 }).success).toBe(false);
  });
});
