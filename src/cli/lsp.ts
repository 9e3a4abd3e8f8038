import { format } from 'node:util';
import { EXIT, parse, type CliEnvironment } from './common.js';

export const LSP_USAGE = `Usage: tosei lsp [--stdio]

A Language Server on stdin/stdout for editors: diagnostics for CloudFormation/SAM templates and
Terraform .tf files as they are opened and edited (the same rules and .tosei.yml as tosei scan),
hover with the rule and how to fix it, and quick fixes where tosei fix has one.

  --stdio   accepted for clients that pass it (stdio is the only transport)
`;

/** `tosei lsp`: serves until the client exits. stdout belongs to the protocol from here on. */
export async function runLsp(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values } = parse(args, { stdio: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, LSP_USAGE);
  if (values.help) {
    io.stdout(LSP_USAGE);
    return EXIT.ok;
  }
  // Whatever a dependency prints must not corrupt the protocol on stdout.
  const toStderr = (...parts: unknown[]): void => void process.stderr.write(`${format(...parts)}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  const { startServer } = await import('../lsp/server.js');
  await startServer({ input: process.stdin, output: process.stdout });
  return EXIT.ok;
}
