// The config object's readers on the AWS SDK v3. The clients are imported on first use, so a hook configured by
// environment variables alone never loads the SDK (a shorter cold start).
import type { ConfigReaders } from './settings.js';

export interface AwsClientOptions {
  region?: string;
  /** A local endpoint for tests; the SDK also honours AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_SSM / _S3. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Largest config object read from S3: a `.tosei.yml` is a few kilobytes. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export function awsConfigReaders(options: AwsClientOptions = {}): ConfigReaders {
  return {
    async ssmParameter(name) {
      const { SSMClient, GetParameterCommand } = await import('@aws-sdk/client-ssm');
      const client = new SSMClient(options);
      try {
        // SecureString parameters are decrypted; String ones are returned as they are.
        const result = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
        const value = result.Parameter?.Value;
        if (typeof value !== 'string') throw new Error('the parameter has no value');
        return value;
      } finally {
        client.destroy();
      }
    },
    async s3Object(bucket, key) {
      const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
      // Path-style addressing so a local endpoint (127.0.0.1) works; AWS serves both.
      const client = new S3Client({ ...options, forcePathStyle: options.endpoint !== undefined });
      try {
        const result = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (result.ContentLength !== undefined && result.ContentLength > MAX_CONFIG_BYTES) throw new Error(`the object is larger than ${MAX_CONFIG_BYTES} bytes`);
        const text = await result.Body?.transformToString('utf8');
        if (text === undefined) throw new Error('the object has no body');
        if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) throw new Error(`the object is larger than ${MAX_CONFIG_BYTES} bytes`);
        return text;
      } finally {
        client.destroy();
      }
    },
  };
}
