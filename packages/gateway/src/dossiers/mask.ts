/**
 * Masks a personal name for status answers: the family name stays, every other word keeps
 * its first letter (`Nguyễn Văn An` → `Nguyễn V** A*`).
 */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .map((word, i) => {
      const letters = [...word];
      return i === 0 ? word : `${letters[0] ?? ''}${'*'.repeat(Math.max(1, letters.length - 1))}`;
    })
    .join(' ');
}

/** Masks all but the last four characters of a number (`0912345678` → `******5678`). */
export function maskDigits(value: string): string {
  const clean = value.replace(/\s+/g, '');
  return `${'*'.repeat(Math.max(0, clean.length - 4))}${clean.slice(-4)}`;
}

/** The last four digits of a phone or ID number (only digits count). */
export function lastFour(value: string): string {
  return value.replace(/\D/g, '').slice(-4);
}
