import type { AnyRule } from '../../types.js';

export const vpcRules: AnyRule[] = [];
