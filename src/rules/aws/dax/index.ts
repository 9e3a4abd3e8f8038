import type { AnyRule } from '../../types.js';
import DAX_ENCRYPTION_ENABLED from './DAX_ENCRYPTION_ENABLED.js';
import DAX_TLS_ENDPOINT_ENCRYPTION from './DAX_TLS_ENDPOINT_ENCRYPTION.js';

export const daxRules: AnyRule[] = [DAX_ENCRYPTION_ENABLED, DAX_TLS_ENDPOINT_ENCRYPTION];
