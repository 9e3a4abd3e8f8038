/**
 * `tosei completion bash|zsh|fish`: a shell completion script. The commands, subcommands and
 * options come from each command's own `--help`, so a new option completes without a table to keep.
 */
import { EXIT, UsageError, type CliEnvironment } from './common.js';

export const COMPLETION_USAGE = `Usage: tosei completion bash|zsh|fish

Prints a completion script for the shell:
  bash   eval "$(tosei completion bash)"   (or save it as ~/.local/share/bash-completion/completions/tosei)
  zsh    eval "$(tosei completion zsh)"    (after compinit; or save it as _tosei in a folder of $fpath)
  fish   tosei completion fish > ~/.config/fish/completions/tosei.fish
`;

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/** One command (`scan`) or subcommand (`scan aws`): its words and what may follow them. */
export interface CompletionEntry {
  words: string[];
  subcommands: string[];
  options: string[];
}

type Runner = (argv: readonly string[], io: CliEnvironment) => Promise<number>;

export async function runCompletion(args: readonly string[], io: CliEnvironment, run: Runner): Promise<number> {
  const [shell, ...rest] = args;
  if (shell === '--help' || shell === '-h') {
    io.stdout(COMPLETION_USAGE);
    return EXIT.ok;
  }
  if (shell === undefined) throw new UsageError('completion needs a shell: bash, zsh or fish', COMPLETION_USAGE);
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(`unknown shell "${shell}" (expected bash, zsh or fish)`, COMPLETION_USAGE);
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`, COMPLETION_USAGE);
  const table = await completionTable(io, run);
  io.stdout(SCRIPTS[shell as Shell](table));
  return EXIT.ok;
}

/** What `tosei --help` lists, each command with the subcommands and options its own `--help` shows. */
export async function completionTable(io: CliEnvironment, run: Runner): Promise<CompletionEntry[]> {
  const help = async (words: string[]): Promise<string> => {
    let text = '';
    await run([...words, '--help'], { ...io, stdoutIsTTY: false, stderrIsTTY: false, stdout: (chunk) => (text += chunk), stderr: () => undefined });
    return text;
  };
  const top = await help([]);
  const commands = new Map<string, Set<string>>();
  const commandSection = top.slice(top.indexOf('Commands:')).split(/\n\s*\n/)[0] ?? '';
  for (const match of commandSection.matchAll(/^ {2}([a-z][a-z-]*)(?: ([a-z][a-z|-]*))?/gm)) {
    const subcommands = commands.get(match[1] as string) ?? new Set<string>();
    for (const word of match[2]?.split('|') ?? []) subcommands.add(word);
    commands.set(match[1] as string, subcommands);
  }
  const entries: CompletionEntry[] = [];
  for (const [command, subcommands] of commands) {
    const text = await help([command]);
    // Usage lines name more subcommands (`tosei rules show ID`).
    for (const match of text.matchAll(new RegExp(`^(?:Usage:)?\\s+tosei ${command} ([a-z][a-z|-]*)`, 'gm'))) for (const word of (match[1] as string).split('|')) subcommands.add(word);
    entries.push({ words: [command], subcommands: [...subcommands].sort(), options: optionsIn(text) });
    for (const subcommand of [...subcommands].sort()) {
      entries.push({ words: [command, subcommand], subcommands: [], options: optionsIn(await help([command, subcommand])) });
    }
  }
  return entries;
}

/** The long and short options a help text names. */
function optionsIn(text: string): string[] {
  const options = new Set(['--help']);
  for (const match of text.matchAll(/(?<![\w-])(--[a-z][a-z0-9-]*|-[a-zA-Z])(?![\w-])/g)) options.add(match[1] as string);
  return [...options].sort();
}

const SCRIPTS: Record<Shell, (table: CompletionEntry[]) => string> = { bash, zsh, fish };

function bash(table: CompletionEntry[]): string {
  const commands = table.filter((entry) => entry.words.length === 1);
  const cases = (length: number): string =>
    table
      .filter((entry) => entry.words.length === length)
      .map((entry) => `        '${entry.words.join(' ')}') words='${[...entry.subcommands, ...entry.options].join(' ')}' ;;`)
      .join('\n');
  return `# tosei completion for bash: eval "$(tosei completion bash)"
_tosei() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" words=''
  if [ "$COMP_CWORD" -eq 1 ]; then
    words='${commands.map((entry) => entry.words[0]).join(' ')} --help --version'
  else
    if [ "$COMP_CWORD" -gt 2 ]; then
      case "\${COMP_WORDS[1]} \${COMP_WORDS[2]}" in
${cases(2)}
      esac
    fi
    if [ -z "$words" ]; then
      case "\${COMP_WORDS[1]}" in
${cases(1)}
      esac
    fi
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _tosei tosei
`;
}

function zsh(table: CompletionEntry[]): string {
  const commands = table.filter((entry) => entry.words.length === 1);
  const cases = (length: number): string =>
    table
      .filter((entry) => entry.words.length === length)
      .map((entry) => `        '${entry.words.join(' ')}') candidates=(${[...entry.subcommands, ...entry.options].join(' ')}) ;;`)
      .join('\n');
  return `#compdef tosei
# tosei completion for zsh: eval "$(tosei completion zsh)" after compinit
_tosei() {
  local -a candidates
  if (( CURRENT == 2 )); then
    candidates=(${commands.map((entry) => entry.words[0]).join(' ')} --help --version)
  else
    if (( CURRENT > 3 )); then
      case "\${words[2]} \${words[3]}" in
${cases(2)}
      esac
    fi
    if (( \${#candidates} == 0 )); then
      case "\${words[2]}" in
${cases(1)}
      esac
    fi
  fi
  compadd -- $candidates
  _files
}
compdef _tosei tosei
`;
}

function fish(table: CompletionEntry[]): string {
  const lines = ['# tosei completion for fish: tosei completion fish > ~/.config/fish/completions/tosei.fish'];
  const commands = table.filter((entry) => entry.words.length === 1);
  lines.push(`complete -c tosei -f -n '__fish_use_subcommand' -a '${commands.map((entry) => entry.words[0]).join(' ')}'`);
  for (const entry of table) {
    const [command, subcommand] = entry.words as [string, string | undefined];
    const parent = commands.find((candidate) => candidate.words[0] === command);
    // A command's own options are offered until one of its subcommands is given; then the subcommand's.
    const condition = subcommand
      ? `__fish_seen_subcommand_from ${command}; and __fish_seen_subcommand_from ${subcommand}`
      : `__fish_seen_subcommand_from ${command}${parent && parent.subcommands.length > 0 ? `; and not __fish_seen_subcommand_from ${parent.subcommands.join(' ')}` : ''}`;
    if (entry.subcommands.length > 0) lines.push(`complete -c tosei -n '${condition}' -a '${entry.subcommands.join(' ')}'`);
    for (const option of entry.options) {
      lines.push(`complete -c tosei -n '${condition}' ${option.startsWith('--') ? `-l ${option.slice(2)}` : `-s ${option.slice(1)}`}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
