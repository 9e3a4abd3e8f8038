import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateDocument, formatMessage, type ActiveRule } from '../src/engine/run.js';
import { loadCloudFormation } from '../src/inputs/cloudformation/index.js';
import type { Resource } from '../src/model/resource.js';
import type { AnyRule } from '../src/rules/types.js';

const resource = { id: 'Bucket', type: 'AWS::S3::Bucket', properties: {}, source: { file: 't.yaml', format: 'cloudformation' } } as Resource;
const rule = {
  meta: {
    id: 'TEST_RULE',
    messages: {
      plain: 'no placeholders here',
      filled: '{{type}} {{id}} allows {{ port }} from {{cidr}}; again {{port}}.',
      missing: 'port {{port}} and {{nothing}} stay',
      inherited: '{{toString}} is not data',
    },
  },
} as unknown as AnyRule;

describe('rule messages', () => {
  it('fills placeholders from the verdict data, the resource id and type; keeps unknown ones; scrubs secrets', () => {
    assert.equal(formatMessage(rule, { status: 'COMPLIANT', messageId: 'plain' }, resource), 'no placeholders here');
    assert.equal(
      formatMessage(rule, { status: 'NON_COMPLIANT', messageId: 'filled', data: { port: 22, cidr: '0.0.0.0/0' } }, resource),
      'AWS::S3::Bucket Bucket allows 22 from 0.0.0.0/0; again 22.',
    );
    assert.equal(formatMessage(rule, { status: 'NON_COMPLIANT', messageId: 'filled', data: { id: 'Other', port: 1, cidr: 'x' } }, resource), 'AWS::S3::Bucket Other allows 1 from x; again 1.');
    assert.equal(formatMessage(rule, { status: 'NON_COMPLIANT', messageId: 'missing', data: { port: 443 } }, resource), 'port 443 and {{nothing}} stay');
    assert.equal(formatMessage(rule, { status: 'NON_COMPLIANT', messageId: 'inherited' }, resource), '{{toString}} is not data');
    assert.equal(formatMessage(rule, { status: 'INSUFFICIENT_DATA', messageId: '', data: { reason: 'uses hunter22 as a key' } }, resource, ['hunter22']), 'uses (sensitive) as a key');
    assert.equal(formatMessage(rule, { status: 'NON_COMPLIANT', messageId: 'nope' }, resource), 'TEST_RULE: unknown message id "nope"');
  });
});

describe('rules by resource type', () => {
  it('reads each rule\'s resource types once per rule list, not per document, and runs only the rules of a resource\'s type', () => {
    let typeReads = 0;
    let checks = 0;
    const rule = (index: number, type: string): AnyRule =>
      ({
        meta: {
          id: `RULE_${index}`,
          messages: {},
          get resourceTypes() {
            typeReads += 1;
            return [type];
          },
        },
        check: () => {
          checks += 1;
          return { status: 'COMPLIANT', messageId: '', data: { reason: 'fine' } };
        },
      }) as unknown as AnyRule;
    // 500 rules of other types and one of the bucket's.
    const rules: ActiveRule[] = [...Array.from({ length: 500 }, (_, index) => rule(index, `AWS::Other::Type${index}`)), rule(500, 'AWS::S3::Bucket')].map((active) => ({ rule: active, params: {}, severity: 'high' }));
    for (let file = 0; file < 20; file++) {
      const document = loadCloudFormation('Resources:\n  B:\n    Type: AWS::S3::Bucket\n  Q:\n    Type: AWS::SQS::Queue\n', `t${file}.yaml`, {}, { force: true });
      assert.ok(document);
      assert.equal(evaluateDocument(document, rules).evaluations.length, 1);
    }
    assert.equal(typeReads, 501, 'each rule\'s types are read once for the 20 documents');
    assert.equal(checks, 20, 'only the bucket rule ran, once per document');
  });
});
