import { expect } from '@open-wc/testing';
import { registerLocale, translate } from './locale-registry';

describe('translate (internal/i18n)', () => {
  before(() => {
    registerLocale('vi', { 'test.greeting': 'Xin chào {name}' });
    registerLocale('en', { 'test.greeting': 'Hello {name}' });
    registerLocale('ede', { 'test.only-ede': 'Ê-đê' }, { fallback: 'vi' });
  });

  it("takes core's order (code, params, language) and falls back along the language chain", () => {
    expect(translate('test.greeting', { name: 'Lan' }, 'en')).to.equal('Hello Lan');
    expect(translate('test.greeting', { name: 'Lan' })).to.equal('Xin chào Lan');
    expect(translate('test.greeting', { name: 'Lan' }, 'ede')).to.equal('Xin chào Lan');
    expect(translate('test.only-ede', undefined, 'ede')).to.equal('Ê-đê');
    expect(translate('test.unknown', undefined, 'en', { vi: 'Lỗi', en: 'Failure' })).to.equal('Failure');
    expect(translate('test.unknown', undefined, 'en')).to.equal('test.unknown');
  });

  it('still answers the deprecated order (language, code, params, localized) the same', () => {
    expect(translate('en', 'test.greeting', { name: 'Lan' })).to.equal(
      translate('test.greeting', { name: 'Lan' }, 'en'),
    );
    expect(translate('vi', 'test.unknown', undefined, { vi: 'Lỗi', en: 'Failure' })).to.equal('Lỗi');
  });
});
