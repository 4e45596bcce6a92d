import { defineMessages } from '@dvc-kit/core';
import { describe, expect, it } from 'vitest';
import { GatewayError, gatewayError } from './gateway-error';

const book = defineMessages({
  vi: { 'thing.too-many': 'Tối đa {max} mục.' },
  en: { 'thing.too-many': 'At most {max} items.' },
});

describe('gatewayError', () => {
  it("takes the code and both texts from the book, placeholders filled, and keeps the error's options", () => {
    const cause = new Error('inner');
    const error = gatewayError(book, 'thing.too-many', {
      status: 422,
      params: { max: 3 },
      headers: { 'retry-after': '5' },
      cause,
    });
    expect(error).toBeInstanceOf(GatewayError);
    expect([error.code, error.status, error.messages, error.headers, error.cause]).toEqual([
      'thing.too-many',
      422,
      { vi: 'Tối đa 3 mục.', en: 'At most 3 items.' },
      { 'retry-after': '5' },
      cause,
    ]);
  });
});
