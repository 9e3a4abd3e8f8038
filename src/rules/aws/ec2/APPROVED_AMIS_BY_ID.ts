import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { launchTemplateOf } from '../../lib/launch-templates.js';
import type { PropertyPath } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';

export default defineRule<{ amiIds?: string[] }>({
  meta: {
    id: 'APPROVED_AMIS_BY_ID',
    title: 'EC2 instances use approved AMIs',
    description:
      'Checks that EC2 instances and launch templates use an AMI from the approved list given in the amiIds parameter. Without the list (AWS Config requires one) an AMI can not be judged: the rule reports INSUFFICIENT_DATA and asks for amiIds.',
    severity: 'medium',
    recommended: false,
    whyNotRecommended:
      'Needs your organisation\'s list of approved AMIs (amiIds): without it there is nothing to approve against. Turn it on by giving the list (`--param APPROVED_AMIS_BY_ID.amiIds=ami-...` or `.tosei.yml`).',
    resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate'],
    related: [{ type: 'AWS::EC2::LaunchTemplate', relation: 'references', property: 'LaunchTemplate' }],
    managedRule: 'approved-amis-by-id',
    parameters: {
      amiIds: { type: 'string-list', description: 'Approved AMI ids, e.g. ami-0abcdef1234567890 (required by AWS Config; without it no AMI can be judged).' },
    },
    messages: {
      approved: '{{subject}} uses approved AMI {{ami}}.',
      notApproved: '{{subject}} uses AMI {{ami}}, which is not in the approved list ({{approved}}).',
      notConfigured: '{{subject}} uses AMI {{ami}}, which can not be judged: no approved AMI list is configured. Set the amiIds parameter.',
      noImage: 'Instance {{id}} names no AMI: it has neither ImageId nor a LaunchTemplate.',
      noImageInTemplate: 'Launch template {{id}} names no AMI; it is chosen where the template is used.',
      externalTemplate: 'The AMI of instance {{id}} comes from launch template {{template}}, which this template does not define.',
      unknownImage: '{{subject}} uses an AMI that is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `ImageId` (or `LaunchTemplateData.ImageId`) to an approved AMI, or add the AMI to the `amiIds` list once it is approved.',
    examples: {
      noncompliant: [
        {
          title: 'an instance with an AMI outside the approved list',
          params: { amiIds: 'ami-0abcdef1234567890,ami-0fedcba0987654321' },
          cloudformation: 'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      InstanceType: t3.micro\n      ImageId: ami-0123456789abcdef0\n',
        },
      ],
      compliant: [
        {
          params: { amiIds: 'ami-0abcdef1234567890,ami-0fedcba0987654321' },
          cloudformation: 'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      InstanceType: t3.micro\n      ImageId: ami-0abcdef1234567890\n',
        },
      ],
    },
  },
  check(resource, { params, graph }) {
    let image = resource.properties.ImageId;
    let path: PropertyPath = ['ImageId'];
    let subject = `Instance ${resource.id}`;
    if (resource.type === 'AWS::EC2::LaunchTemplate') {
      subject = `Launch template ${resource.id}`;
      path = ['LaunchTemplateData', 'ImageId'];
      image = getPath(resource.properties, path);
      if (image === undefined || image === null) return notApplicable('noImageInTemplate', {}, ['LaunchTemplateData']);
    } else if (image === undefined || image === null) {
      const link = launchTemplateOf(resource, graph);
      path = ['LaunchTemplate'];
      if (link.kind === 'none') return nonCompliant('noImage', {}, []);
      if (link.kind === 'unknown') return insufficientData('unknownImage', { subject, reason: link.value.reason }, path);
      if (link.kind === 'external') return insufficientData('externalTemplate', { template: link.name }, path);
      image = getPath(link.template.properties, ['LaunchTemplateData', 'ImageId']);
      subject = `Instance ${resource.id} (through launch template ${link.template.id})`;
      if (image === undefined || image === null) return nonCompliant('noImage', {}, path);
    }
    return judge(image, subject, path, params.amiIds);
  },
});

/** Compares a resolved AMI id with the approved list. */
function judge(image: unknown, subject: string, path: PropertyPath, approved: string[] | undefined) {
  if (isUnknown(image)) return insufficientData('unknownImage', { subject, reason: image.reason }, path);
  if (typeof image !== 'string') return insufficientData('unknownImage', { subject, reason: 'ImageId is not a string' }, path);
  if (approved === undefined || approved.length === 0) return insufficientData('notConfigured', { subject, ami: image }, path);
  if (approved.includes(image.trim())) return compliant('approved', { subject, ami: image }, path);
  return nonCompliant('notApproved', { subject, ami: image, approved: approved.join(', ') }, path);
}
