/**
 * `tosei lsp` as an editor runs it: the built CLI as a child process, LSP over its stdio, the
 * protocol's own client library on this side.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BIN, neutralEnv, workspace } from './support/cli.js';

const PUBLIC_ACCESS = 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED';
const LOGGING = 'S3_BUCKET_LOGGING_ENABLED';

const OPEN_BUCKET = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs
`;

const CLOSED_BUCKET = `${OPEN_BUCKET}      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`;

interface Session {
  connection: MessageConnection;
  child: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
}

async function startSession(root: string): Promise<Session> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: root, env: neutralEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const latest = new Map<string, Diagnostic[]>();
  const waiting: { uri: string; accept: (diagnostics: Diagnostic[]) => boolean; resolve: (diagnostics: Diagnostic[]) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params.diagnostics);
    for (const waiter of [...waiting]) {
      if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  connection.listen();
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'test' }],
    capabilities: {},
  });
  assert.equal(initialized.serverInfo?.name, 'tosei');
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    child,
    stderr: () => stderr,
    diagnostics: (uri, accept = () => true) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}; last ${JSON.stringify(latest.get(uri))}\n${stderr}`)), 30_000);
        waiting.push({
          uri,
          accept,
          resolve: (diagnostics) => {
            clearTimeout(timer);
            resolve(diagnostics);
          },
        });
      }),
  };
}

async function shutdown(session: Session): Promise<void> {
  const exited = new Promise<number | null>((resolve) => session.child.on('exit', resolve));
  await session.connection.sendRequest(ShutdownRequest.type);
  await session.connection.sendNotification(ExitNotification.type);
  assert.equal(await exited, 0, session.stderr());
  session.connection.dispose();
}

/** A diagnostic's message as text (the protocol allows Markdown there too). */
const messageOf = (diagnostic: Diagnostic | undefined): string => (typeof diagnostic?.message === 'string' ? diagnostic.message : (diagnostic?.message.value ?? ''));

const ids = (diagnostics: readonly Diagnostic[]): unknown[] => diagnostics.map((diagnostic) => diagnostic.code);

test('diagnostics, hover and a quick fix follow the editor text; closing clears them', async () => {
  // Only the buffer exists: the server must read the editor's text, not the disk.
  const root = workspace({ '.tosei.yml': `rules:\n  ${LOGGING}: off\n` });
  const uri = pathToFileURL(join(root, 'template.yaml')).href;
  const session = await startSession(root);
  const { connection } = session;

  const opened = session.diagnostics(uri);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text: OPEN_BUCKET } });
  const first = await opened;
  const finding = first.find((diagnostic) => diagnostic.code === PUBLIC_ACCESS);
  assert.ok(finding, JSON.stringify(first));
  assert.equal(finding.source, 'tosei');
  assert.equal(finding.range.start.line, 2, 'the bucket is declared on line 3');
  assert.equal(finding.severity, 1, 'a high-severity finding is an Error');
  assert.match(finding.codeDescription?.href ?? '', new RegExp(`${PUBLIC_ACCESS}\\.md$`));
  assert.ok(!ids(first).includes(LOGGING), '.tosei.yml turns the logging rule off');

  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 4 } });
  const markdown = (hover?.contents as MarkupContent).value;
  assert.match(markdown, new RegExp(`\\*\\*${PUBLIC_ACCESS}\\*\\*`));
  assert.match(markdown, /declares no PublicAccessBlockConfiguration/);
  assert.match(markdown, /How to fix:/);

  // The quick fix's edit, applied to the text, leaves no such finding.
  const actions = (await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } })) as CodeAction[];
  const action = actions.find((candidate) => candidate.diagnostics?.[0]?.code === PUBLIC_ACCESS);
  assert.ok(action?.edit?.changes?.[uri], JSON.stringify(actions));
  const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, OPEN_BUCKET), action.edit.changes[uri] as TextEdit[]);
  assert.match(fixed, /PublicAccessBlockConfiguration/);
  const afterFix = session.diagnostics(uri, (diagnostics) => !ids(diagnostics).includes(PUBLIC_ACCESS));
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  assert.ok(!ids(await afterFix).includes(PUBLIC_ACCESS));

  // Changed back, then fixed by hand: the finding comes and goes with the text.
  const reopened = session.diagnostics(uri, (diagnostics) => ids(diagnostics).includes(PUBLIC_ACCESS));
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: OPEN_BUCKET }] });
  await reopened;
  const closedByHand = session.diagnostics(uri, (diagnostics) => !ids(diagnostics).includes(PUBLIC_ACCESS));
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 4 }, contentChanges: [{ text: CLOSED_BUCKET }] });
  await closedByHand;

  const cleared = session.diagnostics(uri, (diagnostics) => diagnostics.length === 0);
  await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  await cleared;
  await shutdown(session);
});

const UNKNOWN_SETTING = `Parameters:
  Block:
    Type: String
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: !Ref Block
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`;

test('parse errors, unknowns, broken settings, other files and unsaved Terraform buffers', async () => {
  const root = workspace({ 'main.tf': 'variable "name" {\n  default = "logs"\n}\n', 'team/.tosei.yml': 'rules:\n  NO_SUCH_RULE: off\n' });
  const session = await startSession(root);
  const { connection } = session;

  const broken = pathToFileURL(join(root, 'broken.yaml')).href;
  const brokenDiagnostics = session.diagnostics(broken);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: broken, languageId: 'yaml', version: 1, text: 'Resources:\n  Logs:\n    Type: [unclosed\n' } });
  const parseError = (await brokenDiagnostics).find((diagnostic) => diagnostic.severity === 1);
  assert.ok(parseError, 'a YAML syntax error is an Error diagnostic');
  assert.ok(parseError.range.start.line >= 2, `at its line, not the top: ${JSON.stringify(parseError)}`);

  // A parameter without a value: undecided, a hint at the property with the reason, never a failure.
  const unknown = pathToFileURL(join(root, 'unknown.yaml')).href;
  const unknownDiagnostics = session.diagnostics(unknown);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: unknown, languageId: 'yaml', version: 1, text: UNKNOWN_SETTING } });
  const hint = (await unknownDiagnostics).find((diagnostic) => diagnostic.code === PUBLIC_ACCESS);
  assert.ok(hint, 'the undecided finding is published');
  assert.equal(hint.severity, 4, 'as a Hint');
  assert.deepEqual(hint.range.start, { line: 8, character: 8 });
  assert.match(messageOf(hint), /INSUFFICIENT_DATA: .*parameter Block has no value/);

  // A wrong settings file is an error, and no rule runs (never a quiet pass).
  const team = pathToFileURL(join(root, 'team', 'template.yaml')).href;
  const teamDiagnostics = session.diagnostics(team);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: team, languageId: 'yaml', version: 1, text: OPEN_BUCKET } });
  const settings = await teamDiagnostics;
  assert.equal(settings.length, 1, JSON.stringify(settings));
  assert.match(messageOf(settings[0]), /\.tosei\.yml.*NO_SUCH_RULE/s);
  assert.equal(settings[0]?.severity, 1);

  const other = pathToFileURL(join(root, 'workflow.yml')).href;
  const otherDiagnostics = session.diagnostics(other);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'on: push\njobs: {}\n' } });
  assert.deepEqual(await otherDiagnostics, [], 'a YAML file that is not a template gets none');

  // buckets.tf exists only in the editor; main.tf (on disk) gives it its variable.
  const buckets = pathToFileURL(join(root, 'buckets.tf')).href;
  const bucketDiagnostics = session.diagnostics(buckets, (diagnostics) => diagnostics.length > 0);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: buckets, languageId: 'terraform', version: 1, text: 'resource "aws_s3_bucket" "logs" {\n  bucket = var.name\n}\n' },
  });
  const terraform = await bucketDiagnostics;
  const publicAccess = terraform.find((diagnostic) => diagnostic.code === PUBLIC_ACCESS);
  assert.ok(publicAccess, JSON.stringify(terraform));
  assert.equal(publicAccess.range.start.line, 0);
  await shutdown(session);
});
