import type { AnyRule } from '../../types.js';
import ECS_CONTAINERS_NONPRIVILEGED from './ECS_CONTAINERS_NONPRIVILEGED.js';

export const ecsRules: AnyRule[] = [ECS_CONTAINERS_NONPRIVILEGED];
