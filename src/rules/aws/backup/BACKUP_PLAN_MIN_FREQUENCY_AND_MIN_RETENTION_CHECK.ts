import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { Resource } from '../../../model/resource.js';
import { describeInterval, MINUTES, scheduleInterval } from '../../lib/schedules.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { getPath, isObject, type Value } from '../../../model/value.js';

interface Params {
  requiredFrequencyValue?: number;
  requiredRetentionDays?: number;
  requiredFrequencyUnit?: 'hours' | 'days';
}

/** AWS Backup's schedule when a rule names none. */
const DEFAULT_SCHEDULE = 'cron(0 5 ? * * *)';

const PLAN =
  'Resources:\n  DailyBackups:\n    Type: AWS::Backup::BackupPlan\n    Properties:\n      BackupPlan:\n        BackupPlanName: daily\n        BackupPlanRule:\n          - RuleName: daily\n            TargetBackupVault: Default\n            ScheduleExpression: cron(0 3 ? * * *)\n';

type RuleOutcome = { kind: 'meets'; rule: string } | { kind: 'fails'; rule: string; why: string } | { kind: 'unknown'; rule: string; reason: string };

export default defineRule<Params>({
  meta: {
    id: 'BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK',
    title: 'Backup plans back up often enough and keep backups long enough',
    description:
      'Checks that an AWS Backup plan has a rule that creates recovery points at least every requiredFrequencyValue requiredFrequencyUnit (the longest time between two runs of its ScheduleExpression; cron(0 5 ? * * *), daily, when unset) and keeps them at least requiredRetentionDays days (Lifecycle.DeleteAfterDays; kept until deleted when unset).',
    severity: 'medium',
    resourceTypes: ['AWS::Backup::BackupPlan'],
    managedRule: 'backup-plan-min-frequency-and-min-retention-check',
    parameters: {
      requiredFrequencyValue: { type: 'integer', description: 'How often recovery points must be created, in requiredFrequencyUnit (at most 24 hours or 31 days).', default: 1, minimum: 1, maximum: 31 },
      requiredRetentionDays: { type: 'integer', description: 'Fewest days recovery points must be kept.', default: 35, minimum: 1 },
      requiredFrequencyUnit: { type: 'string', description: 'The unit of requiredFrequencyValue: hours or days.', default: 'days', enum: ['hours', 'days'] },
    },
    messages: {
      meets: 'Backup plan {{id}} rule {{rule}} backs up at least every {{frequency}} and keeps recovery points at least {{retention}} days.',
      noRuleMeets: 'No rule of backup plan {{id}} backs up at least every {{frequency}} and keeps recovery points at least {{retention}} days ({{why}}).',
      unknownPlan: 'Whether backup plan {{id}} backs up at least every {{frequency}} and keeps recovery points at least {{retention}} days is not known before deployment ({{reason}}).',
    },
    remediation: 'Give the plan a rule whose `ScheduleExpression` runs at least as often as required and whose `Lifecycle.DeleteAfterDays` is at least the required retention (or unset).',
    examples: {
      noncompliant: [{ cloudformation: `${PLAN}            Lifecycle:\n              DeleteAfterDays: 7\n` }],
      compliant: [{ cloudformation: `${PLAN}            Lifecycle:\n              DeleteAfterDays: 35\n` }],
    },
  },
  check(plan, { params }) {
    const unit = params.requiredFrequencyUnit ?? 'days';
    const value = params.requiredFrequencyValue ?? 1;
    if (value > (unit === 'hours' ? 24 : 31)) throw new Error(`requiredFrequencyValue ${value} is above the maximum for ${unit} (24 hours or 31 days)`);
    const required = { minutes: value * (unit === 'hours' ? MINUTES.hour : MINUTES.day), retention: params.requiredRetentionDays ?? 35 };
    const data = { frequency: `${value} ${unit}`, retention: required.retention };
    const path = ['BackupPlan', 'BackupPlanRule'];
    const rules = getPath(plan.properties, path);
    if (isUnknown(rules)) return insufficientData('unknownPlan', { ...data, reason: `the rules are ${rules.reason}` }, path);
    if (!Array.isArray(rules)) {
      const reason = rules === undefined ? 'the plan has no rules' : `malformed: BackupPlanRule is ${JSON.stringify(rules)}`;
      return rules === undefined ? nonCompliant('noRuleMeets', { ...data, why: reason }, ['BackupPlan']) : insufficientData('unknownPlan', { ...data, reason }, path);
    }
    const outcomes = rules.map((rule, index) => judgeRule(plan, rule, index, required));
    const meets = outcomes.find((outcome) => outcome.kind === 'meets');
    if (meets) return compliant('meets', { ...data, rule: meets.rule }, path);
    const open = outcomes.find((outcome) => outcome.kind === 'unknown');
    if (open?.kind === 'unknown') return insufficientData('unknownPlan', { ...data, reason: `rule ${open.rule}: ${open.reason}` }, path);
    const why = outcomes.map((outcome) => (outcome.kind === 'fails' ? `${outcome.rule}: ${outcome.why}` : '')).filter(Boolean).join('; ');
    return nonCompliant('noRuleMeets', { ...data, why: why || 'the plan has no rules' }, path);
  },
});

/** One backup rule against the required frequency and retention; a failing part decides. */
function judgeRule(plan: Resource, rule: Value, index: number, required: { minutes: number; retention: number }): RuleOutcome {
  if (isUnknown(rule)) return { kind: 'unknown', rule: `#${index + 1}`, reason: rule.reason };
  if (!isObject(rule)) return { kind: 'unknown', rule: `#${index + 1}`, reason: `malformed: the rule is ${JSON.stringify(rule)}` };
  const name = typeof rule.RuleName === 'string' ? rule.RuleName : `#${index + 1}`;
  const expression = rule.ScheduleExpression ?? DEFAULT_SCHEDULE;
  const interval: number | Unknown = isUnknown(expression) ? unknown(`its ScheduleExpression is ${expression.reason}`) : typeof expression === 'string' ? scheduleInterval(expression) : unknown(`malformed: its ScheduleExpression is ${JSON.stringify(expression)}`);
  const lifecycle = rule.Lifecycle;
  const deleteAfter = isObject(lifecycle) ? lifecycle.DeleteAfterDays : isUnknown(lifecycle) ? lifecycle : undefined;
  const days = deleteAfter === undefined || deleteAfter === null ? Infinity : typeof deleteAfter === 'number' ? deleteAfter : typeof deleteAfter === 'string' && /^\d+$/.test(deleteAfter.trim()) ? Number(deleteAfter) : deleteAfter;
  if (typeof interval === 'number' && interval > required.minutes) return { kind: 'fails', rule: name, why: `it backs up every ${describeInterval(interval)} at most` };
  if (typeof days === 'number' && days < required.retention) return { kind: 'fails', rule: name, why: `it deletes recovery points after ${days} days` };
  if (isUnknown(interval)) return { kind: 'unknown', rule: name, reason: interval.reason };
  if (typeof days !== 'number') return { kind: 'unknown', rule: name, reason: isUnknown(days) ? `its DeleteAfterDays is ${days.reason}` : `malformed: DeleteAfterDays is ${JSON.stringify(days)} in ${plan.id}` };
  return { kind: 'meets', rule: name };
}
