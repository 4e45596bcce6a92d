/**
 * Reed–Solomon error correction over GF(256) with the QR polynomial x⁸+x⁴+x³+x²+1
 * (0x11d), as ISO/IEC 18004 §7.5.2 specifies. Only what the QR encoder needs.
 */
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x = (x << 1) ^ (x & 0x80 ? 0x11d : 0);
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;

const mul = (a: number, b: number) => (a && b ? EXP[LOG[a]! + LOG[b]!]! : 0);

/** The generator polynomial of degree `n` (coefficients, highest first, leading 1 dropped). */
function generator(n: number): Uint8Array {
  const g = new Uint8Array(n);
  g[n - 1] = 1;
  for (let i = 0, root = 1; i < n; i++, root = mul(root, 2)) {
    for (let j = 0; j < n; j++) g[j] = mul(g[j]!, root) ^ (g[j + 1] ?? 0);
  }
  return g;
}

/** The `n` error-correction codewords of `data`. */
export function reedSolomon(data: ArrayLike<number>, n: number): Uint8Array {
  const g = generator(n);
  const rem = new Uint8Array(n);
  for (let i = 0; i < data.length; i++) {
    const factor = data[i]! ^ rem[0]!;
    rem.copyWithin(0, 1);
    rem[n - 1] = 0;
    for (let j = 0; j < n; j++) rem[j] = rem[j]! ^ mul(g[j]!, factor);
  }
  return rem;
}
