/**
 * One copy of each string a large document keeps. JSON.parse gives every value its own string
 * (V8 shares only the shortest), so 100,000 configuration items naming the same managed policy,
 * relationship or account hold 100,000 copies of it; a pool keeps the first and hands it out again.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  /**
   * Strings longer than this are kept as they are: long ones seldom repeat, and hashing them
   * costs more than they would save.
   */
  static readonly MAX_LENGTH = 256;

  /**
   * The pool takes no new strings once it holds this many. The strings that repeat (a managed
   * policy, a relationship, an account) come early, while most strings of a large inventory are
   * its resources' own ids and names, which would only make the pool big and slow.
   */
  static readonly MAX_SIZE = 1 << 16;

  /** The pool's copy of `text`. */
  intern(text: string): string {
    // V8's JSON.parse already shares the strings of up to 10 characters.
    if (text.length <= 10 || text.length > StringPool.MAX_LENGTH) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    if (this.strings.size < StringPool.MAX_SIZE) this.strings.set(text, text);
    return text;
  }

  /**
   * Replaces the strings inside plain objects and arrays of `value` by the pool's copies, in place
   * (the same values: only the copies change). Other objects (an Unknown, a frozen object) are left as they are.
   */
  internValues(value: unknown): void {
    if (Array.isArray(value)) {
      if (Object.isFrozen(value)) return;
      for (let index = 0; index < value.length; index++) {
        const entry: unknown = value[index];
        if (typeof entry === 'string') value[index] = this.intern(entry);
        else if (typeof entry === 'object' && entry !== null) this.internValues(entry);
      }
      return;
    }
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype || Object.isFrozen(value)) return;
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const entry = object[key];
      if (typeof entry === 'string') object[key] = this.intern(entry);
      else if (typeof entry === 'object' && entry !== null) this.internValues(entry);
    }
  }
}
