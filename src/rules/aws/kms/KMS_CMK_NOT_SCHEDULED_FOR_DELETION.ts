import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';

const DELETING = new Set(['PendingDeletion', 'PendingReplicaDeletion']);

export default defineRule<{ kmsKeyIds?: string[] }>({
  meta: {
    id: 'KMS_CMK_NOT_SCHEDULED_FOR_DELETION',
    title: 'KMS keys are not scheduled for deletion',
    description:
      'Checks that an AWS KMS key is not scheduled for deletion (key state PendingDeletion or PendingReplicaDeletion), which would make everything encrypted with it unreadable once the waiting period ends. The key state exists only in the account, so the rule needs live data (AWS Config items, the live scan); with kmsKeyIds, only those keys are checked.',
    severity: 'critical',
    resourceTypes: ['AWS::KMS::Key'],
    managedRule: 'kms-cmk-not-scheduled-for-deletion',
    liveOnly: true,
    frameworks: { FSBP: ['KMS.3'], 'NIST-800-53-r5': ['SC-12', 'SC-12(2)'], 'PCI-DSS-v3.2.1': ['3.5', '3.6'] },
    parameters: {
      kmsKeyIds: { type: 'string-list', description: 'Ids of the customer managed keys to check (all keys when absent).' },
    },
    messages: {
      notScheduled: 'KMS key {{id}} is not scheduled for deletion (key state {{state}}).',
      scheduled: 'KMS key {{id}} is scheduled for deletion{{date}} (key state {{state}}).',
      notListed: 'KMS key {{id}} is not one of kmsKeyIds.',
      unknownState: 'The key state of KMS key {{id}} is not known ({{reason}}).',
    },
    remediation: 'Cancel the key deletion (CancelKeyDeletion, then EnableKey) during the waiting period if the key is still needed.',
  },
  check(key, { params }) {
    const keyId = key.properties.KeyId;
    const listed = params.kmsKeyIds ?? [];
    if (listed.length > 0 && !(typeof keyId === 'string' && listed.some((id) => id === keyId || id.endsWith(`:key/${keyId}`)))) {
      if (isUnknown(keyId) || keyId === undefined) return insufficientData('unknownState', { reason: 'the key id is not known, so whether kmsKeyIds lists it is not known' }, []);
      return notApplicable('notListed', {}, []);
    }
    const state = key.observed?.KeyState;
    if (isUnknown(state)) return insufficientData('unknownState', { reason: state.reason }, []);
    if (typeof state !== 'string') return insufficientData('unknownState', { reason: state === undefined ? 'the key state was not read' : `malformed: KeyState is ${JSON.stringify(state)}` }, []);
    const deletion = key.observed?.DeletionDate;
    const time = typeof deletion === 'number' ? deletion : typeof deletion === 'string' ? Date.parse(deletion) : Number.NaN;
    if (DELETING.has(state)) return nonCompliant('scheduled', { state, date: Number.isFinite(time) && Math.abs(time) < 8.64e15 ? ` for ${new Date(time).toISOString()}` : '' }, []);
    return compliant('notScheduled', { state }, []);
  },
});
