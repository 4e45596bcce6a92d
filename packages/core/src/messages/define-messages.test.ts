import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineMessages, type Localized } from './define-messages';

const book = defineMessages({
  vi: { 'lookup.not-found': 'Không tìm thấy hồ sơ {code}.', 'lookup.locked': 'Tạm khoá.' },
  en: { 'lookup.not-found': 'Dossier {code} was not found.', 'lookup.locked': 'Locked for now.' },
});

describe('defineMessages', () => {
  it('localizes in both languages, or in one, with (code, params, language)', () => {
    expect(book.localize('lookup.not-found', { code: 'H66-1' })).toStrictEqual({
      vi: 'Không tìm thấy hồ sơ H66-1.',
      en: 'Dossier H66-1 was not found.',
    });
    expect(book.localize('lookup.not-found', { code: 'H66-1' }, 'en')).toBe('Dossier H66-1 was not found.');
    expect(book.localize('lookup.locked', undefined, 'vi')).toBe('Tạm khoá.');
  });

  it('keeps a placeholder without a value visible', () => {
    expect(book.localize('lookup.not-found', {}, 'vi')).toBe('Không tìm thấy hồ sơ {code}.');
  });

  it('types its codes, and knows them at run time', () => {
    expectTypeOf(book.codes).toEqualTypeOf<readonly ('lookup.not-found' | 'lookup.locked')[]>();
    expectTypeOf(book.localize('lookup.locked')).toEqualTypeOf<Localized>();
    // @ts-expect-error -- a code the book does not define
    book.localize('lookup.nope');
    expect(book.codes).toStrictEqual(['lookup.not-found', 'lookup.locked']);
    expect(book.has('lookup.locked')).toBe(true);
    expect(book.has('nope')).toBe(false);
  });

  it('requires English for every Vietnamese code', () => {
    // @ts-expect-error -- 'b' has no English text
    defineMessages({ vi: { a: 'A', b: 'B' }, en: { a: 'A' } });
  });
});
