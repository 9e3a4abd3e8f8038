import type { Properties, PropertyPath, Value } from './value.js';

/** Which adapter produced a document. */
export type InputFormat =
  | 'cloudformation'
  | 'terraform-plan'
  | 'terraform-hcl'
  | 'config-item'
  | 'cloud-control'
  | 'hook-request';

/** Inputs that describe deployed resources (AWS Config items, Cloud Control reads) rather than declare them. */
export function describesDeployed(format: InputFormat): boolean {
  return format === 'config-item' || format === 'cloud-control';
}

/** What a change does to a resource (plan JSON actions, hook operations). */
export type ChangeAction = 'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read';

export interface SourcePosition {
  line: number;
  column: number;
}

/** Where a resource came from. */
export interface ResourceSource {
  file: string;
  format: InputFormat;
  /** Position of the resource declaration (its logical-id key, its HCL block). */
  position?: SourcePosition;
  /** Terraform address, e.g. `module.vpc.aws_vpc.this[0]`. */
  address?: string;
  module?: string;
  arn?: string;
  account?: string;
  region?: string;
  /**
   * Keys that name this resource at other gates: the `cfn:` key of its CloudFormation tags, the
   * `physical:` key and ARN of what a plan's prior state says is deployed (see model/resource-key.ts).
   */
  links?: string[];
}

export interface Resource {
  /** Logical id, Terraform address or Config resource id. Unique within its document. */
  id: string;
  /** CloudFormation type name, e.g. `AWS::S3::Bucket`. */
  type: string;
  /** Properties shaped as the CloudFormation resource schema says. */
  properties: Properties;
  /** The properties before this change, for change-aware rules (hook updates, plan `before`). */
  previous?: Properties;
  /** The change being made; absent for a static template or a live resource. */
  action?: ChangeAction;
  metadata?: Properties;
  /**
   * Facts seen on a live resource that the CloudFormation model has no property for (credential
   * usage from the IAM credential report, a stand-alone cache cluster's at-rest encryption).
   * Only live adapters set it; rules that read it are `liveOnly`.
   */
  observed?: Properties;
  /**
   * The resource exists only under a condition that can not be decided at scan time (its
   * name). Rules asking "is there a flow log for this VPC" must not count on it.
   */
  conditional?: string;
  /** Set when the properties as a whole could not be resolved (e.g. `Properties: !If …`). */
  unresolved?: string;
  /**
   * Set when the input does not declare this resource but attaches something to it (a rule on an
   * existing security group, a policy on an existing role, see `model/partial.ts`): only what the
   * attachments set is known; every other property is an Unknown that may be absent, with `reason`.
   */
  partial?: PartialOwner;
  source: ResourceSource;
}

/** What is known of a resource the input only attaches things to. */
export interface PartialOwner {
  /** Why its other properties are not known: which owner, and which attachment names it. */
  reason: string;
  /** Ids of the attachments that name it, the first one giving its id and location. */
  attachedBy: string[];
}

export type EdgeKind = 'Ref' | 'GetAtt' | 'DependsOn' | 'Reference' | 'Relationship';

/** `from` refers to `to` at property `path` of `from`. */
export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  path: PropertyPath;
  attribute?: string;
}

/** A value located in a source file. */
export interface SourceLocation extends SourcePosition {
  file: string;
}

/** Maps a property path of a resource back to where it stands in the source. */
export type Locator = (resourceId: string, path: PropertyPath) => SourcePosition | undefined;

export type { Properties, PropertyPath, Value };
