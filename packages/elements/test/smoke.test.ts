import { expect } from '@open-wc/testing';
import { DvcError } from '@dvc-kit/core';

describe('browser test runner', () => {
  it('runs in Chromium with workspace sources', () => {
    expect(navigator.userAgent).to.contain('Chrome');
    expect(new DvcError('x', { vi: 'a', en: 'b' }).code).to.equal('x');
  });
});
