import type { AnyRule } from '../../types.js';

export const iamRules: AnyRule[] = [];
