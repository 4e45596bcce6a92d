import { expect } from '@open-wc/testing';
import { downscaleImage } from './downscale';

async function image(width: number, height: number, type: string): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#3a6';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#fff';
  ctx.fillRect(10, 10, width / 3, height / 5);
  return new File([await canvas.convertToBlob({ type, quality: 1 })], `photo.${type.split('/')[1]}`, { type });
}

describe('downscaleImage', () => {
  it('redraws a photo whose long edge exceeds 2000 px at 2000 px, as JPEG', async () => {
    const out = await downscaleImage(await image(3000, 4000, 'image/jpeg'));
    const bitmap = await createImageBitmap(out);
    expect([bitmap.width, bitmap.height]).to.deep.equal([1500, 2000]);
    expect(out.type).to.equal('image/jpeg');
  });

  it('leaves small images, PDFs and HEIC untouched', async () => {
    const small = await image(800, 600, 'image/png');
    expect(await downscaleImage(small)).to.equal(small);
    const pdf = new File(['%PDF-1.7'], 'a.pdf', { type: 'application/pdf' });
    expect(await downscaleImage(pdf)).to.equal(pdf);
    const heic = new File(['x'], 'a.heic', { type: 'image/heic' });
    expect(await downscaleImage(heic)).to.equal(heic);
  });
});
