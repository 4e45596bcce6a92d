import { expect } from '@open-wc/testing';

describe('browser test runner', () => {
  it('runs in Chromium', () => {
    expect(navigator.userAgent).to.contain('Chrome');
  });
});
