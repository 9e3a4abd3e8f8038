import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkResource } from '../src/engine/run.js';
import { resolveParameters } from '../src/engine/parameters.js';
import { ResourceGraph } from '../src/model/graph.js';
import type { ScanDocument } from '../src/model/document.js';
import type { Resource } from '../src/model/resource.js';
import type { Properties, Value } from '../src/model/value.js';
import { rdsRules } from '../src/rules/aws/rds/index.js';

/**
 * Wrong-typed RDS settings are never a pass: each property an RDS rule decides by, given a value
 * of the wrong type on an otherwise compliant resource, makes the rule say INSUFFICIENT_DATA (or
 * NON_COMPLIANT), never COMPLIANT, and never crash.
 */
const INSTANCE: Properties = {
  DBInstanceIdentifier: 'orders',
  Engine: 'postgres',
  DBInstanceClass: 'db.m6g.large',
  MasterUsername: 'orders_admin',
  PubliclyAccessible: false,
  MultiAZ: true,
  AutoMinorVersionUpgrade: true,
  BackupRetentionPeriod: 7,
  DeletionProtection: true,
  EnableIAMDatabaseAuthentication: true,
  EnableCloudwatchLogsExports: ['postgresql', 'upgrade'],
  MonitoringInterval: 60,
  StorageEncrypted: true,
};
const CLUSTER: Properties = {
  DBClusterIdentifier: 'analytics',
  Engine: 'aurora-mysql',
  MasterUsername: 'analytics_admin',
  BackupRetentionPeriod: 7,
  DeletionProtection: true,
  EnableIAMDatabaseAuthentication: true,
  StorageEncrypted: true,
  BacktrackWindow: 86400,
  DBClusterInstanceClass: 'db.m6gd.large',
};
const SNAPSHOT: Properties = { DBSnapshotIdentifier: 'orders-42', Encrypted: true, DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }] };

type Kind = 'boolean' | 'number' | 'string' | 'list';
/** The properties each type's rules decide by: their kind and the rules that read them. */
const DECIDING: Record<string, Record<string, [Kind, string[]]>> = {
  'AWS::RDS::DBInstance': {
    Engine: ['string', ['RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED', 'RDS_LOGGING_ENABLED']],
    PubliclyAccessible: ['boolean', ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK']],
    MultiAZ: ['boolean', ['RDS_MULTI_AZ_SUPPORT']],
    AutoMinorVersionUpgrade: ['boolean', ['RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED']],
    BackupRetentionPeriod: ['number', ['DB_INSTANCE_BACKUP_ENABLED']],
    DeletionProtection: ['boolean', ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED']],
    EnableIAMDatabaseAuthentication: ['boolean', ['RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED']],
    EnableCloudwatchLogsExports: ['list', ['RDS_LOGGING_ENABLED']],
    MonitoringInterval: ['number', ['RDS_ENHANCED_MONITORING_ENABLED']],
    MasterUsername: ['string', ['RDS_INSTANCE_DEFAULT_ADMIN_CHECK']],
  },
  'AWS::RDS::DBCluster': {
    Engine: ['string', ['AURORA_MYSQL_BACKTRACKING_ENABLED']],
    MasterUsername: ['string', ['RDS_CLUSTER_DEFAULT_ADMIN_CHECK']],
    DeletionProtection: ['boolean', ['RDS_CLUSTER_DELETION_PROTECTION_ENABLED']],
    EnableIAMDatabaseAuthentication: ['boolean', ['RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED']],
    BacktrackWindow: ['number', ['AURORA_MYSQL_BACKTRACKING_ENABLED']],
  },
  'AWS::RDS::DBSnapshot': {
    Encrypted: ['boolean', ['RDS_SNAPSHOT_ENCRYPTED']],
    DBSnapshotAttributes: ['list', ['RDS_SNAPSHOTS_PUBLIC_PROHIBITED']],
  },
};

const wrong: Record<Kind, fc.Arbitrary<Value>> = {
  boolean: fc.oneof(fc.dictionary(fc.string(), fc.boolean()), fc.array(fc.boolean(), { minLength: 1 }), fc.integer(), fc.string().filter((text) => !/^(true|false)$/i.test(text))) as fc.Arbitrary<Value>,
  number: fc.oneof(fc.dictionary(fc.string(), fc.integer()), fc.array(fc.integer(), { minLength: 1 }), fc.string().filter((text) => text.trim() === '' || Number.isNaN(Number(text)))) as fc.Arbitrary<Value>,
  string: fc.oneof(fc.dictionary(fc.string(), fc.string(), { minKeys: 1 }), fc.array(fc.string(), { minLength: 1 })) as fc.Arbitrary<Value>,
  list: fc.oneof(fc.dictionary(fc.string(), fc.string(), { minKeys: 1 }), fc.integer(), fc.string({ minLength: 1 })) as fc.Arbitrary<Value>,
};

function document(resource: Resource): ScanDocument {
  return { file: 'f', format: 'cloudformation', graph: new ResourceGraph([resource], []), problems: [], locate: () => undefined } as unknown as ScanDocument;
}

describe('RDS rules and wrong-typed settings', () => {
  const bases: [string, Properties][] = [['AWS::RDS::DBInstance', INSTANCE], ['AWS::RDS::DBCluster', CLUSTER], ['AWS::RDS::DBSnapshot', SNAPSHOT]];
  for (const [type, base] of bases) {
    for (const [property, [kind, readers]] of Object.entries(DECIDING[type] ?? {})) {
      it(`${type} ${property} (${kind})`, () => {
        const rules = rdsRules.filter((rule) => rule.meta.resourceTypes.includes(type));
        const clean: Resource = { id: 'R', type, properties: base, source: { file: 'f', format: 'cloudformation' } };
        const status = (resource: Resource, rule: (typeof rules)[number]) => {
          const active = { rule, params: resolveParameters(rule, {}), severity: rule.meta.severity };
          return checkResource(document(resource), resource, active, { live: true }, []).evaluation;
        };
        // The untouched resource passes every rule that reads the property.
        for (const rule of rules.filter((candidate) => readers.includes(candidate.meta.id))) assert.equal(status(clean, rule).status, 'COMPLIANT', rule.meta.id);
        fc.assert(
          fc.property(wrong[kind], (value) => {
            const resource: Resource = { ...clean, properties: { ...base, [property]: value } };
            for (const rule of rules) {
              const evaluation = status(resource, rule);
              assert.notEqual(evaluation.status, 'ERROR', `${rule.meta.id}: ${evaluation.message}`);
              if (readers.includes(rule.meta.id)) assert.notEqual(evaluation.status, 'COMPLIANT', `${rule.meta.id} passed ${property} = ${JSON.stringify(value)}: ${evaluation.message}`);
              else assert.equal(evaluation.status, status(clean, rule).status, `${rule.meta.id} changed with ${property}`);
            }
          }),
          { numRuns: 60 },
        );
      });
    }
  }
});
