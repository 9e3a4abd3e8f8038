import type { AnyRule } from '../../types.js';
import RDS_STORAGE_ENCRYPTED from './RDS_STORAGE_ENCRYPTED.js';

export const rdsRules: AnyRule[] = [RDS_STORAGE_ENCRYPTED];
