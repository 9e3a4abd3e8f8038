import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { describesDeployed } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';

/** The retentions CloudWatch Logs accepts (PutRetentionPolicy); CloudFormation and Terraform reject any other. */
const RETENTION_DAYS = new Set([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]);

const GROUP = (retention: string) => `Resources:
  AppLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /app/api
${retention}`;

export default defineRule<{ LogGroupNames?: string[]; MinRetentionTime: number }>({
  meta: {
    id: 'CW_LOGGROUP_RETENTION_PERIOD_CHECK',
    title: 'CloudWatch log groups keep their events for at least the minimum retention',
    description:
      'Checks that a CloudWatch Logs log group keeps its events for at least MinRetentionTime days (365 by default). A group without RetentionInDays never expires its events and passes, as in the managed rule. Logs deleted too early are missing when an incident is investigated.',
    severity: 'low',
    resourceTypes: ['AWS::Logs::LogGroup'],
    managedRule: 'cw-loggroup-retention-period-check',
    frameworks: { 'NIST-800-53-r5': ['AU-10', 'AU-11', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SI-12'], 'PCI-DSS-v3.2.1': ['3.1', '10.7'] },
    parameters: {
      LogGroupNames: { type: 'string-list', description: 'Names of the log groups to check (every group when absent).' },
      MinRetentionTime: { type: 'integer', description: 'The minimum retention in days.', default: 365, minimum: 1 },
    },
    messages: {
      retained: 'Log group {{id}} keeps its events for {{days}}.',
      tooShort: 'Log group {{id}} keeps its events for {{days}} days, less than {{minimum}}.',
      notListed: 'Log group {{id}} is not one of the LogGroupNames.',
      unknownRetention: 'How long log group {{id}} keeps its events is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `RetentionInDays` (`retention_in_days`) to at least the minimum, e.g. 365, or leave it unset to never expire events.',
    examples: {
      noncompliant: [{ cloudformation: GROUP('      RetentionInDays: 30\n') }],
      compliant: [{ cloudformation: GROUP('      RetentionInDays: 400\n') }],
    },
  },
  check(group, { params }) {
    const names = (params.LogGroupNames ?? []).map((name) => name.trim()).filter((name) => name !== '');
    if (names.length > 0) {
      const name = group.properties.LogGroupName;
      if (isUnknown(name)) return insufficientData('unknownRetention', { reason: `whether it is one of the LogGroupNames: its name is ${name.reason}` }, ['LogGroupName']);
      if (typeof name !== 'string') return insufficientData('unknownRetention', { reason: 'whether it is one of the LogGroupNames: CloudFormation chooses its name' }, []);
      if (!names.includes(name)) return notApplicable('notListed', {}, ['LogGroupName']);
    }
    const days = group.properties.RetentionInDays;
    // Unset (and Terraform's 0) is "never expire".
    if (days === undefined || days === null || days === 0) return compliant('retained', { days: 'ever (never expire)' }, []);
    if (isUnknown(days)) return insufficientData('unknownRetention', { reason: days.reason }, ['RetentionInDays']);
    const number = typeof days === 'string' && /^\d+$/.test(days.trim()) ? Number(days) : days;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 0) return insufficientData('unknownRetention', { reason: `malformed: RetentionInDays is ${JSON.stringify(days)}` }, ['RetentionInDays']);
    // A recorded retention is what the group has; a written one outside the list is no retention the group can get.
    if (!RETENTION_DAYS.has(number) && !describesDeployed(group.source.format)) {
      return insufficientData('unknownRetention', { reason: `malformed: RetentionInDays ${number} is not a retention CloudWatch Logs accepts` }, ['RetentionInDays']);
    }
    if (number < params.MinRetentionTime) return nonCompliant('tooShort', { days: number, minimum: params.MinRetentionTime }, ['RetentionInDays']);
    return compliant('retained', { days: `${number} days` }, ['RetentionInDays']);
  },
});
