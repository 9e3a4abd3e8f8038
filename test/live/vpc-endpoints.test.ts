import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { type FakeAws, fakeAwsForSuite } from '../support/fake-aws.js';
import { installFakeAccount } from '../support/live-account.js';

interface JsonReport {
  results: { ruleId: string; status: string; message: string; resource: { id: string } }[];
  errors: { file: string; message: string }[];
}

async function scan(cwd: string, extra: string[] = []): Promise<JsonReport> {
  let stdout = '';
  await main(['scan', 'aws', '--regions', 'eu-west-1', '--only', 'SERVICE_VPC_ENDPOINT_ENABLED', '--format', 'json', ...extra], { cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false, progressDelayMs: 0, stdout: (text) => (stdout += text), stderr: () => undefined });
  return JSON.parse(stdout) as JsonReport;
}

const verdicts = (report: JsonReport) => Object.fromEntries(report.results.map((result) => [result.resource.id, result.status]));

describe('tosei scan aws: VPC endpoints (DescribeVpcEndpoints over the EC2 query protocol)', () => {
  let fake: FakeAws;
  let cwd: string;
  fakeAwsForSuite('eu-west-1', 'tosei-vpce-', (started) => ({ fake, cwd } = started));
  beforeEach(() => {
    fake.requests.length = 0;
    installFakeAccount(fake, {
      regions: {
        'eu-west-1': {
          vpcs: [{ id: 'vpc-served' }, { id: 'vpc-s3only' }, { id: 'vpc-rejected' }, { id: 'vpc-far' }],
          vpcEndpoints: [
            { id: 'vpce-ec2', vpcId: 'vpc-served', serviceName: 'com.amazonaws.eu-west-1.ec2' },
            { id: 'vpce-s3', vpcId: 'vpc-s3only', serviceName: 'com.amazonaws.eu-west-1.s3', type: 'Gateway' },
            { id: 'vpce-refused', vpcId: 'vpc-rejected', serviceName: 'com.amazonaws.eu-west-1.ec2', state: 'rejected' },
            // A cross-region endpoint reaches another region's API, not this one's.
            { id: 'vpce-far', vpcId: 'vpc-far', serviceName: 'com.amazonaws.us-east-1.ec2' },
          ],
        },
      },
    });
  });

  it('a VPC with a working endpoint for the region\'s ec2 passes; an S3-only, a rejected or another region\'s endpoint does not (paginated)', async () => {
    const report = await scan(cwd);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(verdicts(report), { 'vpc-served': 'COMPLIANT', 'vpc-s3only': 'NON_COMPLIANT', 'vpc-rejected': 'NON_COMPLIANT', 'vpc-far': 'NON_COMPLIANT' });
    assert.match(report.results.find((result) => result.resource.id === 'vpc-served')?.message ?? '', /vpce-ec2 for com\.amazonaws\.eu-west-1\.ec2/);
    // The fake answers two at a time: four endpoints took two pages.
    assert.equal(fake.calls('DescribeVpcEndpoints', 'ec2').length, 2);
  });

  it('serviceName chooses the service: s3 finds the gateway endpoint', async () => {
    const report = await scan(cwd, ['--param', 'SERVICE_VPC_ENDPOINT_ENABLED.serviceName=s3']);
    assert.deepEqual(verdicts(report), { 'vpc-served': 'NON_COMPLIANT', 'vpc-s3only': 'COMPLIANT', 'vpc-rejected': 'NON_COMPLIANT', 'vpc-far': 'NON_COMPLIANT' });
  });

  it('endpoints the scan may not read leave the VPCs unjudged, never NON_COMPLIANT', async () => {
    installFakeAccount(fake, {
      regions: { 'eu-west-1': { vpcs: [{ id: 'vpc-served' }] } },
      override: (_region, request) => (request.operation === 'DescribeVpcEndpoints' ? { error: { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', status: 403 } } : undefined),
    });
    const report = await scan(cwd);
    assert.deepEqual(verdicts(report), { 'vpc-served': 'INSUFFICIENT_DATA' });
    assert.match(report.results[0]?.message ?? '', /AWS::EC2::VPCEndpoint \(UnauthorizedOperation\)/);
    assert.deepEqual(report.errors.map((error) => error.message), ['region eu-west-1, type AWS::EC2::VPCEndpoint: access denied (UnauthorizedOperation)']);
  });
});
