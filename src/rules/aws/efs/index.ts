import type { AnyRule } from '../../types.js';
import EFS_ENCRYPTED_CHECK from './EFS_ENCRYPTED_CHECK.js';

export const efsRules: AnyRule[] = [EFS_ENCRYPTED_CHECK];
