import type { AnyRule } from '../../types.js';

export const eksRules: AnyRule[] = [];
