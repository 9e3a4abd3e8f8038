import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const POLICY = `
      KeyPolicy: { Version: '2012-10-17', Statement: [] }`;

export default [
  {
    name: 'rotation on, off, unset (off); asymmetric, HMAC and imported keys; unknowns',
    template: `
Parameters:
  Rotate: { Type: String }
  Spec: { Type: String }
Resources:
  Rotating:
    Type: AWS::KMS::Key
    Properties:${POLICY}
      EnableKeyRotation: true
  NotRotating:
    Type: AWS::KMS::Key
    Properties:${POLICY}
      EnableKeyRotation: false
  Defaulted:
    Type: AWS::KMS::Key
    Properties:${POLICY}
  Signing:
    Type: AWS::KMS::Key
    Properties:${POLICY}
      KeySpec: ECC_NIST_P256
      KeyUsage: SIGN_VERIFY
  Hmac:
    Type: AWS::KMS::Key
    Properties:${POLICY}
      KeySpec: HMAC_256
      KeyUsage: GENERATE_VERIFY_MAC
  Imported:
    Type: AWS::KMS::Key
    Properties:${POLICY}
      Origin: EXTERNAL
  RotationFromParameter:
    Type: AWS::KMS::Key
    Properties:${POLICY}
      EnableKeyRotation: !Ref Rotate
  SpecFromParameter:
    Type: AWS::KMS::Key
    Properties:${POLICY}
      KeySpec: !Ref Spec
  SpecFromParameterRotating:
    Type: AWS::KMS::Key
    Properties:${POLICY}
      KeySpec: !Ref Spec
      EnableKeyRotation: true
`,
    expect: {
      Rotating: { status: 'COMPLIANT', path: ['EnableKeyRotation'] },
      NotRotating: { status: 'NON_COMPLIANT', messageId: 'notRotating', path: ['EnableKeyRotation'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notRotating', path: [] },
      Signing: { status: 'NOT_APPLICABLE', messageId: 'notApplicable', path: ['KeySpec'] },
      Hmac: 'NOT_APPLICABLE',
      Imported: { status: 'NOT_APPLICABLE', messageId: 'notApplicable', path: ['Origin'] },
      RotationFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRotation' },
      SpecFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRotation', path: ['KeySpec'] },
      SpecFromParameterRotating: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: enable_key_rotation true and unset, an asymmetric key and an external key',
    hcl: `
resource "aws_kms_key" "rotating" {
  description         = "rotating"
  enable_key_rotation = true
}

resource "aws_kms_key" "static" {
  description = "static"
}

resource "aws_kms_key" "signing" {
  description              = "signing"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_external_key" "imported" {
  description = "imported"
}
`,
    expect: {
      'aws_kms_key.rotating': 'COMPLIANT',
      'aws_kms_key.static': { status: 'NON_COMPLIANT', messageId: 'notRotating' },
      'aws_kms_key.signing': 'NOT_APPLICABLE',
      'aws_kms_external_key.imported': 'NOT_APPLICABLE',
    },
  },
  {
    name: 'plan: the provider default false, true, and from a variable',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_kms_key.on', { description: 'on', enable_key_rotation: true, customer_master_key_spec: 'SYMMETRIC_DEFAULT' }, { arn: true }),
        created('aws_kms_key.off', { description: 'off', enable_key_rotation: false, customer_master_key_spec: 'SYMMETRIC_DEFAULT' }, { arn: true }),
        created('aws_kms_key.later', { description: 'later', customer_master_key_spec: 'SYMMETRIC_DEFAULT' }, { arn: true, enable_key_rotation: true }),
      ],
    },
    expect: {
      'aws_kms_key.on': 'COMPLIANT',
      'aws_kms_key.off': { status: 'NON_COMPLIANT', messageId: 'notRotating' },
      'aws_kms_key.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRotation' },
    },
  },
] satisfies RuleCase[];
