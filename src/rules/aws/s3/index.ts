import type { AnyRule } from '../../types.js';
import S3_BUCKET_LOGGING_ENABLED from './S3_BUCKET_LOGGING_ENABLED.js';

export const s3Rules: AnyRule[] = [S3_BUCKET_LOGGING_ENABLED];
