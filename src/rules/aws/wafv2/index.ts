import type { AnyRule } from '../../types.js';
import WAFV2_LOGGING_ENABLED from './WAFV2_LOGGING_ENABLED.js';
import WAFV2_WEBACL_NOT_EMPTY from './WAFV2_WEBACL_NOT_EMPTY.js';

export const wafv2Rules: AnyRule[] = [WAFV2_LOGGING_ENABLED, WAFV2_WEBACL_NOT_EMPTY];
