import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'deny of sqs:* without TLS, boolean or string false',
    template: `
Resources:
  Orders:
    Type: AWS::SQS::Queue
  Billing:
    Type: AWS::SQS::Queue
  OrdersPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Orders]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: sns.amazonaws.com }
            Action: sqs:SendMessage
            Resource: !GetAtt Orders.Arn
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: "*"
            Action: "sqs:*"
            Resource: !GetAtt Orders.Arn
            Condition:
              Bool: { "aws:SecureTransport": "false" }
  BillingPolicy:
    Type: AWS::SQS::QueueInlinePolicy
    Properties:
      Queue: !Ref Billing
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: { AWS: "*" }
            Action: "*"
            Resource: "*"
            Condition:
              Bool: { "aws:SecureTransport": false }
`,
    expect: {
      Orders: { status: 'COMPLIANT', messageIncludes: 'OrdersPolicy' },
      Billing: { status: 'COMPLIANT', messageIncludes: 'BillingPolicy' },
    },
  },
  {
    name: 'queue without a policy',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: alias/aws/sqs
`,
    expect: { Queue: { status: 'NON_COMPLIANT', messageId: 'noPolicy' } },
  },
  {
    name: 'policies whose deny falls short: some actions, one principal, extra condition, true',
    template: `
Resources:
  SomeActions:
    Type: AWS::SQS::Queue
  OnePrincipal:
    Type: AWS::SQS::Queue
  ExtraCondition:
    Type: AWS::SQS::Queue
  WrongValue:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref SomeActions, !Ref OnePrincipal, !Ref ExtraCondition, !Ref WrongValue]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: [sqs:SendMessage, sqs:ReceiveMessage]
            Resource: !GetAtt SomeActions.Arn
            Condition: { Bool: { "aws:SecureTransport": "false" } }
          - Effect: Deny
            Principal: { AWS: arn:aws:iam::111122223333:role/app }
            Action: sqs:*
            Resource: !GetAtt OnePrincipal.Arn
            Condition: { Bool: { "aws:SecureTransport": "false" } }
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !GetAtt ExtraCondition.Arn
            Condition:
              Bool: { "aws:SecureTransport": "false" }
              StringEquals: { "aws:SourceAccount": "111122223333" }
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !GetAtt WrongValue.Arn
            Condition: { Bool: { "aws:SecureTransport": "true" } }
`,
    expect: {
      SomeActions: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      OnePrincipal: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      ExtraCondition: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      WrongValue: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
    },
  },
  {
    name: 'a shared policy whose deny names only the other queue',
    template: `
Resources:
  Covered:
    Type: AWS::SQS::Queue
  Forgotten:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Covered, !Ref Forgotten]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: [!GetAtt Covered.Arn]
            Condition: { Bool: { "aws:SecureTransport": "false" } }
`,
    expect: { Covered: 'COMPLIANT', Forgotten: { status: 'NON_COMPLIANT', messageId: 'noDeny' } },
  },
  {
    name: 'policy document imported from another stack',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument: !ImportValue shared-tls-only-policy
`,
    expect: { Queue: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'condition value behind an undecidable Fn::If, and one from a parameter default',
    template: `
Parameters:
  AllowPlainHttp: { Type: String, Default: "false" }
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Undecided:
    Type: AWS::SQS::Queue
  FromParameter:
    Type: AWS::SQS::Queue
  UndecidedPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Undecided]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !GetAtt Undecided.Arn
            Condition: { Bool: { "aws:SecureTransport": !If [InUsEast1, "false", "true"] } }
  ParameterPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref FromParameter]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !GetAtt FromParameter.Arn
            Condition: { Bool: { "aws:SecureTransport": !Ref AllowPlainHttp } }
`,
    expect: { Undecided: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' }, FromParameter: 'COMPLIANT' },
  },
  {
    name: 'policy attached by literal URL with Sub and a queue name from a mapping',
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Parameters:
  Env: { Type: String, Default: prod }
Mappings:
  Names:
    prod: { Queue: payments-prod }
Resources:
  Payments:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !FindInMap [Names, !Ref Env, Queue]
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - !Sub https://sqs.\${AWS::Region}.amazonaws.com/\${AWS::AccountId}/payments-\${Env}
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !Sub arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:payments-*
            Condition: { Bool: { "aws:SecureTransport": "false" } }
`,
    expect: { Payments: 'COMPLIANT' },
  },
  {
    name: 'queue list of the policy chosen by an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Primary:
    Type: AWS::SQS::Queue
  Secondary:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: !If [InUsEast1, [!Ref Primary], [!Ref Secondary]]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: "*"
            Condition: { Bool: { "aws:SecureTransport": "false" } }
`,
    expect: {
      Primary: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Secondary: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'a TLS deny created only under an undecidable condition does not prove compliance; an unconditional one does',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Regional:
    Type: AWS::SQS::Queue
  RegionalPolicy:
    Type: AWS::SQS::QueuePolicy
    Condition: InUsEast1
    Properties:
      Queues: [!Ref Regional]
      PolicyDocument:
        Statement:
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: "*"
            Action: "sqs:*"
            Resource: !GetAtt Regional.Arn
            Condition:
              Bool: { "aws:SecureTransport": false }
  Guarded:
    Type: AWS::SQS::Queue
  GuardedConditional:
    Type: AWS::SQS::QueueInlinePolicy
    Condition: InUsEast1
    Properties:
      Queue: !Ref Guarded
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: "*", Action: "sqs:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": false } } }
  GuardedAlways:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Guarded]
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: "*", Action: "sqs:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": false } } }
`,
    expect: {
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'RegionalPolicy is created only when condition InUsEast1 holds' },
      Guarded: { status: 'COMPLIANT', messageIncludes: 'GuardedAlways' },
    },
  },
] satisfies RuleCase[];
