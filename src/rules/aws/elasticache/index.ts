import type { AnyRule } from '../../types.js';

export const elasticacheRules: AnyRule[] = [];
