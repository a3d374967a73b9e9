import { Argument, Command } from '@commander-js/extra-typings';
import { withExamples } from '../cli/KztCommand.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';

/** Shells kzt writes completion scripts for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
/** One of SHELLS. */
export type Shell = (typeof SHELLS)[number];

// Each script asks `kzt __complete -- <words so far> <current word>` for candidates, so that completion always
// matches the commands, options and data of the kzt on PATH.
const SCRIPTS: Record<Shell, string> = {
  bash: `# kzt completion for bash: add to ~/.bashrc:  source <(kzt completion bash)
_kzt_complete() {
  local IFS=$'\\n'
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  COMPREPLY=($(kzt __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  # No candidates where a file is expected: let bash complete file names.
  if [ \${#COMPREPLY[@]} -eq 0 ]; then compopt -o default 2>/dev/null; fi
  return 0
}
complete -F _kzt_complete kzt
`,
  zsh: `#compdef kzt
# kzt completion for zsh: add to ~/.zshrc:  source <(kzt completion zsh)
_kzt() {
  local -a candidates
  candidates=("\${(@f)$(kzt __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if (( \${#candidates} )) && [[ -n "\${candidates[1]}" ]]; then
    compadd -Q -- "\${candidates[@]}"
  else
    _files
  fi
}
compdef _kzt kzt
`,
  fish: `# kzt completion for fish: save as ~/.config/fish/completions/kzt.fish
#   kzt completion fish > ~/.config/fish/completions/kzt.fish
complete -c kzt -f -a '(kzt __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
};

/** Options of `kzt completion`. */
export interface CompletionOptions {
  shell: Shell;
}

/** `kzt completion <shell>`: its argument (completing the shells) and help; the action hands it to `run`. */
export function completionCommand(f: Factory, run: Runner<CompletionOptions> = runCompletion) {
  const cmd = new Command('completion')
    .description('print a shell completion script (commands, options, fact ids, tags, entities)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .action((shell) => finish(run({ shell }, f.context())));
  return withExamples(
    cmd,
    'source <(kzt completion bash)      # in ~/.bashrc',
    'source <(kzt completion zsh)       # in ~/.zshrc',
    'kzt completion fish > ~/.config/fish/completions/kzt.fish',
  );
}

/** Prints a completion script for bash, zsh or fish. */
export function runCompletion(options: CompletionOptions, ctx: CommandContext): ExitCodeValue {
  ctx.stdout.write(SCRIPTS[options.shell]);
  return ExitCode.ok;
}
