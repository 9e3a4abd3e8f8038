import type { AnyRule } from '../../types.js';
import FSX_WINDOWS_ONLY from './FSX_WINDOWS_ONLY.js';

export const fsxRules: AnyRule[] = [FSX_WINDOWS_ONLY];
