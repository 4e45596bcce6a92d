/** Whether `file` matches an `accept` list such as `image/*,application/pdf,.pdf` (empty accepts all). */
export function acceptsFile(file: { name: string; type: string }, accept: string): boolean {
  const rules = accept
    .split(',')
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  if (rules.length === 0) return true;
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return rules.some((rule) =>
    rule.startsWith('.')
      ? name.endsWith(rule)
      : rule.endsWith('/*')
        ? type.startsWith(rule.slice(0, -1))
        : type === rule,
  );
}

/** A short, readable list of accepted formats: `image/jpeg,application/pdf` → `JPEG, PDF`. */
export function describeAccept(accept: string): string {
  return accept
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => (r.startsWith('.') ? r.slice(1) : (r.split('/')[1] ?? r)).replace('*', '').toUpperCase() || r)
    .join(', ');
}
