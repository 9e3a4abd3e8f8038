import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { existence } from '../../lib/certainty.js';
import { describeInterval, MINUTES, scheduleInterval } from '../../lib/schedules.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { getPath, toBoolean } from '../../../model/value.js';
import { SECRET } from './examples.js';

const SCHEDULE = 'AWS::SecretsManager::RotationSchedule';

interface Params {
  maximumAllowedRotationFrequency?: number;
  maximumAllowedRotationFrequencyInHours?: number;
}

export default defineRule<Params>({
  meta: {
    id: 'SECRETSMANAGER_ROTATION_ENABLED_CHECK',
    title: 'Secrets Manager secrets rotate automatically',
    description:
      'Checks that an AWS Secrets Manager secret has automatic rotation: an AWS::SecretsManager::RotationSchedule (aws_secretsmanager_secret_rotation) for it with rotation rules. With maximumAllowedRotationFrequency (days) or maximumAllowedRotationFrequencyInHours, the time between rotations (AutomaticallyAfterDays or ScheduleExpression) must not exceed it.',
    severity: 'medium',
    resourceTypes: ['AWS::SecretsManager::Secret'],
    managedRule: 'secretsmanager-rotation-enabled-check',
    frameworks: { FSBP: ['SecretsManager.1'], 'NIST-800-53-r5': ['AC-2(1)', 'AC-3(15)'] },
    related: [{ type: SCHEDULE, relation: 'referencedBy', property: 'SecretId' }],
    parameters: {
      maximumAllowedRotationFrequency: { type: 'integer', description: 'Most days allowed between two rotations (any when absent).', minimum: 1 },
      maximumAllowedRotationFrequencyInHours: { type: 'integer', description: 'Most hours allowed between two rotations (any when absent).', minimum: 1 },
    },
    messages: {
      rotating: 'Secret {{id}} rotates automatically ({{schedule}}: every {{every}} at most).',
      notRotating: 'Secret {{id}} does not rotate automatically (no rotation schedule for it).',
      tooSeldom: 'Secret {{id}} rotates every {{every}} at most ({{schedule}}), less often than every {{maximum}}.',
      unknownRotation: 'Whether secret {{id}} rotates automatically, often enough, is not known before deployment ({{reason}}).',
    },
    remediation: 'Add an `AWS::SecretsManager::RotationSchedule` for the secret with a rotation function (`RotationLambdaARN` or `HostedRotationLambda`) and `RotationRules` (`AutomaticallyAfterDays` or `ScheduleExpression`) within the allowed frequency.',
    examples: {
      noncompliant: [{ cloudformation: SECRET }],
      compliant: [
        {
          cloudformation: `${SECRET}  DatabasePasswordRotation:\n    Type: AWS::SecretsManager::RotationSchedule\n    Properties:\n      SecretId: !Ref DatabasePassword\n      RotationLambdaARN: arn:aws:lambda:us-east-1:123456789012:function:rotate-database-password\n      RotationRules:\n        AutomaticallyAfterDays: 30\n`,
        },
      ],
    },
  },
  check(secret, { params, graph }) {
    const limits: { minutes: number; text: string }[] = [];
    if (params.maximumAllowedRotationFrequency !== undefined) limits.push({ minutes: params.maximumAllowedRotationFrequency * MINUTES.day, text: `${params.maximumAllowedRotationFrequency} day(s)` });
    if (params.maximumAllowedRotationFrequencyInHours !== undefined) limits.push({ minutes: params.maximumAllowedRotationFrequencyInHours * MINUTES.hour, text: `${params.maximumAllowedRotationFrequencyInHours} hour(s)` });
    const maximum = limits.sort((a, b) => a.minutes - b.minutes)[0];
    let open: Unknown | undefined;
    let tooSeldom: { schedule: string; every: string } | undefined;
    for (const schedule of schedulesOf(secret, graph)) {
      const interval = rotationInterval(schedule);
      const exists = existence(schedule);
      if (isUnknown(interval)) {
        open ??= interval;
        continue;
      }
      const every = describeInterval(interval);
      if (maximum && interval > maximum.minutes) {
        if (exists === true) tooSeldom ??= { schedule: schedule.id, every };
        else open ??= exists;
        continue;
      }
      if (exists === true) return compliant('rotating', { schedule: schedule.id, every }, []);
      open ??= exists;
    }
    if (open) return insufficientData('unknownRotation', { reason: open.reason }, []);
    if (tooSeldom && maximum) return nonCompliant('tooSeldom', { ...tooSeldom, maximum: maximum.text }, []);
    const recorded = secret.observed?.RotationEnabled;
    if (isUnknown(recorded)) return insufficientData('unknownRotation', { reason: recorded.reason }, []);
    return nonCompliant('notRotating', {}, []);
  },
});

/** Rotation schedules naming the secret, indexed once per graph. */
function schedulesOf(secret: Resource, graph: ResourceGraph): readonly Resource[] {
  const index = graph.memo('SECRETSMANAGER_ROTATION_ENABLED_CHECK/schedules', (all) => {
    const bySecret = new Map<string, Resource[]>();
    const undecided: Resource[] = [];
    for (const schedule of all.ofType(SCHEDULE)) {
      const target = all.target(schedule.properties.SecretId);
      if (target?.type === 'AWS::SecretsManager::Secret') bySecret.set(target.id, [...(bySecret.get(target.id) ?? []), schedule]);
      else if (isUnknown(schedule.properties.SecretId)) undecided.push(schedule);
    }
    return { bySecret, undecided };
  });
  // A schedule whose secret is known only at deployment may be this secret's.
  return [...(index.bySecret.get(secret.id) ?? []), ...index.undecided.map((schedule) => ({ ...schedule, conditional: `${schedule.id} names a secret known only at deployment` }))];
}

/**
 * The longest time between two rotations of a schedule, in minutes: `AutomaticallyAfterDays`, or
 * `ScheduleExpression` (rate or cron).
 */
function rotationInterval(schedule: Resource): number | Unknown {
  if (schedule.unresolved) return unknown(schedule.unresolved);
  const enabled = toBoolean(schedule.observed?.RotationEnabled);
  if (isUnknown(enabled)) return enabled;
  const rules = schedule.properties.RotationRules;
  if (isUnknown(rules)) return unknown(`the RotationRules of ${schedule.id} are ${rules.reason}`);
  const days = getPath(schedule.properties, ['RotationRules', 'AutomaticallyAfterDays']);
  const expression = getPath(schedule.properties, ['RotationRules', 'ScheduleExpression']);
  if (isUnknown(expression)) return unknown(`the ScheduleExpression of ${schedule.id} is ${expression.reason}`);
  if (typeof expression === 'string' && expression.trim() !== '') return scheduleInterval(expression);
  if (isUnknown(days)) return unknown(`AutomaticallyAfterDays of ${schedule.id} is ${days.reason}`);
  const number = typeof days === 'number' ? days : typeof days === 'string' && /^\d+$/.test(days.trim()) ? Number(days) : undefined;
  if (number !== undefined && number >= 1) return number * MINUTES.day;
  return unknown(`malformed: ${schedule.id} has no AutomaticallyAfterDays or ScheduleExpression`);
}
