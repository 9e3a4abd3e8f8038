import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const plan = (rules: string) => `
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: plan
        BackupPlanRule:${rules}`;
const rule = (name: string, schedule: string | undefined, deleteAfter: string | number | undefined) => `
          - RuleName: ${name}
            TargetBackupVault: Default${schedule === undefined ? '' : `\n            ScheduleExpression: ${schedule}`}${deleteAfter === undefined ? '' : `\n            Lifecycle: { DeleteAfterDays: ${deleteAfter} }`}`;

export default [
  {
    name: 'daily for 35 days, the default schedule kept forever, weekly, kept 7 days, one good rule among bad ones, and unknowns',
    template: `
Parameters:
  Days: { Type: Number }
Resources:
  Daily:${plan(rule('daily', '"cron(0 3 ? * * *)"', 35))}
  DefaultSchedule:${plan(rule('default', undefined, undefined))}
  Weekly:${plan(rule('weekly', '"cron(0 3 ? * SUN *)"', 90))}
  ShortLived:${plan(rule('hourly', '"rate(1 hour)"', 7))}
  Mixed:${plan(rule('weekly', '"cron(0 3 ? * SUN *)"', 365) + rule('daily', '"cron(0 5 ? * * *)"', 35))}
  RetentionFromParameter:${plan(rule('daily', '"cron(0 3 ? * * *)"', '!Ref Days'))}
  UnreadableSchedule:${plan(rule('odd', '"cron(0 3 ? * * 2027)"', 35))}
  NoRules:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: empty
`,
    expect: {
      Daily: { status: 'COMPLIANT', messageId: 'meets' },
      DefaultSchedule: 'COMPLIANT',
      Weekly: { status: 'NON_COMPLIANT', messageId: 'noRuleMeets', messageIncludes: '7 day(s)' },
      ShortLived: { status: 'NON_COMPLIANT', messageId: 'noRuleMeets', messageIncludes: 'after 7 days' },
      Mixed: { status: 'COMPLIANT', messageIncludes: 'rule daily' },
      RetentionFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPlan' },
      UnreadableSchedule: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPlan', messageIncludes: 'year' },
      NoRules: { status: 'NON_COMPLIANT', messageId: 'noRuleMeets' },
    },
  },
  {
    name: 'requiredFrequencyUnit hours: every 12 hours passes, daily fails',
    params: { requiredFrequencyValue: 12, requiredFrequencyUnit: 'hours', requiredRetentionDays: 7 },
    template: `
Resources:
  Twice:${plan(rule('twice', '"cron(0 0,12 ? * * *)"', 7))}
  Daily:${plan(rule('daily', '"cron(0 3 ? * * *)"', 7))}
`,
    expect: {
      Twice: 'COMPLIANT',
      Daily: { status: 'NON_COMPLIANT', messageId: 'noRuleMeets', messageIncludes: '1 day(s)' },
    },
  },
  {
    name: 'hcl: a daily rule kept 35 days and a monthly rule',
    hcl: `
resource "aws_backup_plan" "daily" {
  name = "daily"
  rule {
    rule_name         = "daily"
    target_vault_name = "Default"
    schedule          = "cron(0 3 ? * * *)"
    lifecycle {
      delete_after = 35
    }
  }
}

resource "aws_backup_plan" "monthly" {
  name = "monthly"
  rule {
    rule_name         = "monthly"
    target_vault_name = "Default"
    schedule          = "cron(0 3 1 * ? *)"
  }
}
`,
    expect: {
      'aws_backup_plan.daily': 'COMPLIANT',
      'aws_backup_plan.monthly': { status: 'NON_COMPLIANT', messageId: 'noRuleMeets' },
    },
  },
  {
    name: 'plan: a daily rule, a short retention, and a schedule known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_backup_plan.daily', { name: 'daily', rule: [{ rule_name: 'daily', target_vault_name: 'Default', schedule: 'cron(0 3 ? * * *)', lifecycle: [{ delete_after: 35 }] }] }, { arn: true }),
        created('aws_backup_plan.short', { name: 'short', rule: [{ rule_name: 'daily', target_vault_name: 'Default', schedule: 'cron(0 3 ? * * *)', lifecycle: [{ delete_after: 14 }] }] }, { arn: true }),
        created('aws_backup_plan.later', { name: 'later', rule: [{ rule_name: 'daily', target_vault_name: 'Default', lifecycle: [{ delete_after: 35 }] }] }, { arn: true, rule: [{ schedule: true }] }),
      ],
    },
    expect: {
      'aws_backup_plan.daily': 'COMPLIANT',
      'aws_backup_plan.short': { status: 'NON_COMPLIANT', messageId: 'noRuleMeets' },
      'aws_backup_plan.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPlan' },
    },
  },
] satisfies RuleCase[];
