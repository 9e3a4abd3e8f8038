// Benchmark section: AWS Config items at scale. Generates a configuration snapshot of N items
// (mixed types of the pack, in the shapes `tosei/testing` builds from the real items), scans it
// with the built CLI in a child process (the whole pack, live data), and compares with reading the
// same file with JSON.parse in a child process (the baseline: what holding the snapshot costs).
//
//   node scripts/bench.mjs --only config-items        (BENCH_CONFIG_ITEMS=N overrides 100,000)
import { createWriteStream, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const N = Number(process.env.BENCH_CONFIG_ITEMS ?? 100_000);
const TARGET_WALL_S = 10;
const TARGET_RSS_MB = 500;

/** Writes a snapshot of `count` items to `file` as a stream (never the whole text in memory). */
export async function generateSnapshot(count, file) {
  const t = await import(join(repoRoot, 'dist', 'testing.js'));
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((resolveDrain) => out.once('drain', resolveDrain)));
  await write('{"fileVersion":"1.0","configSnapshotId":"bench","configurationItems":[');
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::data/*'] }] };
  const makers = [
    (i) => t.bucketItem(`bucket-${i}`, i % 2 ? { ServerSideEncryptionConfiguration: t.sseConfiguration('aws:kms', 'arn:aws:kms:us-east-1:123456789012:key/k', true), BucketLoggingConfiguration: { destinationBucketName: 'logs', logFilePrefix: `b${i}/` } } : {}),
    (i) => t.securityGroupItem(`sg-${i}`, [t.ipPermission('tcp', i % 3 ? 443 : 22, i % 3 ? 443 : 22), t.ipPermission('tcp', 5432, 5432, ['10.0.0.0/16'])]),
    (i) => t.instanceItem(`i-${i}`, { groups: [`sg-${i - 1}`], volumes: [`vol-${i + 1}`], ...(i % 2 ? { profileArn: 'arn:aws:iam::123456789012:instance-profile/web' } : {}) }),
    (i) => t.buildConfigurationItem('AWS::EC2::Volume', { volumeId: `vol-${i}`, size: 8, volumeType: 'gp3', encrypted: i % 4 !== 0, state: 'in-use', attachments: [] }),
    (i) => t.iamUserItem(`user-${i}`, i % 2 ? { managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] } : { groups: ['developers'] }),
    (i) => t.iamRoleItem(`role-${i}`, { inline: { read: policy } }),
    (i) => t.queueItem(`queue-${i}`, i % 2 ? { KmsMasterKeyId: 'alias/sqs' } : {}),
    (i) => t.buildConfigurationItem('AWS::EC2::VPC', { vpcId: `vpc-${i}`, cidrBlock: '10.0.0.0/16', state: 'available', ipv6CidrBlockAssociationSet: [], isDefault: false }),
    (i) => t.buildConfigurationItem('AWS::ElastiCache::ReplicationGroup', { replicationGroupId: `rg-${i}`, description: 'cache', atRestEncryptionEnabled: i % 2 === 0, transitEncryptionEnabled: true }),
    (i) => t.buildConfigurationItem('AWS::RDS::DBInstance', { dBInstanceIdentifier: `db-${i}`, engine: 'postgres', storageEncrypted: i % 3 !== 0 }, { resourceId: `db-${i}` }),
  ];
  for (let i = 0; i < count; i++) {
    await write(`${i ? ',' : ''}${JSON.stringify(makers[i % makers.length](i))}`);
  }
  await write(']}');
  await new Promise((resolveEnd) => out.end(resolveEnd));
}

/**
 * The section: `helpers` are bench.mjs's measure and formatting functions, so every section
 * measures the same way (python3 wrapper: wall time and the child's peak RSS).
 */
export async function configItemsBench(ctx, { measure, fmtS, fmtMB, fmtX, toseiBin }) {
  const file = join(ctx.tmp, 'config-snapshot.json');
  const g0 = performance.now();
  await generateSnapshot(N, file);
  const sizeMB = statSync(file).size / 2 ** 20;
  console.log(`  ${N.toLocaleString('en-US')} generated configuration items (10 types of the pack), ${fmtMB(sizeMB)} snapshot, generated in ${fmtS((performance.now() - g0) / 1000)}`);
  console.log('  baseline: node reading the same file with readFileSync + JSON.parse, nothing else');
  const baseline = measure([process.execPath, '-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`], { cwd: ctx.tmp, runs: ctx.runs, tmp: ctx.tmp, tag: 'config-baseline' });
  console.log('  adapter + pack (scripts/bench/config-items-runner.mjs: streamed items, whole pack as live data, no report):');
  const pack = measure([process.execPath, join(repoRoot, 'scripts', 'bench', 'config-items-runner.mjs'), file], { cwd: ctx.tmp, runs: ctx.runs, tmp: ctx.tmp, tag: 'config-pack' });
  console.log('  tosei scan CLI (the same, plus the JSON report of every evaluation, to /dev/null):');
  const argv = (output) => [process.execPath, toseiBin, 'scan', file, '--rules-set', 'all', '--format', 'json', '--output', output];
  const tosei = measure(argv('/dev/null'), { cwd: ctx.tmp, runs: ctx.runs, tmp: ctx.tmp, tag: 'config-tosei' });
  let counts = '?';
  try {
    counts = (await import('node:fs')).readFileSync(pack.stdout, 'utf8').trim();
  } catch {
    // reported as '?'
  }
  console.log(`\n  adapter + pack: ${fmtS(pack.wall)}, ${fmtMB(pack.rssMB)} peak, exit ${pack.exitCodes.join(',')}: ${counts}`);
  console.log(`  tosei scan CLI: ${fmtS(tosei.wall)}, ${fmtMB(tosei.rssMB)} peak, exit ${tosei.exitCodes.join(',')}`);
  console.log(`  JSON.parse baseline: ${fmtS(baseline.wall)}, ${fmtMB(baseline.rssMB)} peak`);
  console.log(`  ratio adapter + pack / baseline: wall ${fmtX(pack.wall / baseline.wall)}, peak RSS ${fmtX(pack.rssMB / baseline.rssMB)}`);
  console.log(`  ratio CLI / baseline: wall ${fmtX(tosei.wall / baseline.wall)}, peak RSS ${fmtX(tosei.rssMB / baseline.rssMB)}`);
  console.log(`  per item (adapter + pack): ${((pack.wall * 1e6) / N).toFixed(0)} µs, ${((pack.rssMB * 1024) / N).toFixed(2)} KB peak`);
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  const packOk = pack.exitCodes.every((code) => code === 0);
  const ok = tosei.exitCodes.every((code) => code === 0 || code === 1);
  console.log(`\n  Targets (${N.toLocaleString('en-US')} items through the adapter and the whole pack, process start included):`);
  console.log(`    wall < ${TARGET_WALL_S} s:    ${verdict(packOk && pack.wall < TARGET_WALL_S)}  (${fmtS(pack.wall)}; CLI with the JSON report ${verdict(ok && tosei.wall < TARGET_WALL_S)}, ${fmtS(tosei.wall)})`);
  console.log(`    peak < ${TARGET_RSS_MB} MB: ${verdict(packOk && pack.rssMB < TARGET_RSS_MB)}  (${fmtMB(pack.rssMB)}; CLI with the JSON report ${verdict(ok && tosei.rssMB < TARGET_RSS_MB)}, ${fmtMB(tosei.rssMB)})`);
}
