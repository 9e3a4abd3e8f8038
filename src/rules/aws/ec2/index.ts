import type { AnyRule } from '../../types.js';

export const ec2Rules: AnyRule[] = [];
