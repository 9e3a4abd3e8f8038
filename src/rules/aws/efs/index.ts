import type { AnyRule } from '../../types.js';

export const efsRules: AnyRule[] = [];
