import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const FN = (id: string, extra = '') => `
  ${id}:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/fn
      Code: { ZipFile: "def handler(e, c): return e" }${extra}`;

export default [
  {
    name: 'a queue of the template, none, an empty target, one under an undecidable condition, and a SAM DeadLetterQueue',
    template: `
Transform: AWS::Serverless-2016-10-31
Parameters:
  Env: { Type: String }
Conditions:
  Prod: !Equals [!Ref Env, prod]
Resources:
  Failed:
    Type: AWS::SQS::Queue${FN('WithQueue', '\n      DeadLetterConfig: { TargetArn: !GetAtt Failed.Arn }')}${FN('Without')}${FN('Empty', "\n      DeadLetterConfig: { TargetArn: '' }")}${FN('Maybe', '\n      DeadLetterConfig: { TargetArn: !If [Prod, !GetAtt Failed.Arn, !Ref AWS::NoValue] }')}
  Sam:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      InlineCode: x
      DeadLetterQueue: { Type: SQS, TargetArn: !GetAtt Failed.Arn }
`,
    expect: {
      WithQueue: { status: 'COMPLIANT', path: ['DeadLetterConfig', 'TargetArn'] },
      Without: { status: 'NON_COMPLIANT', messageId: 'missing', path: [] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'missing', path: ['DeadLetterConfig', 'TargetArn'] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Sam: 'COMPLIANT',
    },
  },
  {
    name: 'dlqArns: a listed ARN, another, and one known at deployment',
    params: { dlqArns: 'arn:aws:sqs:us-east-1:123456789012:failed' },
    template: `
Resources:
  Failed:
    Type: AWS::SQS::Queue${FN('Listed', '\n      DeadLetterConfig: { TargetArn: "arn:aws:sqs:us-east-1:123456789012:failed" }')}${FN('Other', '\n      DeadLetterConfig: { TargetArn: "arn:aws:sns:us-east-1:123456789012:other" }')}${FN('New', '\n      DeadLetterConfig: { TargetArn: !GetAtt Failed.Arn }')}
`,
    expect: {
      Listed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'notListed' },
      New: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: dead_letter_config and none',
    hcl: `
resource "aws_sqs_queue" "failed" {
  name = "failed"
}

resource "aws_lambda_function" "kept" {
  function_name = "kept"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  dead_letter_config {
    target_arn = aws_sqs_queue.failed.arn
  }
}

resource "aws_lambda_function" "dropped" {
  function_name = "dropped"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}
`,
    expect: {
      'aws_lambda_function.kept': 'COMPLIANT',
      'aws_lambda_function.dropped': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'plan: a target, none, and a target known after apply (set, to a queue created alongside)',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lambda_function.kept', { function_name: 'kept', dead_letter_config: [{ target_arn: 'arn:aws:sqs:us-east-1:123456789012:failed' }] }),
        created('aws_lambda_function.dropped', { function_name: 'dropped', dead_letter_config: [] }),
        created('aws_lambda_function.later', { function_name: 'later', dead_letter_config: [{}] }, { dead_letter_config: [{ target_arn: true }] }),
      ],
    },
    expect: {
      'aws_lambda_function.kept': 'COMPLIANT',
      'aws_lambda_function.dropped': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'aws_lambda_function.later': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a dead-letter target from a variable without a default, which may be given null (no queue)',
    hcl: `
variable "failure_queue_arn" {
  type = string
}

resource "aws_lambda_function" "maybe" {
  function_name = "maybe"
  role          = "arn:aws:iam::111122223333:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "function.zip"

  dead_letter_config {
    target_arn = var.failure_queue_arn
  }
}
`,
    expect: {
      'aws_lambda_function.maybe': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: a dynamic dead_letter_config over a collection not known before deployment may be no block at all',
    hcl: `
variable "with_queue" {
  type = bool
}

resource "aws_lambda_function" "dynamic" {
  function_name = "dynamic"
  role          = "arn:aws:iam::111122223333:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "function.zip"

  dynamic "dead_letter_config" {
    for_each = var.with_queue ? ["arn:aws:sqs:us-east-1:111122223333:failures"] : []
    content {
      target_arn = dead_letter_config.value
    }
  }
}
`,
    expect: {
      'aws_lambda_function.dynamic': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
