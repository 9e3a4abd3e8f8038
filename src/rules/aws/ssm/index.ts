import type { AnyRule } from '../../types.js';
import SSM_DOCUMENT_NOT_PUBLIC from './SSM_DOCUMENT_NOT_PUBLIC.js';

export const ssmRules: AnyRule[] = [SSM_DOCUMENT_NOT_PUBLIC];
