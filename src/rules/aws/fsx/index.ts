import type { AnyRule } from '../../types.js';

export const fsxRules: AnyRule[] = [];
