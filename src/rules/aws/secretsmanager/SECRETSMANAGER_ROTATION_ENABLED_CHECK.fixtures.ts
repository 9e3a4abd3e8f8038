import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const SECRET = `
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString: { PasswordLength: 32 }`;
const schedule = (secret: string, rules: string) => `
  ${secret}Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref ${secret}
      RotationLambdaARN: arn:aws:lambda:us-east-1:123456789012:function:rotate
      RotationRules: ${rules}`;

export default [
  {
    name: 'rotation every 30 days, by schedule expression, none, under an undecidable condition, and unreadable rules',
    template: `
Parameters:
  Days: { Type: Number }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Monthly:${SECRET}
${schedule('Monthly', '{ AutomaticallyAfterDays: 30 }')}
  Weekly:${SECRET}
${schedule('Weekly', '{ ScheduleExpression: "cron(0 4 ? * SUN *)", Duration: 2h }')}
  Never:${SECRET}
  Sometimes:${SECRET}
  SometimesRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Condition: InIreland
    Properties:
      SecretId: !Ref Sometimes
      RotationLambdaARN: arn:aws:lambda:us-east-1:123456789012:function:rotate
      RotationRules: { AutomaticallyAfterDays: 30 }
  FromParameter:${SECRET}
${schedule('FromParameter', '{ AutomaticallyAfterDays: !Ref Days }')}
  Garbled:${SECRET}
${schedule('Garbled', '{ ScheduleExpression: "every sunday" }')}
`,
    expect: {
      Monthly: { status: 'COMPLIANT', messageIncludes: '30 day(s)' },
      Weekly: { status: 'COMPLIANT', messageIncludes: '7 day(s)' },
      Never: { status: 'NON_COMPLIANT', messageId: 'notRotating' },
      Sometimes: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRotation' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRotation' },
      Garbled: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRotation', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'maximumAllowedRotationFrequency 30: monthly passes, every 90 days fails, and hours are stricter when both are given',
    params: { maximumAllowedRotationFrequency: 30 },
    template: `
Resources:
  Monthly:${SECRET}
${schedule('Monthly', '{ AutomaticallyAfterDays: 30 }')}
  Quarterly:${SECRET}
${schedule('Quarterly', '{ AutomaticallyAfterDays: 90 }')}
`,
    expect: {
      Monthly: 'COMPLIANT',
      Quarterly: { status: 'NON_COMPLIANT', messageId: 'tooSeldom', messageIncludes: '90 day(s)' },
    },
  },
  {
    name: 'maximumAllowedRotationFrequencyInHours 12: rate(4 hours) passes, a daily cron fails',
    params: { maximumAllowedRotationFrequencyInHours: 12, maximumAllowedRotationFrequency: 30 },
    template: `
Resources:
  Often:${SECRET}
${schedule('Often', '{ ScheduleExpression: "rate(4 hours)" }')}
  Daily:${SECRET}
${schedule('Daily', '{ ScheduleExpression: "cron(0 4 * * ? *)" }')}
`,
    expect: {
      Often: 'COMPLIANT',
      Daily: { status: 'NON_COMPLIANT', messageId: 'tooSeldom', messageIncludes: '12 hour(s)' },
    },
  },
  {
    name: 'hcl: aws_secretsmanager_secret_rotation for one secret, none for another',
    hcl: `
resource "aws_secretsmanager_secret" "rotated" {
  name = "rotated"
}

resource "aws_secretsmanager_secret_rotation" "rotated" {
  secret_id           = aws_secretsmanager_secret.rotated.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "static" {
  name = "static"
}
`,
    expect: {
      'aws_secretsmanager_secret.rotated': 'COMPLIANT',
      'aws_secretsmanager_secret.static': { status: 'NON_COMPLIANT', messageId: 'notRotating' },
    },
  },
  {
    name: 'plan: a rotation referring to its secret, a secret without, and a rotation whose secret is known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_secretsmanager_secret.rotated', { name: 'rotated' }, { arn: true, id: true }),
        created('aws_secretsmanager_secret_rotation.rotated', { rotation_rules: [{ automatically_after_days: 7 }] }, { id: true, secret_id: true }),
        created('aws_secretsmanager_secret.static', { name: 'static' }, { arn: true, id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_secretsmanager_secret_rotation.rotated', mode: 'managed', type: 'aws_secretsmanager_secret_rotation', name: 'rotated', provider_config_key: 'aws', expressions: { secret_id: { references: ['aws_secretsmanager_secret.rotated.id', 'aws_secretsmanager_secret.rotated'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_secretsmanager_secret.rotated': 'COMPLIANT',
      'aws_secretsmanager_secret.static': { status: 'NON_COMPLIANT', messageId: 'notRotating' },
    },
  },
  {
    name: 'plan: a rotation whose secret is known only after apply may rotate any secret',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_secretsmanager_secret.static', { name: 'static' }, { arn: true, id: true }),
        created('aws_secretsmanager_secret_rotation.elsewhere', { rotation_rules: [{ automatically_after_days: 7 }] }, { id: true, secret_id: true }),
      ],
    },
    expect: { 'aws_secretsmanager_secret.static': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRotation' } },
  },
] satisfies RuleCase[];
