import type { AnyRule } from '../../types.js';
import STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED from './STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED.js';

export const stepfunctionsRules: AnyRule[] = [STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED];
