import { defineRule, insufficientData } from '../../define.js';
import { judgeService, type MemberState } from '../../lib/account.js';
import { isUnknown } from '../../../model/unknown.js';
import { toBoolean } from '../../../model/value.js';
import type { Resource } from '../../../model/resource.js';

type MessageId = 'enabled' | 'noDetector' | 'disabled' | 'notCentral' | 'undeclared' | 'unknown';

const detector = (enable: string) => `Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: ${enable}\n`;

/** A detector is on when `Enable` is true (CloudFormation requires it; the live scan reads it). */
export function detectorState(member: Resource): MemberState {
  const enable = toBoolean(member.properties.Enable);
  if (isUnknown(enable)) return { on: 'unknown', reason: enable.reason, path: ['Enable'] };
  if (enable === true) return { on: true };
  if (enable === false) return { on: false, why: 'Enable is false', path: ['Enable'] };
  return { on: 'unknown', reason: `Enable is ${JSON.stringify(member.properties.Enable ?? null)}`, path: ['Enable'] };
}

export default defineRule<{ CentralMonitoringAccount?: string[] }, MessageId>({
  meta: {
    id: 'GUARDDUTY_ENABLED_CENTRALIZED',
    title: 'GuardDuty is enabled in the account and region',
    description:
      'Checks that an Amazon GuardDuty detector is enabled in the account and region, so threats are detected where resources run. With CentralMonitoringAccount, an account listed there is judged by its own detector; any other account\'s findings must reach one of them, which Tosei can not see (INSUFFICIENT_DATA). A template or plan that declares no detector says nothing about the account.',
    severity: 'high',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'guardduty-enabled-centralized',
    frameworks: {
      FSBP: ['GuardDuty.1'],
      'PCI-DSS-v3.2.1': ['11.4'],
      'NIST-800-53-r5': [
        'AC-2(12)', 'AU-6(1)', 'AU-6(5)', 'CA-7', 'CM-8(3)', 'RA-3(4)', 'SA-11(1)', 'SA-11(6)', 'SA-15(2)', 'SA-15(8)', 'SA-8(19)', 'SA-8(21)', 'SA-8(25)', 'SC-5', 'SC-5(1)',
        'SC-5(3)', 'SI-20', 'SI-3(8)', 'SI-4', 'SI-4(1)', 'SI-4(13)', 'SI-4(2)', 'SI-4(22)', 'SI-4(25)', 'SI-4(4)', 'SI-4(5)',
      ],
    },
    parameters: {
      CentralMonitoringAccount: { type: 'string-list', description: 'Accounts (12 digits) where GuardDuty findings may be centralized.' },
    },
    messages: {
      enabled: 'GuardDuty detector {{id}} is enabled.',
      noDetector: 'GuardDuty has no detector in this account and region.',
      disabled: 'GuardDuty detector {{id}} is not enabled ({{why}}).',
      notCentral: 'The account is not one of the CentralMonitoringAccount accounts, and whether its GuardDuty findings reach one of them is not known.',
      undeclared: 'This input declares no GuardDuty detector.',
      unknown: 'Whether GuardDuty is enabled is not known ({{reason}}).',
    },
    remediation: 'Enable GuardDuty in every region (GuardDuty console, `aws guardduty create-detector --enable`, `AWS::GuardDuty::Detector` with `Enable: true`, or Terraform `aws_guardduty_detector`), ideally from a delegated administrator for the organization.',
    examples: {
      noncompliant: [{ cloudformation: detector('false') }],
      compliant: [{ cloudformation: detector('true') }],
    },
  },
  check(account, { params, graph }) {
    const central = params.CentralMonitoringAccount ?? [];
    const id = account.source.account ?? (typeof account.properties.AccountId === 'string' ? account.properties.AccountId : undefined);
    if (central.length > 0 && (id === undefined || !central.includes(id))) return insufficientData('notCentral', {}, []);
    return judgeService(account, graph, 'GuardDutyDetectors', detectorState, { on: 'enabled', none: 'noDetector', off: 'disabled', undeclared: 'undeclared', unknown: 'unknown' });
  },
});
