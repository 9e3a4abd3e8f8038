import { buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/**
 * A document item. Config records the document (`Name`, `DocumentType`, …) but not who it is
 * shared with: `SharedAccountIds` is what the Config rule handler's periodic read adds from
 * DescribeDocumentPermission (`live/ssm-documents.ts`), or `SharedAccountIdsUnreadable` why not.
 */
const documentItem = (name: string, sharing: Record<string, unknown>) =>
  buildConfigurationItem('AWS::SSM::Document', { Name: name, DocumentType: 'Command', DocumentFormat: 'JSON', ...sharing }, { resourceId: name });

export default [
  {
    name: 'config: documents shared with all accounts, with an account, with no one, and items without their sharing',
    items: [
      documentItem('print-hostname-public', { SharedAccountIds: ['all'] }),
      documentItem('print-hostname-partner', { SharedAccountIds: ['111122223333'] }),
      documentItem('print-hostname', { SharedAccountIds: [] }),
      documentItem('print-hostname-recorded', {}),
      documentItem('print-hostname-denied', { SharedAccountIdsUnreadable: 'DescribeDocumentPermission access denied (AccessDeniedException)' }),
    ],
    expect: {
      'print-hostname-public': { status: 'NON_COMPLIANT', messageId: 'public' },
      'print-hostname-partner': { status: 'COMPLIANT', messageId: 'shared', messageIncludes: '111122223333' },
      'print-hostname': { status: 'COMPLIANT', messageId: 'private' },
      'print-hostname-recorded': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'AWS Config does not record' },
      'print-hostname-denied': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'access denied' },
    },
  },
  {
    name: 'config: an account list holding something other than account ids is malformed, never compliant',
    items: [documentItem('print-hostname-odd', { SharedAccountIds: [{ AccountId: '111122223333' }] }), documentItem('print-hostname-named', { SharedAccountIds: ['partner'] })],
    expect: {
      'print-hostname-odd': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
      'print-hostname-named': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'not an account id' },
    },
  },
] satisfies RuleCase[];
