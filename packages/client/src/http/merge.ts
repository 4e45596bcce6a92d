/**
 * `{ ...base, ...over }` built by assignment: on Node 20 (V8 11) adding properties to an
 * object that starts with a non-empty spread takes a slow path (~1 µs per property), which
 * showed up as several µs per portal call. Same result for plain records: the same own
 * enumerable string keys in the same order, `over` winning; a key literally named
 * `__proto__` stays a data property, as a spread keeps it. Symbol keys are not copied
 * (nothing here is read but JSON).
 *
 * @example merged({ MaHoSo: 'G22.1' }, { service: 'TraCuuHoSo' }) // { MaHoSo: 'G22.1', service: 'TraCuuHoSo' }
 */
export function merged<A extends object, B extends object>(base: A, over: B): A & B {
  const out: Record<string, unknown> = {};
  copyInto(out, base);
  copyInto(out, over);
  return out as A & B;
}

function copyInto(out: Record<string, unknown>, from: object): void {
  for (const key of Object.keys(from)) {
    const value = (from as Record<string, unknown>)[key];
    if (key === '__proto__')
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
}
