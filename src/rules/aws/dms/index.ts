import type { AnyRule } from '../../types.js';
import DMS_REPLICATION_NOT_PUBLIC from './DMS_REPLICATION_NOT_PUBLIC.js';

export const dmsRules: AnyRule[] = [DMS_REPLICATION_NOT_PUBLIC];
