import type { AnyRule } from '../../types.js';
import ACM_CERTIFICATE_RSA_CHECK from './ACM_CERTIFICATE_RSA_CHECK.js';

export const acmRules: AnyRule[] = [ACM_CERTIFICATE_RSA_CHECK];
