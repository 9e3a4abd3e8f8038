import { buildConfigurationItem } from '../../config-fixtures.js';

/** A launch template item as Config records it: the default version's data, keys as EC2 writes them. */
export function launchTemplateItem(id: string, data: Record<string, unknown>): Record<string, unknown> {
  return buildConfigurationItem('AWS::EC2::LaunchTemplate', { LaunchTemplateId: id, LaunchTemplateName: `template-${id}`, DefaultVersionNumber: 1, LatestVersionNumber: 1, LaunchTemplateData: data }, { resourceId: id });
}
