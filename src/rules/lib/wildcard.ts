/** IAM-style wildcard match: `*` any run of characters, `?` one character; case-insensitive when asked. */
export function wildcardMatch(pattern: string, text: string, ignoreCase = false): boolean {
  const expression = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${expression}$`, ignoreCase ? 'is' : 's').test(text);
}
