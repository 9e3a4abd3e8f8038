import type { AnyRule } from '../../types.js';
import ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST from './ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST.js';

export const elasticacheRules: AnyRule[] = [ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST];
