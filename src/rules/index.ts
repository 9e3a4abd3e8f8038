import { s3Rules } from './aws/s3/index.js';
import type { AnyRule } from './types.js';

/** Every built-in rule, in id order. */
export const builtinRules: readonly AnyRule[] = [...s3Rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
