import type { RuleCase } from '../../tester.js';
import { repositoryItem } from './items.js';

export default [
  {
    name: 'config: immutable, mutable (the RDK example), not recorded',
    items: [repositoryItem('immutable', { ImageTagMutability: 'IMMUTABLE' }), repositoryItem('mutable'), repositoryItem('unrecorded', { ImageTagMutability: undefined })],
    expect: {
      immutable: 'COMPLIANT',
      mutable: { status: 'NON_COMPLIANT', messageId: 'mutable' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
