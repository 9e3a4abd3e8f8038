// The pre-commit hook as a team uses it: the real `pre-commit` installs its git hook in a
// throw-away repository, and `git commit` runs `tosei` on the staged files. The hook's definition
// comes from `.pre-commit-hooks.yaml`; only the install differs: a `language: node` hook is
// installed from the registry, which a test must not reach, so the test points a local
// `language: system` hook with the same entry and file pattern at the built CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { BIN, ROOT, neutralEnv } from './support/cli.js';

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
}

const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[];
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

const QUEUE_WITHOUT_TLS_POLICY = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Orders:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: true
`;

const ENCRYPTED_TOPIC = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Alerts:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: alias/alerts
`;

describe('pre-commit hook', { skip: hasPreCommit ? false : 'pre-commit is not installed (.ci/run installs it)' }, () => {
  let repository: string;
  let env: Record<string, string>;

  const git = (...args: string[]) => spawnSync('git', args, { cwd: repository, env, encoding: 'utf8' });

  before(() => {
    repository = mkdtempSync(join(tmpdir(), 'tosei-pre-commit-'));
    env = neutralEnv({
      PRE_COMMIT_HOME: join(repository, '.cache'),
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: repository,
    });
    assert.equal(git('init', '--quiet', '--initial-branch=main').status, 0);
    const hook = hooks.find((definition) => definition.id === 'tosei');
    assert.ok(hook, '.pre-commit-hooks.yaml defines the tosei hook');
    assert.match(hook.entry, /^tosei /);
    const local = {
      repos: [
        {
          repo: 'local',
          hooks: [{ ...hook, language: 'system', entry: `${process.execPath} ${BIN} ${hook.entry.slice('tosei '.length)}`, name: 'tosei' }],
        },
      ],
    };
    writeFileSync(join(repository, '.pre-commit-config.yaml'), JSON.stringify(local, null, 2));
    writeFileSync(join(repository, '.gitignore'), '.cache/\n');
    const install = spawnSync('pre-commit', ['install'], { cwd: repository, env, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr + install.stdout);
  });

  after(() => rmSync(repository, { recursive: true, force: true }));

  it('blocks a commit whose staged template fails a rule, and names the finding', () => {
    writeFileSync(join(repository, 'queue.yaml'), QUEUE_WITHOUT_TLS_POLICY);
    git('add', '.pre-commit-config.yaml', '.gitignore', 'queue.yaml');
    const commit = git('commit', '--quiet', '-m', 'add a queue');
    assert.notEqual(commit.status, 0, 'the commit is blocked');
    const output = commit.stdout + commit.stderr;
    assert.match(output, /SQS_QUEUE_SSL_REQUESTS_ONLY/);
    assert.match(output, /queue\.yaml/);
    assert.notEqual(git('rev-parse', '--verify', 'HEAD').status, 0, 'nothing was committed');
  });

  it('lets a clean template, files that are not templates and a Terraform module through', () => {
    git('rm', '--cached', '--quiet', 'queue.yaml');
    rmSync(join(repository, 'queue.yaml'));
    writeFileSync(join(repository, 'topic.yaml'), ENCRYPTED_TOPIC);
    mkdirSync(join(repository, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(repository, '.github', 'workflows', 'ci.yml'), 'on: push\njobs: {}\n');
    writeFileSync(join(repository, 'package.json'), '{ "name": "app" }\n');
    mkdirSync(join(repository, 'infra'));
    writeFileSync(join(repository, 'infra', 'main.tf'), 'variable "name" {\n  type = string\n}\n');
    git('add', '-A');
    const commit = git('commit', '--quiet', '-m', 'add a topic');
    assert.equal(commit.status, 0, commit.stdout + commit.stderr);
    assert.equal(git('rev-parse', '--verify', 'HEAD').status, 0);
  });

  it('blocks a commit that breaks a staged Terraform module', () => {
    writeFileSync(join(repository, 'infra', 'main.tf'), 'resource "aws_sqs_queue" "orders" {\n  sqs_managed_sse_enabled = true\n}\n');
    git('add', 'infra/main.tf');
    const commit = git('commit', '--quiet', '-m', 'add a queue in terraform');
    assert.notEqual(commit.status, 0);
    assert.match(commit.stdout + commit.stderr, /SQS_QUEUE_SSL_REQUESTS_ONLY/);
  });
});
