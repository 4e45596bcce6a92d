import { DvcError } from '@dvc-kit/core';
import { reedSolomon } from './reed-solomon';

/** A QR symbol: `size`×`size` modules, `dark[y * size + x]` true for a dark module. */
export interface QrMatrix {
  /** Version 1–6. */
  version: number;
  /** Modules per side (17 + 4 × version). */
  size: number;
  /** Mask pattern 0–7 chosen by the lowest penalty. */
  mask: number;
  /** Row-major module colours. */
  dark: boolean[];
}

// Error correction level M, versions 1–6 (ISO/IEC 18004 table 9): total codewords,
// EC codewords per block, number of (equal) blocks.
const TOTAL = [0, 26, 44, 70, 100, 134, 172];
const EC_PER_BLOCK = [0, 10, 16, 26, 18, 24, 16];
const BLOCKS = [0, 1, 1, 1, 2, 2, 4];
const FORMAT_M = 0; // EC level M's format bits are 00

const dataCodewords = (v: number) => TOTAL[v]! - EC_PER_BLOCK[v]! * BLOCKS[v]!;

/**
 * Encodes `text` (UTF-8, byte mode) as a QR code with error correction level M in the
 * smallest version 1–6 that fits (up to 106 bytes) — enough for a dossier code.
 * Throws `DvcError` `qr.too-long` for longer text.
 *
 * @example
 * ```ts
 * const qr = encodeQr('000.24.66.H66-250701-0007'); // version 2, 25×25 modules
 * ```
 */
export function encodeQr(text: string): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  const version = [1, 2, 3, 4, 5, 6].find((v) => bytes.length + 2 <= dataCodewords(v));
  if (!version) {
    throw new DvcError('qr.too-long', {
      vi: `Nội dung mã QR quá dài (${bytes.length} byte, tối đa 106).`,
      en: `QR content too long (${bytes.length} bytes, at most 106).`,
    });
  }
  const codewords = interleave(version, dataBits(bytes, dataCodewords(version)));
  const size = 17 + 4 * version;
  let best: QrMatrix | undefined;
  let bestPenalty = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const qr = build(version, size, codewords, mask);
    const p = penalty(qr.dark, size);
    if (p < bestPenalty) [best, bestPenalty] = [qr, p];
  }
  return best!;
}

/** Mode indicator, count, bytes, terminator and pad codewords. */
function dataBits(bytes: Uint8Array, capacity: number): Uint8Array {
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  push(4, 4);
  push(bytes.length, 8);
  bytes.forEach((b) => push(b, 8));
  push(0, Math.min(4, capacity * 8 - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  const out = new Uint8Array(capacity);
  for (let i = 0; i < bits.length; i += 8) out[i / 8] = parseInt(bits.slice(i, i + 8).join(''), 2);
  for (let i = bits.length / 8, pad = 0xec; i < capacity; i++, pad ^= 0xec ^ 0x11) out[i] = pad;
  return out;
}

/** Splits data into blocks, adds EC codewords, interleaves (§7.6). */
function interleave(version: number, data: Uint8Array): number[] {
  const blocks = BLOCKS[version]!;
  const ecLength = EC_PER_BLOCK[version]!;
  const blockLength = data.length / blocks;
  const parts = Array.from({ length: blocks }, (_, b) => data.subarray(b * blockLength, (b + 1) * blockLength));
  const ecs = parts.map((p) => reedSolomon(p, ecLength));
  const out: number[] = [];
  for (let i = 0; i < blockLength; i++) parts.forEach((p) => out.push(p[i]!));
  for (let i = 0; i < ecLength; i++) ecs.forEach((e) => out.push(e[i]!));
  return out;
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

function build(version: number, size: number, codewords: number[], mask: number): QrMatrix {
  const dark: boolean[] = new Array(size * size).fill(false);
  const reserved: boolean[] = new Array(size * size).fill(false);
  const set = (x: number, y: number, on: boolean) => {
    dark[y * size + x] = on;
    reserved[y * size + x] = true;
  };
  // Timing patterns, then finders (with separators) and the alignment pattern over them.
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx,
          y = cy + dy;
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && y >= 0 && x < size && y < size) set(x, y, d !== 2 && d !== 4);
      }
    }
  }
  if (version > 1) {
    const c = size - 7;
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) set(c + dx, c + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
  }
  drawFormat(set, size, mask); // reserves the format areas (redrawn below with the same bits)
  // Data, in the two-column zigzag from the bottom right (§7.7.3), masked.
  let bit = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? size - 1 - vert : vert;
        if (reserved[y * size + x]) continue;
        const on = bit < codewords.length * 8 && ((codewords[bit >>> 3]! >>> (7 - (bit & 7))) & 1) === 1;
        bit++;
        dark[y * size + x] = on !== MASKS[mask]!(x, y);
      }
    }
  }
  return { version, size, mask, dark };
}

/** The 15 format bits (level M + mask, BCH-protected, XOR-masked) in both copies. */
export function formatBits(mask: number): number {
  const data = (FORMAT_M << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

function drawFormat(set: (x: number, y: number, on: boolean) => void, size: number, mask: number): void {
  const bits = formatBits(mask);
  const b = (i: number) => ((bits >>> i) & 1) === 1;
  for (let i = 0; i <= 5; i++) set(8, i, b(i));
  set(8, 7, b(6));
  set(8, 8, b(7));
  set(7, 8, b(8));
  for (let i = 9; i < 15; i++) set(14 - i, 8, b(i));
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, b(i));
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, b(i));
  set(8, size - 8, true); // the dark module
}

/** The mask penalty of §7.8.3 (runs, 2×2 blocks, finder-like patterns, balance). */
function penalty(dark: boolean[], size: number): number {
  let score = 0;
  const at = (x: number, y: number) => dark[y * size + x]!;
  for (let pass = 0; pass < 2; pass++) {
    for (let a = 0; a < size; a++) {
      let run = 1;
      let line = '';
      for (let b = 0; b < size; b++) {
        const on = pass ? at(a, b) : at(b, a);
        line += on ? '1' : '0';
        if (b > 0 && on === (pass ? at(a, b - 1) : at(b - 1, a))) {
          run++;
          if (run === 5) score += 3;
          else if (run > 5) score++;
        } else run = 1;
      }
      score += 40 * (line.match(/(?=10111010000|00001011101)/g)?.length ?? 0);
    }
  }
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < size - 1; x++) {
      const c = at(x, y);
      if (c === at(x + 1, y) && c === at(x, y + 1) && c === at(x + 1, y + 1)) score += 3;
    }
  }
  const darkCount = dark.filter(Boolean).length;
  return score + 10 * Math.floor(Math.abs((darkCount * 100) / (size * size) - 50) / 5);
}
