import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { encodeQr, formatBits, type QrMatrix } from './qr-encode';
import { qrRects, qrViewBoxSide } from './qr-svg';

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string; version: number } | null;

/** jsQR (an independent decoder, devDependency) is a UMD file: load it as a classic script. */
async function loadJsQr(): Promise<JsQr> {
  const w = window as unknown as { jsQR?: JsQr };
  if (!w.jsQR) {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/packages/elements/node_modules/jsqr/dist/jsQR.js';
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
  }
  return w.jsQR!;
}

/** Renders the SVG the receipt shows, rasterises it and decodes it with jsQR. */
async function decode(qr: QrMatrix): Promise<string | undefined> {
  const side = qrViewBoxSide(qr);
  const host = await fixture(
    html`<div><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width=${side * 6} height=${side * 6}>${qrRects(qr)}</svg></div>`,
  );
  const markup = new XMLSerializer().serializeToString(host.querySelector('svg')!);
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side * 6;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return (await loadJsQr())(pixels.data, canvas.width, canvas.height)?.data;
}

/** Reads the first copy of the 15 format bits back out of the matrix. */
function readFormat(qr: QrMatrix): number {
  const at = (x: number, y: number) => (qr.dark[y * qr.size + x] ? 1 : 0);
  const coords: [number, number][] = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ];
  return coords.reduce((n, [x, y], i) => n | (at(x, y) << i), 0);
}

describe('QR encoder (byte mode, level M, versions 1–6)', () => {
  for (const [text, version] of [
    ['HELLO', 1],
    ['000.24.66.H66-250701-0007', 2],
    ['https://dvc.xa-ea-bung.gov.vn/tra-cuu?ma=000.24.66.H66', 4],
    ['Hồ sơ 000.00.06.H56-231027-0361 — Đăng ký khai sinh, Xã Ea Búng, tỉnh Đắk Lắk', 6],
    ['A'.repeat(80), 5],
    ['0'.repeat(40), 3],
    ['x'.repeat(106), 6],
  ] as const) {
    it(`"${text.slice(0, 24)}…" → version ${version}, decodes back with jsQR`, async () => {
      const qr = encodeQr(text);
      expect(qr.version).to.equal(version);
      expect(qr.size).to.equal(17 + 4 * version);
      expect(await decode(qr)).to.equal(text);
    });
  }

  it('writes level M format bits with a valid BCH code for the chosen mask', () => {
    const qr = encodeQr('000.24.66.H66-250701-0007');
    const bits = readFormat(qr);
    expect(bits).to.equal(formatBits(qr.mask));
    const unmasked = bits ^ 0x5412;
    expect(unmasked >>> 13, 'EC level M = 00').to.equal(0);
    expect((unmasked >>> 10) & 7).to.equal(qr.mask);
    // Known value from ISO/IEC 18004 table C.1: level M, mask 0 → 101010000010010.
    expect(formatBits(0)).to.equal(0b101010000010010);
  });

  it('refuses text longer than version 6 holds, with a clear error', () => {
    expect(() => encodeQr('x'.repeat(107)))
      .to.throw(/too long/)
      .with.property('code', 'qr.too-long');
  });
});
