/** Option helpers shared by the remediation and export commands. */

/** Repeatable, comma-separated list options (`--rule A,B --rule C`). */
export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

/** `--param RULE_ID.name=value`, repeatable; throws on a malformed one. */
export function parseRuleParams(values: readonly string[]): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const value of values) {
    const match = /^([A-Z0-9_]+)\.([A-Za-z0-9_]+)=(.*)$/s.exec(value);
    if (!match) throw new Error(`--param expects RULE_ID.name=value, got "${value}"`);
    (result[match[1] as string] ??= {})[match[2] as string] = match[3] as string;
  }
  return result;
}
