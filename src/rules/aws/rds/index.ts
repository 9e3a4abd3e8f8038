import type { AnyRule } from '../../types.js';

export const rdsRules: AnyRule[] = [];
