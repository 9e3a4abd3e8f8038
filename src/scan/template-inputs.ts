/**
 * Reads deployment parameter values from a file in any of the forms the AWS tools write:
 * `[{"ParameterKey": "K", "ParameterValue": "V"}]` (CLI), `{"K": "V"}`, or
 * `{"Parameters": {"K": "V"}}` (CodePipeline template configuration).
 */
export function parseParameterFile(text: string, file: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON: ${(error as Error).message}`);
  }
  const values: Record<string, string> = {};
  if (Array.isArray(data)) {
    data.forEach((entry, index) => {
      if (typeof entry !== 'object' || entry === null || typeof entry.ParameterKey !== 'string') {
        throw new Error(`${file}: item ${index} needs ParameterKey and ParameterValue`);
      }
      if (entry.UsePreviousValue === true) return;
      values[entry.ParameterKey] = stringify(entry.ParameterValue, file, entry.ParameterKey);
    });
    return values;
  }
  if (typeof data === 'object' && data !== null) {
    const record = data as Record<string, unknown>;
    const source = typeof record.Parameters === 'object' && record.Parameters !== null && !Array.isArray(record.Parameters) ? (record.Parameters as Record<string, unknown>) : record;
    for (const [key, value] of Object.entries(source)) values[key] = stringify(value, file, key);
    return values;
  }
  throw new Error(`${file}: expected a list of {ParameterKey, ParameterValue} or an object of values`);
}

function stringify(value: unknown, file: string, key: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(',');
  throw new Error(`${file}: parameter ${key} must be a string`);
}
