import type { FrameworkControls } from '../frameworks/index.js';
import type { ResourceGraph } from '../model/graph.js';
import type { Severity, Status } from '../model/evaluation.js';
import type { PropertyPath, Resource } from '../model/resource.js';

/** JSON-schema subset for rule parameters (AWS Config passes every parameter as a string). */
export interface ParameterSchema {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'string-list' | 'port-list';
  description: string;
  default?: string | number | boolean | readonly string[];
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
}

export type ParameterValue = string | number | boolean | string[] | undefined;

export interface RuleExample {
  title?: string;
  /** CloudFormation YAML (a whole template) shown in the docs and run by the docs test. */
  cloudformation?: string;
  /** Rule parameters the example needs, as a user would give them (`.tosei.yml`, `--param`). */
  params?: Record<string, unknown>;
  /** For change-aware rules: the template the update starts from (CloudFormation YAML). */
  previousCloudformation?: string;
}

/**
 * A resource of another type that a rule reads beside its subject (a bucket's policy, an
 * instance's security groups, a VPC's flow logs). Declared so the detective gates (the Config
 * rule handler, the live scan) fetch it with the subject; in a template or plan it is simply in
 * the graph.
 */
export interface RelatedResource {
  /** CloudFormation type of the related resource, e.g. `AWS::EC2::SecurityGroup`. */
  type: string;
  /**
   * `references`: the subject points at it (an instance's `SecurityGroupIds`);
   * `referencedBy`: it points at the subject (a bucket policy's `Bucket`, a flow log's `ResourceId`).
   */
  relation: 'references' | 'referencedBy';
  /** The property of the pointing resource that holds the reference, e.g. `SecurityGroupIds`. */
  property: string;
  /** Read only when this rule parameter is set (a neighbour that matters under an option alone). */
  parameter?: string;
}

export interface RuleMeta<MessageId extends string = string> {
  /** Upper snake case; an AWS Config managed rule identifier where one exists. */
  id: string;
  title: string;
  /** One or two sentences: what is checked and why it matters. */
  description: string;
  severity: Severity;
  /** CloudFormation type names this rule evaluates. */
  resourceTypes: readonly string[];
  /** Message templates with `{{name}}` placeholders, keyed by message id. */
  messages: Record<MessageId, string>;
  parameters?: Record<string, ParameterSchema>;
  /**
   * The framework controls this rule decides, by framework id (`src/frameworks`), e.g.
   * `{ FSBP: ['EC2.6'], 'CIS-v3.0.0': ['3.7'], 'NIST-800-53-r5': ['AU-12'] }`.
   */
  frameworks?: FrameworkControls;
  /** The AWS Config managed rule this rule follows (its `rule-name`), when there is one. */
  managedRule?: string;
  /** How to fix a violation. */
  remediation: string;
  /** Built-in SSM Automation runbook id that fixes a violation, when there is one. */
  runbook?: string;
  /** The rule compares `resource.previous` with `resource.properties`. */
  changeAware?: boolean;
  /** Resources of other types the rule reads beside its subject (see `RelatedResource`). */
  related?: readonly RelatedResource[];
  /** The rule needs live data (credential reports, describe APIs): NOT_APPLICABLE in IaC scans. */
  liveOnly?: boolean;
  /**
   * CloudFormation can not create the rule's resource types (RDS snapshots): Terraform, AWS
   * Config and the account have them, a template never does, so the rule has no template
   * cases or examples.
   */
  outsideCloudFormation?: boolean;
  /**
   * CloudFormation creates the rule's resource types but has no property for what the rule
   * judges (who an SSM document is shared with): why, in a sentence. Templates and hook requests
   * then give NOT_APPLICABLE with it, never a guess; Terraform, Config and the account decide.
   */
  notInCloudFormation?: string;
  /**
   * false: not in the `recommended` rule set that runs by default, because the rule contradicts
   * another default rule or needs an organisation's own values. It runs with `--rules-set all`,
   * when named (`--only`), or when configured (`--param`, `.tosei.yml` `rules:`).
   */
  recommended?: boolean;
  /** Why a rule is not recommended, and when to turn it on (required with `recommended: false`). */
  whyNotRecommended?: string;
  examples?: { compliant?: readonly RuleExample[]; noncompliant?: readonly RuleExample[] };
}

/** What a rule says about one resource (or one part of it). */
export interface Verdict<MessageId extends string = string> {
  status: Exclude<Status, 'ERROR'>;
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** The property path that decided the verdict (the engine maps it to a line). */
  path?: PropertyPath;
}

export interface RuleContext<Params> {
  readonly params: Params;
  readonly graph: ResourceGraph;
  /**
   * When the evaluation happens, as the gate's clock gives it (the wall clock for `tosei scan`,
   * the handler's clock for the Config rule). Never a Config item's capture time. Absent, a rule
   * that needs a time (an expiry date) can not judge: INSUFFICIENT_DATA.
   */
  readonly now?: Date;
}

export type CheckResult<MessageId extends string> = Verdict<MessageId> | readonly Verdict<MessageId>[];

export interface Rule<Params = Record<string, ParameterValue>, MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  /** Pure and synchronous: no I/O, no console, no clock unless given. */
  check(resource: Resource, context: RuleContext<Params>): CheckResult<MessageId>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string>;
