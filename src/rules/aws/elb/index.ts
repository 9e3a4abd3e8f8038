import type { AnyRule } from '../../types.js';
import ELB_TLS_HTTPS_LISTENERS_ONLY from './ELB_TLS_HTTPS_LISTENERS_ONLY.js';

export const elbRules: AnyRule[] = [ELB_TLS_HTTPS_LISTENERS_ONLY];
