import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initHclParser } from '../src/inputs/terraform/hcl/parser.js';
import { ACCOUNT_ID, ACCOUNT_TYPE, isUndeclared } from '../src/model/account.js';
import { isUnknown } from '../src/model/unknown.js';
import { buildConfigurationItem as item } from '../src/rules/config-fixtures.js';
import { loadConfigFixture, loadFixture, loadTerraformFixture } from '../src/rules/tester.js';

await initHclParser();

describe('the account resource', () => {
  it('a template without account settings or services has no account', () => {
    const document = loadFixture('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n');
    assert.equal(document.graph.ofType(ACCOUNT_TYPE).length, 0);
  });

  it('a template lists its detectors and trails on one account, the rest undeclared', () => {
    const template = [
      'Resources:',
      '  Detector:',
      '    Type: AWS::GuardDuty::Detector',
      '    Properties:',
      '      Enable: true',
      '  Trail:',
      '    Type: AWS::CloudTrail::Trail',
      '    Properties:',
      '      IsLogging: true',
      '      S3BucketName: logs',
      '',
    ].join('\n');
    const document = loadFixture(template);
    const [account] = document.graph.ofType(ACCOUNT_TYPE);
    assert.ok(account);
    assert.equal(account.id, ACCOUNT_ID);
    const detectors = account.properties.GuardDutyDetectors;
    assert.ok(Array.isArray(detectors) && detectors.length === 1);
    assert.equal(document.graph.target(detectors[0])?.id, 'Detector');
    assert.equal(document.graph.referrers('Trail', ACCOUNT_TYPE, 'Trails')[0]?.id, ACCOUNT_ID);
    assert.ok(isUndeclared(account.properties.PasswordPolicy));
    assert.ok(isUndeclared(account.properties.SecurityHubs));
    // A finding on a member is located at the member's property.
    assert.equal(document.locate(ACCOUNT_ID, ['GuardDutyDetectors', 0, 'Enable'])?.line, 5);
  });

  it('Terraform account settings merge into one account, each located where it is declared', () => {
    const document = loadTerraformFixture({
      name: 'hcl',
      hcl: [
        'resource "aws_iam_account_password_policy" "strict" {',
        '  minimum_password_length = 14',
        '  require_symbols         = true',
        '}',
        '',
        'resource "aws_ebs_encryption_by_default" "on" {',
        '  enabled = true',
        '}',
        '',
      ].join('\n'),
      expect: {},
    });
    const accounts = document.graph.ofType(ACCOUNT_TYPE);
    assert.equal(accounts.length, 1);
    const [account] = accounts;
    assert.ok(account);
    assert.deepEqual(account.properties.EbsEncryptionByDefault, true);
    const policy = account.properties.PasswordPolicy as Record<string, unknown>;
    assert.equal(policy.MinimumPasswordLength, 14);
    assert.equal(policy.RequireNumbers, false);
    assert.ok(isUndeclared(account.properties.PublicAccessBlock));
    assert.ok(isUndeclared(account.properties.Trails));
    assert.equal(document.locate(account.id, ['EbsEncryptionByDefault'])?.line, 6);
    assert.equal(document.locate(account.id, ['PasswordPolicy', 'MinimumPasswordLength'])?.line, 1);
  });

  it('a plan that deletes the password policy leaves the account without one', () => {
    const document = loadTerraformFixture({
      name: 'plan',
      plan: {
        format_version: '1.2',
        resource_changes: [
          { address: 'aws_iam_account_password_policy.old', mode: 'managed', type: 'aws_iam_account_password_policy', name: 'old', change: { actions: ['delete'], before: { minimum_password_length: 14 }, after: null } },
        ],
      },
      expect: {},
    });
    const [account] = document.graph.ofType(ACCOUNT_TYPE);
    assert.equal(account?.properties.PasswordPolicy, null);
  });

  it('Config: the account item, its public access block item and a detector item make one account listing the detector', () => {
    const document = loadConfigFixture({
      name: 'config',
      items: [
        item('AWS::S3::AccountPublicAccessBlock', { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: false }, { resourceId: '123456789012' }),
        item('AWS::::Account', { accountId: '123456789012', passwordPolicy: null, ebsEncryptionByDefault: true, guardDutyDetectors: [], unreadable: { organization: 'AccessDenied' } }, { resourceId: '123456789012' }),
        item('AWS::GuardDuty::Detector', { Enable: true, Id: 'abc123' }, { resourceId: 'abc123' }),
      ],
      expect: {},
    });
    const accounts = document.graph.ofType(ACCOUNT_TYPE);
    assert.equal(accounts.length, 1);
    const [account] = accounts;
    assert.ok(account);
    assert.equal(account.properties.AccountId, '123456789012');
    assert.equal(account.properties.PasswordPolicy, null);
    assert.deepEqual(account.properties.PublicAccessBlock, { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: false });
    const detectors = account.properties.GuardDutyDetectors;
    assert.ok(Array.isArray(detectors) && detectors.length === 1);
    assert.equal(document.graph.target(detectors[0])?.type, 'AWS::GuardDuty::Detector');
    assert.ok(isUnknown(account.properties.Organization) && account.properties.Organization.reason.includes('AccessDenied'));
    assert.ok(isUnknown(account.properties.Trails), 'trails were not read: not known, not none');
  });
});
