import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkResource, type ActiveRule } from '../src/engine/run.js';
import { resolveParameters } from '../src/engine/parameters.js';
import { configItemsToDocument } from '../src/inputs/config/index.js';
import { ResourceGraph } from '../src/model/graph.js';
import type { Resource } from '../src/model/resource.js';
import { isUnknown, unknown } from '../src/model/unknown.js';
import { isObject, type Value } from '../src/model/value.js';
import { buildConfigurationItem } from '../src/rules/config-fixtures.js';
import { builtinRules } from '../src/rules/index.js';
import { judgeKmsEncryption } from '../src/rules/lib/encryption.js';
import { scheduleInterval } from '../src/rules/lib/schedules.js';

const json = fc.jsonValue() as fc.Arbitrary<Value>;
const EMPTY = new ResourceGraph([], [], new Map());
const KEYS = ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', '1234abcd-12ab-34cd-56ef-1234567890ab', 'alias/aws/sns', 'alias/payments', 'arn:aws:kms:us-east-1:111122223333:alias/aws/secretsmanager'];

describe('KMS encryption judgement', () => {
  it('passes only an encrypted resource with an expected, customer managed key when those are required', () => {
    const key = fc.oneof(fc.constantFrom(...KEYS, undefined, ''), json, fc.constant(unknown('a reference')));
    fc.assert(
      fc.property(fc.oneof(fc.boolean(), fc.constant(unknown('a parameter'))), key, fc.subarray(KEYS), fc.boolean(), (encrypted, value, allowed, customerManaged) => {
        const verdict = judgeKmsEncryption(
          { noun: 'Table', encrypted, encryptedPath: [], notEncryptedBecause: 'off', key: value as Value | undefined, keyPath: ['Key'], serviceKey: 'alias/aws/dynamodb' },
          { allowed, customerManaged },
          EMPTY,
        );
        if (verdict.status !== 'COMPLIANT') return;
        assert.equal(encrypted, true);
        const named = value !== undefined && value !== null && value !== '';
        if (customerManaged) assert.ok(named && typeof value === 'string' && !/alias\/aws\//.test(value), JSON.stringify(value));
        if (allowed.length > 0) assert.ok(typeof value === 'string' && named, JSON.stringify(value));
        if (isUnknown(value) && (customerManaged || allowed.length > 0)) assert.fail('an unknown key passed a key requirement');
      }),
    );
  });
});

/** Firing minutes of `cron(M H ? * D *)` over three weeks from a Sunday, by brute force. */
function bruteForceGap(minutes: readonly number[], hours: readonly number[], days: readonly number[]): number {
  const start = Date.UTC(2026, 0, 4); // a Sunday
  const firings: number[] = [];
  for (let minute = 0; minute < 3 * 7 * 24 * 60; minute++) {
    const date = new Date(start + minute * 60_000);
    if (minutes.includes(date.getUTCMinutes()) && hours.includes(date.getUTCHours()) && days.includes(date.getUTCDay() + 1)) firings.push(minute);
  }
  let longest = 0;
  for (let index = 1; index < firings.length; index++) longest = Math.max(longest, (firings[index] as number) - (firings[index - 1] as number));
  return longest;
}

describe('schedule expressions', () => {
  it('the longest gap of a weekly cron pattern is the one found by trying every minute', () => {
    const set = (values: readonly number[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 4 }).map((list) => [...list].sort((a, b) => a - b));
    fc.assert(
      fc.property(set([0, 15, 30, 45]), set([0, 3, 6, 9, 12, 18, 23]), set([1, 2, 3, 4, 5, 6, 7]), (minutes, hours, days) => {
        const expression = `cron(${minutes.join(',')} ${hours.join(',')} ? * ${days.join(',')} *)`;
        assert.equal(scheduleInterval(expression), bruteForceGap(minutes, hours, days), expression);
      }),
      { numRuns: 40 },
    );
  });

  it('any text is read as an interval or an unknown, never a crash', () => {
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ maxLength: 40 }).map((body) => `cron(${body})`), fc.string({ maxLength: 20 }).map((body) => `rate(${body})`));
    fc.assert(
      fc.property(text, (expression) => {
        const interval = scheduleInterval(expression);
        assert.ok(isUnknown(interval) || (Number.isFinite(interval) && interval > 0), `${expression}: ${String(interval)}`);
      }),
    );
  });
});

describe('wave 1 store inputs', () => {
  const types = ['AWS::DynamoDB::Table', 'AWS::DAX::Cluster', 'AWS::ApplicationAutoScaling::ScalableTarget', 'AWS::ApplicationAutoScaling::ScalingPolicy', 'AWS::KMS::Key', 'AWS::SecretsManager::Secret', 'AWS::SNS::Topic', 'AWS::Kinesis::Stream', 'AWS::EFS::AccessPoint', 'AWS::Backup::BackupPlan', 'AWS::DMS::ReplicationInstance', 'AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster', 'AWS::RDS::DBCluster'];
  const rulesOf = (type: string) => builtinRules.filter((rule) => rule.meta.resourceTypes.includes(type));

  it('any configuration Config might send for these types is read without a crash, and no rule errors on it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.dictionary(fc.string({ maxLength: 30 }), fc.jsonValue()), fc.jsonValue(), (type, configuration, supplementary) => {
        const item = buildConfigurationItem(type, configuration, { resourceId: 'subject', supplementaryConfiguration: isObject(supplementary as Value) ? (supplementary as Record<string, unknown>) : {} });
        const document = configItemsToDocument([item], 'items.json');
        for (const resource of document.graph.resources) {
          for (const rule of rulesOf(resource.type)) {
            const active: ActiveRule = { rule, params: resolveParameters(rule, {}), severity: rule.meta.severity };
            assert.notEqual(checkResource(document, resource, active, { live: true }, []).evaluation.status, 'ERROR', rule.meta.id);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a table with any scaling targets and policies around it gets a verdict, and passes in provisioned mode only with both capacities scaled', () => {
    const rule = builtinRules.find((candidate) => candidate.meta.id === 'DYNAMODB_AUTOSCALING_ENABLED');
    assert.ok(rule);
    const active: ActiveRule = { rule, params: {}, severity: rule.meta.severity };
    const dimension = fc.oneof(fc.constantFrom('dynamodb:table:ReadCapacityUnits', 'dynamodb:table:WriteCapacityUnits', 'dynamodb:index:ReadCapacityUnits', 'ecs:service:DesiredCount'), json);
    const target = fc.record({ ServiceNamespace: fc.oneof(fc.constantFrom('dynamodb', 'ecs'), json), ResourceId: fc.oneof(fc.constantFrom('table/orders', 'table/orders/index/byDate', 'table/other'), json), ScalableDimension: dimension, MinCapacity: json }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(target, { maxLength: 4 }), fc.oneof(fc.constantFrom('PROVISIONED', 'PAY_PER_REQUEST'), json), (targets, mode) => {
        const resources: Resource[] = [
          { id: 'Table', type: 'AWS::DynamoDB::Table', properties: { TableName: 'orders', BillingMode: mode }, source: { file: 'f', format: 'cloudformation' } },
          ...targets.flatMap((properties, index): Resource[] => [
            { id: `Target${index}`, type: 'AWS::ApplicationAutoScaling::ScalableTarget', properties: properties as Record<string, Value>, source: { file: 'f', format: 'cloudformation' } },
            { id: `Policy${index}`, type: 'AWS::ApplicationAutoScaling::ScalingPolicy', properties: { ScalingTargetId: unknown('Ref', { resource: `Target${index}` }), PolicyType: 'TargetTrackingScaling' }, source: { file: 'f', format: 'cloudformation' } },
          ]),
        ];
        const graph = new ResourceGraph(resources, [], new Map());
        const table = resources[0] as Resource;
        const status = checkResource({ file: 'f', format: 'cloudformation', graph, locate: () => undefined, problems: [] }, table, active, {}, []).evaluation.status;
        assert.notEqual(status, 'ERROR');
        if (status === 'COMPLIANT' && mode !== 'PAY_PER_REQUEST') {
          for (const capacity of ['Read', 'Write']) {
            assert.ok(
              targets.some((candidate) => candidate.ResourceId === 'table/orders' && candidate.ScalableDimension === `dynamodb:table:${capacity}CapacityUnits` && candidate.ServiceNamespace === 'dynamodb'),
              `${capacity}: ${JSON.stringify(targets)}`,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
