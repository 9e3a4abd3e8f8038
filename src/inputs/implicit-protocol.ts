import type { ScanDocument } from '../model/document.js';
import type { ScanProblem } from '../model/evaluation.js';
import type { PropertyPath, Resource } from '../model/resource.js';
import { isObject } from '../model/value.js';

const RULE_LISTS = ['SecurityGroupIngress', 'SecurityGroupEgress'] as const;
const SEPARATE_RULES = new Set(['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress']);

/**
 * A security group rule without `IpProtocol` is judged as all protocols (`-1`), the widest reading,
 * so nothing it opens goes unseen; this says so, since CloudFormation (and Terraform) would refuse
 * the rule. An intrinsic or unknown protocol is not missing.
 */
export function implicitProtocolWarnings(document: ScanDocument): ScanProblem[] {
  const warnings: ScanProblem[] = [];
  const deployer = document.format.startsWith('terraform') ? 'Terraform' : 'CloudFormation';
  const warn = (resource: Resource, path: PropertyPath, where: string): void => {
    const position = document.locate(resource.id, path) ?? resource.source.position;
    warnings.push({
      level: 'warning',
      file: resource.source.file || document.file,
      ...(position ? { line: position.line, column: position.column } : {}),
      message: `${resource.id}: ${where} has no IpProtocol; it is checked as all protocols (-1), and ${deployer} would refuse it`,
    });
  };
  for (const resource of document.graph.resources) {
    if (resource.type === 'AWS::EC2::SecurityGroup') {
      for (const list of RULE_LISTS) {
        const entries = resource.properties[list];
        if (!Array.isArray(entries)) continue;
        entries.forEach((entry, index) => {
          if (isObject(entry) && entry.IpProtocol === undefined) warn(resource, [list, index], `${list}[${index}]`);
        });
      }
    } else if (SEPARATE_RULES.has(resource.type) && !resource.unresolved && resource.properties.IpProtocol === undefined) {
      warn(resource, [], 'the rule');
    }
  }
  return warnings;
}
