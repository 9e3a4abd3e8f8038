import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath, isObject, toBoolean } from '../../../model/value.js';
import type { Verdict } from '../../types.js';

type MessageId = 'noPublicIp' | 'publicIp' | 'exempted' | 'unknownInterfaces';

const INTERFACES = ['LaunchTemplateData', 'NetworkInterfaces'];

export default defineRule<{ exemptedLaunchTemplates?: string[] }, MessageId>({
  meta: {
    id: 'EC2_LAUNCH_TEMPLATE_PUBLIC_IP_DISABLED',
    title: 'EC2 launch templates do not assign public IP addresses',
    description:
      'Checks that no network interface of a launch template sets AssociatePublicIpAddress to true, unless the template is exempted. Every instance launched from such a template, by hand or by an Auto Scaling group, is reachable from the internet.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::LaunchTemplate'],
    managedRule: 'ec2-launch-template-public-ip-disabled',
    frameworks: { FSBP: ['EC2.25'], 'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'] },
    parameters: {
      exemptedLaunchTemplates: {
        type: 'string-list',
        description: 'Launch template ids (lt-…) allowed to assign public IP addresses. Before deployment a template has no id yet: its LaunchTemplateName is matched too.',
      },
    },
    messages: {
      noPublicIp: 'No network interface of launch template {{id}} asks for a public IP address.',
      publicIp: 'Launch template {{id}}: network interface {{where}} sets AssociatePublicIpAddress to true.',
      exempted: 'Launch template {{id}} assigns public IP addresses, and is exempted ({{name}}).',
      unknownInterfaces: 'Whether launch template {{id}} assigns public IP addresses is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `AssociatePublicIpAddress: false` (or leave it out and use a private subnet) on each network interface of the launch template.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        NetworkInterfaces:\n          - DeviceIndex: 0\n            AssociatePublicIpAddress: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        NetworkInterfaces:\n          - DeviceIndex: 0\n            AssociatePublicIpAddress: false\n',
        },
      ],
    },
  },
  check(template, { params }) {
    const interfaces = getPath(template.properties, INTERFACES);
    if (isUnknown(interfaces)) return insufficientData('unknownInterfaces', { reason: interfaces.reason }, INTERFACES);
    const verdicts: Verdict<MessageId>[] = [];
    (Array.isArray(interfaces) ? interfaces : []).forEach((entry, index) => {
      const path = [...INTERFACES, index];
      if (isUnknown(entry)) {
        verdicts.push(insufficientData('unknownInterfaces', { reason: entry.reason }, path));
        return;
      }
      if (!isObject(entry)) return;
      const written = entry.AssociatePublicIpAddress;
      const associate = toBoolean(written);
      const at = [...path, 'AssociatePublicIpAddress'];
      if (isUnknown(associate)) verdicts.push(insufficientData('unknownInterfaces', { reason: associate.reason }, at));
      else if (associate === true) verdicts.push(nonCompliant('publicIp', { where: String(entry.DeviceIndex ?? index) }, at));
      else if (associate === undefined && written !== undefined && written !== null) {
        verdicts.push(insufficientData('unknownInterfaces', { reason: `malformed: AssociatePublicIpAddress should be a boolean, not ${JSON.stringify(written)}` }, at));
      }
    });
    if (verdicts.length === 0) return compliant('noPublicIp', {}, []);
    const exemption = exemptedAs(template.id, template.properties.LaunchTemplateName, params.exemptedLaunchTemplates ?? []);
    if (exemption && verdicts.every((verdict) => verdict.status === 'NON_COMPLIANT')) return compliant('exempted', { name: exemption }, []);
    return verdicts;
  },
});

/** The id or name by which the template is exempted, if it is. */
function exemptedAs(id: string, name: unknown, exempted: readonly string[]): string | undefined {
  if (exempted.includes(id)) return id;
  return typeof name === 'string' && exempted.includes(name) ? name : undefined;
}
