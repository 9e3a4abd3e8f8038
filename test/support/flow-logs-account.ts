import { listParam, type FakeAws } from './fake-aws.js';
import { installFakeAccount, type FakeFlowLog, type FakeRegion } from './live-account.js';

/**
 * A fake account (EC2 query/XML reads, STS) plus the writes the flow-logs runbook makes: EC2
 * CreateFlowLogs and CloudWatch Logs (awsJson1_1) CreateLogGroup / PutRetentionPolicy, with state.
 */
export function speakEc2AndLogs(fake: FakeAws, vpcs: string[], options: { failCreateFlowLogs?: Set<string> } = {}) {
  const region: FakeRegion = { vpcs: vpcs.map((id) => ({ id })), flowLogs: [] };
  const flowLogs = region.flowLogs as FakeFlowLog[];
  const groups = new Map<string, number | undefined>();
  installFakeAccount(fake, { regions: { 'eu-west-1': region } });
  fake.on('ec2', 'CreateFlowLogs', (request) => {
    const resourceIds = listParam(request.params, 'ResourceId');
    if (resourceIds.some((id) => options.failCreateFlowLogs?.has(id))) {
      return { error: { code: 'UnauthorizedOperation', message: 'You are not authorized to perform iam:PassRole' } };
    }
    const logGroupName = request.params.LogGroupName ?? '';
    if (!groups.has(logGroupName)) return { error: { code: 'InvalidParameter', message: `log group ${logGroupName} does not exist` } };
    const ids = resourceIds.map((resourceId) => {
      const id = `fl-${String(flowLogs.length + 1).padStart(8, '0')}`;
      flowLogs.push({ id, resourceId, trafficType: request.params.TrafficType ?? '', destination: `arn:aws:logs:eu-west-1:111122223333:log-group:${logGroupName}` });
      return id;
    });
    return { result: { flowLogIdSet: { item: ids }, unsuccessful: {} } };
  });
  fake.on('logs', 'CreateLogGroup', (request) => {
    const name = (request.body as { logGroupName: string }).logGroupName;
    if (groups.has(name)) return { error: { code: 'ResourceAlreadyExistsException', message: 'The specified log group already exists' } };
    groups.set(name, undefined);
    return { json: {} };
  });
  fake.on('logs', 'PutRetentionPolicy', (request) => {
    const { logGroupName, retentionInDays } = request.body as { logGroupName: string; retentionInDays: number };
    if (!groups.has(logGroupName)) return { error: { code: 'ResourceNotFoundException', message: 'The specified log group does not exist.' } };
    groups.set(logGroupName, retentionInDays);
    return { json: {} };
  });
  return { flowLogs, groups };
}

