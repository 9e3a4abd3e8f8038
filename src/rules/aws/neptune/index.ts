import type { AnyRule } from '../../types.js';
import NEPTUNE_CLUSTER_ENCRYPTED from './NEPTUNE_CLUSTER_ENCRYPTED.js';

export const neptuneRules: AnyRule[] = [NEPTUNE_CLUSTER_ENCRYPTED];
