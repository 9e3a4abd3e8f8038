import type { AnyRule } from '../../types.js';

export const sqsRules: AnyRule[] = [];
