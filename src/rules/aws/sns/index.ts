import type { AnyRule } from '../../types.js';
import SNS_ENCRYPTED_KMS from './SNS_ENCRYPTED_KMS.js';

export const snsRules: AnyRule[] = [SNS_ENCRYPTED_KMS];
