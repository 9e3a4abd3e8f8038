import type { AnyRule } from '../../types.js';
import CLOUDFRONT_VIEWER_POLICY_HTTPS from './CLOUDFRONT_VIEWER_POLICY_HTTPS.js';

export const cloudfrontRules: AnyRule[] = [CLOUDFRONT_VIEWER_POLICY_HTTPS];
