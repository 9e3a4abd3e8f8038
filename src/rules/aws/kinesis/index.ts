import type { AnyRule } from '../../types.js';
import KINESIS_STREAM_ENCRYPTED from './KINESIS_STREAM_ENCRYPTED.js';

export const kinesisRules: AnyRule[] = [KINESIS_STREAM_ENCRYPTED];
