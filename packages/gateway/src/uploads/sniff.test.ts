import { describe, expect, it } from 'vitest';
import {
  sampleDocx,
  sampleHeic,
  sampleJpeg,
  samplePdf,
  samplePng,
  sampleWebp,
  sampleXlsx,
  zip,
} from '../../test/files';
import { extensionOf, sniffType } from './sniff';
import { zipEntryNames } from './zip-entries';

describe('sniffType', () => {
  it.each([
    ['pdf', samplePdf(), 'application/pdf'],
    ['jpeg', sampleJpeg(), 'image/jpeg'],
    ['png', samplePng(), 'image/png'],
    ['webp', sampleWebp(), 'image/webp'],
    ['heic', sampleHeic(), 'image/heic'],
    ['docx', sampleDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', sampleXlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['zip', zip({ 'a.txt': 'hello' }), 'application/zip'],
  ])('recognises %s from its bytes', (_, bytes, type) => {
    expect(sniffType(bytes)?.type).toBe(type);
  });

  it('does not recognise text, HTML or executables', () => {
    const enc = new TextEncoder();
    expect(sniffType(enc.encode('hello, this is not a PDF'))).toBeUndefined();
    expect(sniffType(enc.encode('<html><script>alert(1)</script>'))).toBeUndefined();
    expect(sniffType(Uint8Array.from([0x4d, 0x5a, 0x90, 0]))).toBeUndefined();
    expect(sniffType(new Uint8Array())).toBeUndefined();
  });

  it('treats a truncated ZIP as a plain ZIP', () => {
    const docx = sampleDocx();
    expect(sniffType(docx.subarray(0, docx.length - 10))?.type).toBe('application/zip');
    expect(zipEntryNames(docx)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });

  it('reads extensions', () => {
    expect(extensionOf('Giấy khai sinh.PDF')).toBe('pdf');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('noext')).toBe('');
  });
});
