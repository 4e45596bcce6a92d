/**
 * Masks an identifier (số giấy tờ, phone number), keeping its last four characters:
 * the way DVC Kit shows personal data nobody asked to see.
 *
 * @example maskIdentifier('066090001234') // '********1234'
 */
export function maskIdentifier(value: string): string {
  const visible = value.length > 6 ? 4 : Math.min(2, value.length);
  return '*'.repeat(value.length - visible) + value.slice(value.length - visible);
}
