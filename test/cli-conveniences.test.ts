import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main, type CliEnvironment } from '../src/cli/main.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { VERSION } from '../src/version.js';

async function run(args: string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean; progressDelayMs?: number } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliEnvironment = {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    ...(options.progressDelayMs === undefined ? {} : { progressDelayMs: options.progressDelayMs }),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

// A failing bucket (no logging), an undecided one (logging on a condition of a parameter without a
// default), and one suppressed without a reason (a warning).
const TEMPLATE = `Parameters:
  LogBucket: { Type: String }
  Flag: { Type: String }
Conditions:
  WantsLogs: !Equals [!Ref Flag, "yes"]
Resources:
  Plain:
    Type: AWS::S3::Bucket
  Logged:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: !If [WantsLogs, { DestinationBucketName: !Ref LogBucket }, !Ref AWS::NoValue]
  Skipped:
    Type: AWS::S3::Bucket
    Metadata: { tosei: { skip: [S3_BUCKET_LOGGING_ENABLED] } }
`;

describe('tosei --version', () => {
  it('prints the version', async () => {
    for (const flag of ['--version', '-v', 'version']) assert.deepEqual(await run([flag]), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('tosei completion', () => {
  it('completes commands, subcommands and each command’s options in bash', async () => {
    const { code, stdout } = await run(['completion', 'bash']);
    assert.equal(code, 0);
    const complete = (line: string): string[] => {
      const words = line.split(' ');
      const script = `${stdout}\nCOMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _tosei; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      return result.stdout.split('\n').filter(Boolean);
    };
    assert.ok(complete('tosei sc').includes('scan'));
    assert.ok(complete('tosei ').includes('completion'));
    assert.deepEqual(complete('tosei scan --base'), ['--baseline']);
    assert.ok(complete('tosei scan -').includes('--quiet'));
    assert.ok(complete('tosei scan ').includes('aws'));
    assert.ok(complete('tosei scan aws --reg').includes('--regions'), 'scan aws has its own options');
    assert.deepEqual(complete('tosei scan --reg'), ['--region'], 'scan has --region, not --regions');
    assert.ok(complete('tosei rules ').includes('show'), 'a subcommand named only in the command’s usage');
    assert.deepEqual(complete('tosei guard validate -').filter((word) => word === '-r' || word === '-d'), ['-d', '-r']);
    assert.deepEqual(complete('tosei completion '), ['bash', 'fish', 'zsh', '--help']);
  });

  it('writes zsh and fish scripts from the same table', async () => {
    const zsh = await run(['completion', 'zsh']);
    assert.equal(zsh.code, 0);
    assert.match(zsh.stdout, /^#compdef tosei\n/);
    assert.match(zsh.stdout, /'scan aws'\) candidates=\([^)]*--regions/);
    assert.match(zsh.stdout, /compdef _tosei tosei\n$/);
    const fish = await run(['completion', 'fish']);
    assert.equal(fish.code, 0);
    assert.match(fish.stdout, /complete -c tosei -f -n '__fish_use_subcommand' -a '[^']*\bscan\b/);
    assert.match(fish.stdout, /complete -c tosei -n '__fish_seen_subcommand_from scan; and __fish_seen_subcommand_from aws' -l regions/);
    assert.match(fish.stdout, /complete -c tosei -n '__fish_seen_subcommand_from scan; and not __fish_seen_subcommand_from aws' -l baseline/);
    if (spawnSync('zsh', ['--version']).status === 0) assert.equal(spawnSync('zsh', ['-n', '-c', zsh.stdout]).status, 0);
    if (spawnSync('fish', ['--version']).status === 0) assert.equal(spawnSync('fish', ['--no-execute', '-c', fish.stdout]).status, 0);
  });

  it('refuses a missing or unknown shell', async () => {
    assert.match((await run(['completion'])).stderr, /completion needs a shell: bash, zsh or fish/);
    const unknown = await run(['completion', 'powershell']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown shell "powershell"/);
  });
});

describe('--quiet', () => {
  it('shows only the failing findings and the summary', async () => {
    const cwd = writeFixtureDirectory({ 'app.yaml': TEMPLATE });
    const full = await run(['scan', 'app.yaml', '--only', 'S3_BUCKET_LOGGING_ENABLED'], { cwd });
    assert.equal(full.code, 1);
    for (const text of ['Plain', 'Logged', '1 suppressed', 'How to fix:', 'warning']) assert.ok(full.stdout.includes(text), text);
    for (const flag of ['--quiet', '-q']) {
      const quiet = await run(['scan', 'app.yaml', '--only', 'S3_BUCKET_LOGGING_ENABLED', flag], { cwd });
      assert.equal(quiet.code, 1);
      assert.match(quiet.stdout, /S3_BUCKET_LOGGING_ENABLED\s+Plain/);
      for (const text of ['Logged', 'suppressed (', 'How to fix:', 'Not decided', 'warning ']) assert.ok(!quiet.stdout.includes(text), `${flag} hides "${text}"`);
      assert.match(quiet.stdout, /2 non-compliant \(1 suppressed\), 1 insufficient data/, 'the summary stays');
      assert.match(quiet.stdout, /✖ Failed/);
    }
  });

  it('still shows a file that could not be read', async () => {
    const cwd = writeFixtureDirectory({ 'bad.yaml': 'Resources:\n  B:\n    Type: [AWS::S3::Bucket\n' });
    const quiet = await run(['scan', 'bad.yaml', '-q'], { cwd });
    assert.equal(quiet.code, 2);
    assert.match(quiet.stdout, /bad\.yaml\n.*error/);
  });
});

describe('misuse', () => {
  it('exits 2 with a clear message on stderr and nothing on stdout', async () => {
    const cwd = writeFixtureDirectory({ 'app.yaml': TEMPLATE });
    const cases: [string[], RegExp][] = [
      [[], /^Usage: tosei <command>/],
      [['scna'], /^tosei: unknown command "scna" \(did you mean scan\?\)\nUsage: tosei <command>/],
      [['scan', '.', '--formt', 'json'], /^tosei: unknown option --formt \(did you mean --format\?\)/],
      [['scan', '.', '--format'], /^tosei: --format needs a value/],
      [['scan', '.', '--format', 'xml'], /^tosei: unknown format "xml"/],
      [['scan'], /^tosei: scan needs at least one PATH/],
      [['scan', '.', '--quiet=yes'], /^tosei: --quiet takes no value/],
      [['rules', 'show'], /^tosei: rules show needs a rule id/],
      [['hook'], /^Usage: tosei hook invoke/],
      [['fix'], /^tosei: fix needs at least one PATH/],
      [['scan', '.', '--severity-threshold', 'huge'], /^tosei: --severity-threshold must be one of/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args, { cwd });
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '', args.join(' '));
      assert.match(result.stderr, message, args.join(' '));
    }
  });
});

describe('colour', () => {
  const cwd = writeFixtureDirectory({ 'app.yaml': TEMPLATE });
  const colored = async (env: Record<string, string>, tty: boolean, extra: string[] = []) => (await run(['scan', 'app.yaml', ...extra], { cwd, env, tty })).stdout.includes('\u001b[');

  it('honours NO_COLOR, FORCE_COLOR and --no-color', async () => {
    assert.equal(await colored({}, true), true);
    assert.equal(await colored({}, false), false);
    assert.equal(await colored({ NO_COLOR: '1' }, true), false);
    assert.equal(await colored({ NO_COLOR: '' }, true), true, 'an empty NO_COLOR is not set');
    assert.equal(await colored({ FORCE_COLOR: '1' }, false), true);
    assert.equal(await colored({ FORCE_COLOR: '0' }, true), false);
    assert.equal(await colored({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), false, 'NO_COLOR wins');
    assert.equal(await colored({ FORCE_COLOR: '1' }, true, ['--no-color']), false);
  });
});

describe('scan progress', () => {
  it('draws on a terminal once the scan has run a while, and clears itself', async () => {
    const cwd = writeFixtureDirectory({ 'a.yaml': TEMPLATE, 'b.yaml': TEMPLATE });
    writeFileSync(join(cwd, 'c.yaml'), TEMPLATE);
    const slow = await run(['scan', '.', '--format', 'json'], { cwd, tty: true, progressDelayMs: 0 });
    assert.match(slow.stderr, /\[#*\.*\] [0-2]\/3 .*a\.yaml/);
    assert.ok(slow.stderr.endsWith('\r\x1b[2K'));
    JSON.parse(slow.stdout);
    assert.equal((await run(['scan', '.', '--format', 'json'], { cwd, tty: true })).stderr, '', 'a scan under a second shows nothing');
    assert.equal((await run(['scan', '.', '--format', 'json'], { cwd, tty: false, progressDelayMs: 0 })).stderr, '', 'not on a terminal');
  });
});
