/**
 * `tosei lsp`: a Language Server over stdio. Diagnostics come from the editor's text (not the
 * disk), a moment after the last keystroke; hover explains a finding; a quick fix applies what
 * `tosei fix` would write. stdout carries LSP messages only: logs go to the client or stderr.
 */
import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseTemplate, analyseTerraform, documentKind, documentSettings, type FindingData } from './analyse.js';
import { findingHover, quickFix } from './actions.js';

/** How long the text must rest before it is checked again. */
const DEBOUNCE_MS = 300;

export interface ServerStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * Starts the server on the streams; resolves when the client has said `exit` (the library then
 * ends the process: 0 after `shutdown`, 1 without, as the protocol asks; so too when stdin closes).
 */
export function startServer(streams: ServerStreams): Promise<void> {
  const connection = createConnection(streams.input, streams.output);
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  /** The diagnostics last published, by document URI: hover and code actions read them. */
  const published = new Map<string, Diagnostic[]>();
  let workspaceRoots: string[] = [];
  /** The workspace folder holding the file (the innermost when folders nest): the settings search stops there. */
  const workspaceRoot = (path: string): string | undefined =>
    workspaceRoots.filter((root) => path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)).sort((a, b) => b.length - a.length)[0];

  const publish = (uri: string, diagnostics: Diagnostic[], version?: number): void => {
    published.set(uri, diagnostics);
    void connection.sendDiagnostics({ uri, diagnostics, ...(version === undefined ? {} : { version }) });
  };

  const check = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    const path = filePath(uri);
    if (!document || !path) return;
    const kind = documentKind(path);
    if (kind === 'other') return publish(uri, []);
    const settings = documentSettings(path, workspaceRoot(path));
    if (kind === 'template') return publish(uri, analyseTemplate(document.getText(), path, settings) ?? [], document.version);
    // A Terraform module is its folder: every open .tf file of it is checked together, buffers over the disk.
    const siblings = documents.all().filter((other) => other.uri.startsWith('file:') && documentKind(filePath(other.uri) ?? '') === 'terraform' && dirname(filePath(other.uri) ?? '') === dirname(path));
    const buffers = new Map(siblings.map((other) => [filePath(other.uri) as string, other.getText()]));
    const byFile = await analyseTerraform(dirname(path), buffers, settings);
    // Edited while the folder was read: the check scheduled by that edit publishes instead.
    if (siblings.some((other) => documents.get(other.uri)?.version !== other.version)) return;
    for (const other of siblings) publish(other.uri, byFile.get(filePath(other.uri) as string) ?? [], other.version);
  };

  const schedule = (uri: string): void => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        check(uri).catch((error: unknown) => connection.console.error(`tosei: checking ${uri} failed: ${(error as Error).stack ?? String(error)}`));
      }, DEBOUNCE_MS),
    );
  };

  connection.onInitialize((params) => {
    const roots = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceRoots = roots.map(filePath).filter((root): root is string => root !== undefined);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'tosei' },
    };
  });

  documents.onDidOpen(({ document }) => schedule(document.uri));
  documents.onDidChangeContent(({ document }) => schedule(document.uri));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    publish(document.uri, []);
    published.delete(document.uri);
    // Its folder's other .tf files are judged with the file on disk again.
    const path = filePath(document.uri);
    if (path && documentKind(path) === 'terraform') {
      for (const other of documents.all()) if (other.uri !== document.uri && dirname(filePath(other.uri) ?? '') === dirname(path)) schedule(other.uri);
    }
  });

  connection.onHover(({ textDocument, position }) => findingHover(published.get(textDocument.uri) ?? [], position.line));

  connection.onCodeAction(({ textDocument, context }): CodeAction[] => {
    const document = documents.get(textDocument.uri);
    const path = filePath(textDocument.uri);
    if (!document || !path || documentKind(path) !== 'template') return [];
    const settings = documentSettings(path, workspaceRoot(path));
    const actions: CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'tosei' || !diagnostic.data) continue;
      const action = quickFix(document, path, diagnostic.data as FindingData, settings);
      if (action) actions.push({ ...action, diagnostics: [diagnostic] });
    }
    return actions;
  });

  documents.listen(connection);
  return new Promise((resolve) => {
    connection.onExit(() => {
      for (const timer of timers.values()) clearTimeout(timer);
      resolve();
    });
    connection.listen();
  });
}

/** The file a `file:` URI names; undefined for other schemes (untitled buffers, git views). */
function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
