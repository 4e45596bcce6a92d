import { describe, expect, it } from 'vitest';
import { formMessages } from './messages';

describe('form messages', () => {
  const codes = Object.keys(formMessages.texts.vi) as (keyof typeof formMessages.texts.vi)[];

  it('exist in Vietnamese and English for every code', () => {
    expect(Object.keys(formMessages.texts.en).sort()).toEqual([...codes].sort());
  });

  it.each(codes)(
    '%s says how to fix it (Vietnamese asks politely, English gives the action) and names the field once',
    (code) => {
      const vi = formMessages.texts.vi[code];
      const en = formMessages.texts.en[code];
      expect(vi).toMatch(/Vui lòng/);
      expect(en).toMatch(/\b(Enter|Select|Tick|Upload|Add|Remove|Choose|Unselect|Reload|Shorten|Check)\b/);
      expect(vi.split('{label}').length).toBeLessThanOrEqual(2);
      // The ID number message once read "CCCD phải là số … CCCD … hợp lệ": no message repeats its subject.
      expect(vi).not.toMatch(/định danh.*định danh|CCCD.*CCCD/);
    },
  );
});
