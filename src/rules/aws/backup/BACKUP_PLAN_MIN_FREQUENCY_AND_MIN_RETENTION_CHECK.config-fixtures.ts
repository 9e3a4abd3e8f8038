import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A backup plan item as Config records it (GetBackupPlan, in CloudFormation's names). */
const backupPlan = (id: string, rules: readonly Record<string, unknown>[] | undefined) =>
  buildConfigurationItem(
    'AWS::Backup::BackupPlan',
    { BackupPlanId: id, BackupPlanArn: `arn:aws:backup:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:backup-plan:${id}`, VersionId: 'v1', ...(rules === undefined ? {} : { BackupPlan: { BackupPlanName: id, BackupPlanRule: rules } }) },
    { resourceId: id, resourceName: id },
  );

export default [
  {
    name: 'config: a daily plan kept 35 days, a weekly plan, and a plan Config did not record',
    items: [
      backupPlan('daily', [{ RuleName: 'daily', TargetBackupVault: 'Default', ScheduleExpression: 'cron(0 5 ? * * *)', Lifecycle: { DeleteAfterDays: 35 }, StartWindowMinutes: 60, CompletionWindowMinutes: 180 }]),
      backupPlan('weekly', [{ RuleName: 'weekly', TargetBackupVault: 'Default', ScheduleExpression: 'cron(0 5 ? * SAT *)', Lifecycle: { DeleteAfterDays: 35 } }]),
      backupPlan('unrecorded', undefined),
    ],
    expect: {
      daily: 'COMPLIANT',
      weekly: { status: 'NON_COMPLIANT', messageId: 'noRuleMeets' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPlan' },
    },
  },
] satisfies RuleCase[];
