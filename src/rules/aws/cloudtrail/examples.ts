/** A logging trail with only the required properties, for rule examples (append properties at 6 spaces). */
export const TRAIL = 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      S3BucketName: audit-logs-123456789012\n      IsLogging: true\n';
