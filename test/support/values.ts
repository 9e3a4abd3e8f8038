/** A copy of plain data with each scalar replaced by `convert(scalar)`; every key, even `__proto__`, stays data. */
export function mapScalars(value: unknown, convert: (scalar: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapScalars(item, convert));
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) Object.defineProperty(copy, key, { value: mapScalars(item, convert), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return convert(value);
}
