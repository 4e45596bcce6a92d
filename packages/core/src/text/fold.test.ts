import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldVietnamese } from './fold';

describe('foldVietnamese', () => {
  it('strips diacritics, đ and case, and collapses whitespace', () => {
    expect(foldVietnamese('Ea Búng')).toBe('ea bung');
    expect(foldVietnamese('EA BUNG')).toBe('ea bung');
    expect(foldVietnamese('  Đắk\tLắk \n ')).toBe('dak lak');
    expect(foldVietnamese('Thành phố Hồ Chí Minh')).toBe('thanh pho ho chi minh');
    expect(foldVietnamese('ĐỒNG THÁP')).toBe('dong thap');
    expect(foldVietnamese('Ỷ Ủ Ữ ự ỵ')).toBe('y u u u y');
  });

  it('accepts precomposed and decomposed input alike', () => {
    expect(foldVietnamese('Hu\u1ebf')).toBe(foldVietnamese('Hue\u0302\u0301'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 24 }),
        (s) => foldVietnamese(foldVietnamese(s)) === foldVietnamese(s),
      ),
    );
  });
});
