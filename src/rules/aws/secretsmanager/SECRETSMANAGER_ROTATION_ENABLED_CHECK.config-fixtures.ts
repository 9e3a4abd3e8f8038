import type { RuleCase } from '../../tester.js';
import { secretItem } from './items.js';

const id = (name: string) => `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`;

export default [
  {
    name: 'config: rotation every 30 days, by schedule expression, off, and not recorded',
    items: [
      secretItem('monthly', { RotationEnabled: true, RotationLambdaARN: 'arn:aws:lambda:us-east-1:123456789012:function:rotate', RotationRules: { AutomaticallyAfterDays: 30 } }),
      secretItem('weekly', { RotationEnabled: true, RotationRules: { ScheduleExpression: 'rate(7 days)', Duration: '2h' } }),
      secretItem('static'),
      secretItem('unrecorded', {}, ['RotationEnabled']),
    ],
    expect: {
      [id('monthly')]: 'COMPLIANT',
      [id('weekly')]: 'COMPLIANT',
      [id('static')]: { status: 'NON_COMPLIANT', messageId: 'notRotating' },
      [id('unrecorded')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRotation' },
    },
  },
  {
    name: 'config: maximumAllowedRotationFrequency against the recorded rules',
    params: { maximumAllowedRotationFrequency: 14 },
    items: [secretItem('weekly', { RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 7 } }), secretItem('monthly', { RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 } })],
    expect: {
      [id('weekly')]: 'COMPLIANT',
      [id('monthly')]: { status: 'NON_COMPLIANT', messageId: 'tooSeldom' },
    },
  },
] satisfies RuleCase[];
