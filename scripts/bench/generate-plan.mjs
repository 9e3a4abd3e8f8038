#!/usr/bin/env node
// Generates a Terraform plan JSON (`terraform show -json PLANFILE` output, format_version "1.2",
// protocols §B.6) with N managed AWS resources, for the `plan-scale` section of scripts/bench.mjs.
//
//   node scripts/bench/generate-plan.mjs N OUTPUT.json [--seed S] [--pretty]
//
// The plan is built from "stacks" of 14 resources that reference each other the way real
// configurations do (through `configuration` references, since ids are unknown at plan time):
//   aws_s3_bucket + _server_side_encryption_configuration + _public_access_block + _logging,
//   aws_vpc + aws_flow_log, aws_security_group (ingress/egress blocks, in the VPC),
//   aws_instance (in the security group), aws_iam_role + aws_iam_role_policy + _policy_attachment,
//   aws_sqs_queue, aws_db_instance (sensitive password), aws_ebs_volume (count = 1).
// A third of the stacks are root resources with names of their own (the root configuration grows
// with N), a third are instances of `module "m"` (count, `module.m[3].aws_…`) and a third of
// `module "svc"` (for_each, `module.svc["svc-7"].aws_…`). Most resources are created (ids, ARNs
// and other computed attributes in after_unknown); about one in five stacks already exists and is
// updated or unchanged (before, prior_state). Settings vary so that rules both pass and fail.
// The last stack is cut short so the plan holds exactly N resource changes. Output is compact JSON
// on one line, as Terraform writes it (--pretty indents it, as `jq .` would). Deterministic for a seed.
import { closeSync, openSync, writeSync } from 'node:fs';

const STACK_SIZE = 14;
const PROVIDER = 'registry.terraform.io/hashicorp/aws';

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const opts = { n: NaN, out: null, seed: 1, pretty: false };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a === '--pretty') opts.pretty = true;
    else positional.push(a);
  }
  [opts.n, opts.out] = [Number(positional[0]), positional[1]];
  if (!Number.isInteger(opts.n) || opts.n < 1 || !opts.out) {
    console.error('usage: node scripts/bench/generate-plan.mjs N OUTPUT.json [--seed S] [--pretty]');
    process.exit(2);
  }
  return opts;
}

// mulberry32: small, deterministic.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Expressions (configuration representation)

const c = (value) => ({ constant_value: value });
/** A reference as Terraform lists it: every prefix of the traversal. */
const ref = (type, name, attribute = 'id') => ({ references: [`${type}.${name}.${attribute}`, `${type}.${name}`] });
const variable = (name) => ({ references: [`var.${name}`] });

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

// ---------------------------------------------------------------------------------------------
// One stack: a list of { type, name, index?, after, afterUnknown, afterSensitive?, expressions, countExpression? }

function stack(u, names, pick, dbPassword) {
  const n = names; // resource names: n('bucket') → "bucket_17" in root, "this" style in modules
  const tags = { Name: `bench-${u}`, Environment: pick(['dev', 'staging', 'prod']), Owner: 'platform' };
  const tagExpr = c(tags);
  const cidrSecond = u % 250;
  const bucketName = `bench-${u}-data-${(u * 7919) % 100000}`;
  const openSsh = pick([true, false, false, false]);
  const sse = pick(['aws:kms', 'aws:kms', 'AES256']);
  const pabAll = pick([true, true, true, false]);
  const encryptedDb = pick([true, true, false]);
  const encryptedEbs = pick([true, true, true, false]);
  const imdsv2 = pick([true, true, false]);
  const wildcardPolicy = pick([true, false, false, false, false]);
  const sqsSse = pick([true, true, false]);
  const logDest = pick(['s3', 'cloud-watch-logs']);

  const assumeRole = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  });
  const rolePolicy = JSON.stringify({
    Version: '2012-10-17',
    Statement: wildcardPolicy
      ? [{ Effect: 'Allow', Action: '*', Resource: '*' }]
      : [
          { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: [`arn:aws:s3:::${bucketName}/*`] },
          { Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'], Resource: `arn:aws:sqs:${REGION}:${ACCOUNT}:bench-${u}-queue` },
        ],
  });

  const ingress = [
    {
      cidr_blocks: [openSsh ? '0.0.0.0/0' : `10.${cidrSecond}.0.0/16`],
      description: 'ssh',
      from_port: 22,
      ipv6_cidr_blocks: [],
      prefix_list_ids: [],
      protocol: 'tcp',
      security_groups: [],
      self: false,
      to_port: 22,
    },
    {
      cidr_blocks: ['0.0.0.0/0'],
      description: 'https',
      from_port: 443,
      ipv6_cidr_blocks: [],
      prefix_list_ids: [],
      protocol: 'tcp',
      security_groups: [],
      self: false,
      to_port: 443,
    },
  ];
  const egress = [
    { cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 0, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: '-1', security_groups: [], self: false, to_port: 0 },
  ];
  const ruleUnknown = (rules) => rules.map((r) => ({ cidr_blocks: r.cidr_blocks.map(() => false), ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }));
  const ruleExpr = (rules) => rules.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, c(v)])));

  return [
    {
      type: 'aws_s3_bucket',
      name: n('bucket'),
      after: { bucket: bucketName, force_destroy: false, object_lock_enabled: false, tags, tags_all: tags, timeouts: null },
      afterUnknown: {
        acceleration_status: true, acl: true, arn: true, bucket_domain_name: true, bucket_prefix: true, bucket_regional_domain_name: true,
        cors_rule: true, grant: true, hosted_zone_id: true, id: true, lifecycle_rule: true, logging: true, object_lock_configuration: true,
        policy: true, region: true, replication_configuration: true, request_payer: true, server_side_encryption_configuration: true,
        tags: {}, tags_all: {}, versioning: true, website: true, website_domain: true, website_endpoint: true,
      },
      expressions: { bucket: c(bucketName), force_destroy: c(false), tags: tagExpr },
    },
    {
      type: 'aws_s3_bucket_server_side_encryption_configuration',
      name: n('bucket'),
      after: {
        expected_bucket_owner: null,
        rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: null, sse_algorithm: sse }], bucket_key_enabled: sse === 'aws:kms' }],
      },
      afterUnknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{}] }] },
      expressions: {
        bucket: ref('aws_s3_bucket', n('bucket')),
        rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: c(sse) }], bucket_key_enabled: c(sse === 'aws:kms') }],
      },
    },
    {
      type: 'aws_s3_bucket_public_access_block',
      name: n('bucket'),
      after: { block_public_acls: true, block_public_policy: pabAll, ignore_public_acls: true, restrict_public_buckets: pabAll },
      afterUnknown: { bucket: true, id: true },
      expressions: {
        bucket: ref('aws_s3_bucket', n('bucket')),
        block_public_acls: c(true),
        block_public_policy: c(pabAll),
        ignore_public_acls: c(true),
        restrict_public_buckets: c(pabAll),
      },
    },
    {
      type: 'aws_s3_bucket_logging',
      name: n('bucket'),
      after: { expected_bucket_owner: null, target_bucket: 'bench-central-access-logs', target_grant: [], target_object_key_format: [], target_prefix: `s3/${bucketName}/` },
      afterUnknown: { bucket: true, id: true, target_grant: [], target_object_key_format: [] },
      expressions: {
        bucket: ref('aws_s3_bucket', n('bucket')),
        target_bucket: variable('access_log_bucket'),
        target_prefix: ref('aws_s3_bucket', n('bucket'), 'bucket'),
      },
    },
    {
      type: 'aws_vpc',
      name: n('vpc'),
      after: {
        assign_generated_ipv6_cidr_block: null, cidr_block: `10.${cidrSecond}.0.0/16`, enable_dns_hostnames: true, enable_dns_support: true,
        enable_network_address_usage_metrics: false, instance_tenancy: 'default', ipv4_ipam_pool_id: null, ipv4_netmask_length: null,
        ipv6_ipam_pool_id: null, ipv6_netmask_length: null, tags, tags_all: tags,
      },
      afterUnknown: {
        arn: true, default_network_acl_id: true, default_route_table_id: true, default_security_group_id: true, dhcp_options_id: true, id: true,
        ipv6_association_id: true, ipv6_cidr_block: true, ipv6_cidr_block_network_border_group: true, main_route_table_id: true, owner_id: true,
        tags: {}, tags_all: {},
      },
      expressions: { cidr_block: c(`10.${cidrSecond}.0.0/16`), enable_dns_hostnames: c(true), enable_dns_support: c(true), tags: tagExpr },
    },
    {
      type: 'aws_flow_log',
      name: n('vpc'),
      after: {
        deliver_cross_account_role: null, destination_options: [], eni_id: null, iam_role_arn: null,
        log_destination: logDest === 's3' ? 'arn:aws:s3:::bench-central-flow-logs' : `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/vpc/bench-${u}`,
        log_destination_type: logDest, max_aggregation_interval: 600, subnet_id: null, tags: null, traffic_type: 'ALL', transit_gateway_attachment_id: null,
        transit_gateway_id: null,
      },
      afterUnknown: { arn: true, destination_options: [], id: true, log_format: true, log_group_name: true, tags_all: true, vpc_id: true },
      expressions: {
        log_destination: logDest === 's3' ? variable('flow_log_bucket_arn') : c(`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/vpc/bench-${u}`),
        log_destination_type: c(logDest),
        max_aggregation_interval: c(600),
        traffic_type: c('ALL'),
        vpc_id: ref('aws_vpc', n('vpc')),
      },
    },
    {
      type: 'aws_security_group',
      name: n('web'),
      after: { description: 'web tier', egress, ingress, name: `bench-${u}-web`, revoke_rules_on_delete: false, tags, tags_all: tags, timeouts: null },
      afterUnknown: { arn: true, egress: ruleUnknown(egress), id: true, ingress: ruleUnknown(ingress), name_prefix: true, owner_id: true, tags: {}, tags_all: {}, vpc_id: true },
      expressions: { description: c('web tier'), egress: ruleExpr(egress), ingress: ruleExpr(ingress), name: c(`bench-${u}-web`), tags: tagExpr, vpc_id: ref('aws_vpc', n('vpc')) },
    },
    {
      type: 'aws_instance',
      name: n('app'),
      after: {
        ami: 'ami-0c55b159cbfafe1f0', associate_public_ip_address: openSsh, credit_specification: [], ebs_optimized: true, get_password_data: false,
        hibernation: null, instance_type: pick(['t3.micro', 't3.small', 'm5.large']), launch_template: [], monitoring: true,
        metadata_options: [{ http_endpoint: 'enabled', http_protocol_ipv6: 'disabled', http_put_response_hop_limit: 1, http_tokens: imdsv2 ? 'required' : 'optional', instance_metadata_tags: 'disabled' }],
        root_block_device: [{ delete_on_termination: true, encrypted: encryptedEbs, tags: null, volume_size: 20, volume_type: 'gp3' }],
        source_dest_check: true, tags, tags_all: tags, timeouts: null, user_data_replace_on_change: false, volume_tags: null,
      },
      afterUnknown: {
        arn: true, availability_zone: true, capacity_reservation_specification: true, cpu_core_count: true, cpu_options: true, credit_specification: [],
        disable_api_stop: true, disable_api_termination: true, ebs_block_device: true, enclave_options: true, ephemeral_block_device: true,
        host_id: true, host_resource_group_arn: true, iam_instance_profile: true, id: true, instance_initiated_shutdown_behavior: true,
        instance_lifecycle: true, instance_state: true, ipv6_address_count: true, ipv6_addresses: true, key_name: true, launch_template: [],
        maintenance_options: true, metadata_options: [{}], network_interface: true, outpost_arn: true, password_data: true, placement_group: true,
        placement_partition_number: true, primary_network_interface_id: true, private_dns: true, private_dns_name_options: true, private_ip: true,
        public_dns: true, public_ip: true, root_block_device: [{ device_name: true, iops: true, kms_key_id: true, throughput: true, volume_id: true }],
        secondary_private_ips: true, security_groups: true, spot_instance_request_id: true, subnet_id: true, tags: {}, tags_all: {}, tenancy: true,
        user_data: true, user_data_base64: true, vpc_security_group_ids: true,
      },
      expressions: {
        ami: variable('ami_id'),
        associate_public_ip_address: c(openSsh),
        ebs_optimized: c(true),
        instance_type: c('t3.micro'),
        metadata_options: [{ http_endpoint: c('enabled'), http_tokens: c(imdsv2 ? 'required' : 'optional') }],
        monitoring: c(true),
        root_block_device: [{ encrypted: c(encryptedEbs), volume_size: c(20), volume_type: c('gp3') }],
        tags: tagExpr,
        vpc_security_group_ids: ref('aws_security_group', n('web')),
      },
    },
    {
      type: 'aws_iam_role',
      name: n('app'),
      after: {
        assume_role_policy: assumeRole, description: `bench stack ${u}`, force_detach_policies: false, max_session_duration: 3600,
        name: `bench-${u}-app`, path: '/', permissions_boundary: pick([null, null, `arn:aws:iam::${ACCOUNT}:policy/boundary`]), tags, tags_all: tags,
      },
      afterUnknown: { arn: true, create_date: true, id: true, inline_policy: true, managed_policy_arns: true, name_prefix: true, tags: {}, tags_all: {}, unique_id: true },
      expressions: { assume_role_policy: { references: ['data.aws_iam_policy_document.assume.json', 'data.aws_iam_policy_document.assume'] }, name: c(`bench-${u}-app`), tags: tagExpr },
    },
    {
      type: 'aws_iam_role_policy',
      name: n('app'),
      after: { name: `bench-${u}-app-inline`, policy: rolePolicy },
      afterUnknown: { id: true, name_prefix: true, role: true },
      expressions: { name: c(`bench-${u}-app-inline`), policy: c(rolePolicy), role: ref('aws_iam_role', n('app')) },
    },
    {
      type: 'aws_iam_role_policy_attachment',
      name: n('app'),
      after: { policy_arn: pick(['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AdministratorAccess']) },
      afterUnknown: { id: true, role: true },
      expressions: { policy_arn: variable('managed_policy_arn'), role: ref('aws_iam_role', n('app'), 'name') },
    },
    {
      type: 'aws_sqs_queue',
      name: n('jobs'),
      after: {
        content_based_deduplication: false, delay_seconds: 0, fifo_queue: false, kms_master_key_id: null, max_message_size: 262144,
        message_retention_seconds: 345600, name: `bench-${u}-queue`, receive_wait_time_seconds: 20, sqs_managed_sse_enabled: sqsSse,
        tags, tags_all: tags, timeouts: null, visibility_timeout_seconds: 60,
      },
      afterUnknown: {
        arn: true, deduplication_scope: true, fifo_throughput_limit: true, id: true, kms_data_key_reuse_period_seconds: true, name_prefix: true,
        policy: true, redrive_allow_policy: true, redrive_policy: true, tags: {}, tags_all: {}, url: true,
      },
      expressions: { name: c(`bench-${u}-queue`), receive_wait_time_seconds: c(20), sqs_managed_sse_enabled: c(sqsSse), tags: tagExpr, visibility_timeout_seconds: c(60) },
    },
    {
      type: 'aws_db_instance',
      name: n('db'),
      after: {
        allocated_storage: 20, allow_major_version_upgrade: null, auto_minor_version_upgrade: true, backup_retention_period: pick([0, 7, 7, 14]),
        copy_tags_to_snapshot: true, db_name: 'app', delete_automated_backups: true, deletion_protection: pick([true, false]), engine: 'postgres',
        engine_version: '15.4', iam_database_authentication_enabled: pick([true, false]), identifier: `bench-${u}-db`, instance_class: 'db.t3.micro',
        manage_master_user_password: null, multi_az: pick([true, false]), password: dbPassword, performance_insights_enabled: false,
        publicly_accessible: pick([false, false, false, true]), skip_final_snapshot: true, storage_encrypted: encryptedDb, storage_type: 'gp3',
        tags, tags_all: tags, timeouts: null, username: 'app',
      },
      afterUnknown: {
        address: true, apply_immediately: true, arn: true, availability_zone: true, backup_target: true, backup_window: true, ca_cert_identifier: true,
        character_set_name: true, db_subnet_group_name: true, domain_dns_ips: true, endpoint: true, enabled_cloudwatch_logs_exports: true,
        hosted_zone_id: true, id: true, identifier_prefix: true, iops: true, kms_key_id: true, latest_restorable_time: true, license_model: true,
        listener_endpoint: true, maintenance_window: true, master_user_secret: true, max_allocated_storage: true, monitoring_interval: true,
        monitoring_role_arn: true, nchar_character_set_name: true, network_type: true, option_group_name: true, parameter_group_name: true,
        performance_insights_kms_key_id: true, performance_insights_retention_period: true, port: true, replicas: true, replicate_source_db: true,
        resource_id: true, status: true, storage_throughput: true, tags: {}, tags_all: {}, timezone: true, vpc_security_group_ids: true,
      },
      afterSensitive: { password: true, tags: {}, tags_all: {} },
      expressions: {
        allocated_storage: c(20),
        engine: c('postgres'),
        engine_version: c('15.4'),
        identifier: c(`bench-${u}-db`),
        instance_class: c('db.t3.micro'),
        password: variable('db_password'),
        storage_encrypted: c(encryptedDb),
        tags: tagExpr,
        username: c('app'),
        vpc_security_group_ids: ref('aws_security_group', n('web')),
      },
    },
    {
      type: 'aws_ebs_volume',
      name: n('data'),
      index: 0,
      after: { availability_zone: AZS[u % 3], encrypted: encryptedEbs, final_snapshot: false, multi_attach_enabled: false, outpost_arn: null, size: 100, tags, tags_all: tags, timeouts: null, type: 'gp3' },
      afterUnknown: { arn: true, id: true, iops: true, kms_key_id: true, snapshot_id: true, tags: {}, tags_all: {}, throughput: true },
      expressions: { availability_zone: c(AZS[u % 3]), encrypted: c(encryptedEbs), size: c(100), tags: tagExpr, type: c('gp3') },
      countExpression: c(1),
    },
  ];
}

/** Fills in what an existing resource would know: ids, ARNs, the bucket of a split resource. */
function known(r, u) {
  const id = `${r.type.replace(/^aws_/, '').replace(/_/g, '-')}-${u.toString(16).padStart(8, '0')}`;
  const values = { ...r.after };
  for (const [key, marker] of Object.entries(r.afterUnknown)) {
    if (marker !== true) continue;
    if (key === 'id') values.id = id;
    else if (key === 'arn') values.arn = `arn:aws:${r.type.split('_')[1]}:${REGION}:${ACCOUNT}:${id}`;
    else if (key === 'bucket' || key === 'role' || key === 'vpc_id') values[key] = `${key}-${u}`;
    else values[key] = null;
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// Writer: streams the plan to the file so the generator stays small at 50,000 resources.

class Writer {
  constructor(path, pretty) {
    this.fd = openSync(path, 'w');
    this.pretty = pretty;
    this.buf = [];
    this.size = 0;
    this.bytes = 0;
  }
  raw(text) {
    this.buf.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  json(value) {
    this.raw(this.pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));
  }
  flush() {
    const text = this.buf.join('');
    this.bytes += Buffer.byteLength(text);
    writeSync(this.fd, text);
    this.buf = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/** Writes `"key":[item,item,...]` from a generator of items. */
function array(w, key, items, first = false) {
  w.raw(`${first ? '' : ','}${JSON.stringify(key)}:[`);
  let i = 0;
  for (const item of items) {
    if (i++) w.raw(',');
    w.raw(w.pretty ? '\n' : '');
    w.json(item);
  }
  w.raw(']');
}

// ---------------------------------------------------------------------------------------------
// Main

export function generatePlan(n, out, { seed = 1, pretty = false } = {}) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const dbPassword = 'bench-Sup3r-s3cret-pw';

  // Stacks and where they live.
  const stacks = [];
  let remaining = n;
  let moduleCount = 0;
  let svcCount = 0;
  for (let u = 0; remaining > 0; u++) {
    const place = u % 3;
    let moduleAddress = '';
    let names;
    let index;
    if (place === 0) names = (base) => `${base}_${u}`;
    else if (place === 1) {
      index = moduleCount++;
      moduleAddress = `module.m[${index}]`;
      names = (base) => base;
    } else {
      index = `svc-${svcCount++}`;
      moduleAddress = `module.svc[${JSON.stringify(index)}]`;
      names = (base) => base;
    }
    const existing = random() < 0.2;
    const resources = stack(u, names, pick, dbPassword).slice(0, Math.min(STACK_SIZE, remaining));
    remaining -= resources.length;
    stacks.push({ u, place, key: index, moduleAddress, existing, update: existing && random() < 0.5, resources });
  }

  const address = (s, r) => `${s.moduleAddress ? `${s.moduleAddress}.` : ''}${r.type}.${r.name}${r.index !== undefined ? `[${r.index}]` : ''}`;
  const stripUndefined = (v) => JSON.parse(JSON.stringify(v));

  function* changes() {
    for (const s of stacks) {
      for (const r of s.resources) {
        const rc = { address: address(s, r) };
        if (s.moduleAddress) rc.module_address = s.moduleAddress;
        Object.assign(rc, { mode: 'managed', type: r.type, name: r.name });
        if (r.index !== undefined) rc.index = r.index;
        rc.provider_name = PROVIDER;
        let change;
        if (!s.existing) {
          change = { actions: ['create'], before: null, after: stripUndefined(r.after), after_unknown: r.afterUnknown, before_sensitive: false, after_sensitive: r.afterSensitive ?? {} };
        } else {
          const before = known(r, s.u);
          const after = { ...before };
          if (s.update && 'tags' in after) after.tags = after.tags_all = { ...after.tags, CostCenter: `cc-${s.u % 40}` };
          const changed = s.update && 'tags' in r.after;
          change = {
            actions: [changed ? 'update' : 'no-op'],
            before,
            after,
            after_unknown: {},
            before_sensitive: r.afterSensitive ?? {},
            after_sensitive: r.afterSensitive ?? {},
          };
        }
        rc.change = change;
        yield rc;
      }
    }
  }

  function valuesOf(s, r) {
    const v = { address: address(s, r), mode: 'managed', type: r.type, name: r.name };
    if (r.index !== undefined) v.index = r.index;
    Object.assign(v, { provider_name: PROVIDER, schema_version: 0, values: s.existing ? known(r, s.u) : stripUndefined(r.after), sensitive_values: r.afterSensitive ?? {} });
    return v;
  }

  /** planned_values / prior_state: root resources, then one child module per module instance. */
  function writeValues(w, key, filter, extra = {}) {
    w.raw(`,${JSON.stringify(key)}:{`);
    for (const [k, v] of Object.entries(extra)) w.raw(`${JSON.stringify(k)}:${JSON.stringify(v)},`);
    w.raw('"values":{"root_module":{');
    array(w, 'resources', (function* () {
      for (const s of stacks) if (!s.moduleAddress && filter(s)) for (const r of s.resources) yield valuesOf(s, r);
    })(), true);
    array(w, 'child_modules', (function* () {
      for (const s of stacks) {
        if (s.moduleAddress && filter(s)) yield { address: s.moduleAddress, resources: s.resources.map((r) => valuesOf(s, r)) };
      }
    })());
    w.raw('}}}');
  }

  /** Configuration of one stack's resources (module: the names of a module's single stack). */
  const configOf = (s, moduleAddress = '') =>
    s.resources.map((r) => {
      const cr = { address: `${r.type}.${r.name}`, mode: 'managed', type: r.type, name: r.name, provider_config_key: moduleAddress ? `${moduleAddress.replace(/^module\./, '')}:aws` : 'aws', expressions: r.expressions, schema_version: 0 };
      if (r.countExpression) cr.count_expression = r.countExpression;
      return cr;
    });
  const firstIn = (place) => stacks.find((s) => s.place === place && s.resources.length === STACK_SIZE) ?? stacks.find((s) => s.place === place);
  const moduleBody = (place) => {
    const s = firstIn(place);
    return {
      outputs: {
        bucket_arn: { expression: ref('aws_s3_bucket', 'bucket', 'arn') },
        vpc_id: { expression: ref('aws_vpc', 'vpc') },
        security_group_id: { expression: ref('aws_security_group', 'web') },
      },
      resources: s ? configOf(s, place === 1 ? 'module.m' : 'module.svc') : [],
      variables: { access_log_bucket: {}, ami_id: {}, db_password: { sensitive: true }, flow_log_bucket_arn: {}, managed_policy_arn: {} },
    };
  };

  const w = new Writer(out, pretty);
  w.raw(`{"format_version":"1.2","terraform_version":"1.9.8"`);
  w.raw(
    `,"variables":${JSON.stringify({
      access_log_bucket: { value: 'bench-central-access-logs' },
      ami_id: { value: 'ami-0c55b159cbfafe1f0' },
      db_password: { value: dbPassword },
      flow_log_bucket_arn: { value: 'arn:aws:s3:::bench-central-flow-logs' },
      managed_policy_arn: { value: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore' },
      services: { value: Object.fromEntries(stacks.filter((s) => s.place === 2).map((s) => [s.key, { size: 'small' }])) },
    })}`,
  );
  writeValues(w, 'planned_values', () => true);
  array(w, 'resource_changes', changes());
  writeValues(w, 'prior_state', (s) => s.existing, { format_version: '1.0', terraform_version: '1.9.8' });
  const sensitiveVar = { sensitive: true };
  const configuration = {
    provider_config: { aws: { name: 'aws', full_name: PROVIDER, expressions: { region: c(REGION) } } },
    root_module: {
      resources: null, // written below, streamed
      module_calls: {
        m: { source: './modules/stack', expressions: { access_log_bucket: variable('access_log_bucket'), db_password: variable('db_password') }, count_expression: c(moduleCount), module: moduleBody(1) },
        svc: { source: './modules/stack', expressions: { access_log_bucket: variable('access_log_bucket'), db_password: variable('db_password') }, for_each_expression: variable('services'), module: moduleBody(2) },
      },
      variables: { access_log_bucket: {}, ami_id: {}, db_password: sensitiveVar, flow_log_bucket_arn: {}, managed_policy_arn: {}, services: {} },
    },
  };
  w.raw(`,"configuration":{"provider_config":${JSON.stringify(configuration.provider_config)},"root_module":{`);
  array(w, 'resources', (function* () {
    for (const s of stacks) if (s.place === 0) yield* configOf(s);
  })(), true);
  w.raw(`,"module_calls":${JSON.stringify(configuration.root_module.module_calls)},"variables":${JSON.stringify(configuration.root_module.variables)}}}`);
  w.raw(`,"relevant_attributes":[],"timestamp":"2026-11-23T12:00:00Z","applyable":true,"complete":true,"errored":false}\n`);
  w.close();
  return { resources: n, stacks: stacks.length, modules: { m: moduleCount, svc: svcCount }, bytes: w.bytes };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const opts = parseArgs(process.argv.slice(2));
  const info = generatePlan(opts.n, opts.out, opts);
  console.log(JSON.stringify(info));
}
