import type { AnyRule } from '../../types.js';
import DOCDB_CLUSTER_ENCRYPTED from './DOCDB_CLUSTER_ENCRYPTED.js';

export const docdbRules: AnyRule[] = [DOCDB_CLUSTER_ENCRYPTED];
