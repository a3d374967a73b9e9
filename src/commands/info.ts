import { Command, Option } from '@commander-js/extra-typings';
import { withExamples } from '../cli/KztCommand.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { writeJson } from '../export/writeJson.js';
import { dateSpan, formatDateText, mustParseFactDate } from '../lib/dates.js';
import { terminalSafe } from '../render/terminalSafe.js';
import { VERSION } from '../version.js';

/** Options of `kzt info`. */
export interface InfoOptions {
  json: boolean;
}

/** `kzt info`: its flags and help; the action hands them to `run`. */
export function infoCommand(f: Factory, run: Runner<InfoOptions> = runInfo) {
  const cmd = new Command('info')
    .description("kzt's version and the data it has loaded: counts, date range, files")
    .addOption(new Option('--json', 'print a JSON object'))
    .action((opts) => finish(run({ json: opts.json === true }, f.context())));
  return withExamples(cmd, 'kzt info', 'kzt --data my-notes.json info --json');
}

/** What `kzt info` reports. */
export interface Info {
  version: string;
  facts: number;
  sources: number;
  entities: number;
  /** Figure series (`kzt figures`). */
  series: number;
  /** The span of the facts' dates: the first day of the earliest, the last day of the latest. */
  dates: { from: string | null; to: string | null };
  /** The fact that happened last (the latest start), with its date as written. */
  latest: { id: string; date: string } | null;
  /** How current the data is: the newest publication date among the sources the facts cite. */
  dataAsOf: string | null;
  /** Where the facts came from: "bundled" and each data file, with how many facts each gave. */
  files: Array<{ file: string; facts: number }>;
}

/** kzt's version and what data it has loaded, so a user can tell how old and how big it is. */
export function runInfo(options: InfoOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.factBase();
  let from: string | null = null;
  let to: string | null = null;
  let latest: { id: string; date: string; start: string } | null = null;
  let dataAsOf: string | null = null;
  const perFile = new Map<string, number>();
  for (const f of store.facts) {
    const file = f.origin ?? 'bundled';
    perFile.set(file, (perFile.get(file) ?? 0) + 1);
    for (const s of store.sourcesOf(f))
      if (s.date !== null && (dataAsOf === null || s.date > dataAsOf)) dataAsOf = s.date;
    if (f.date === null) continue;
    const span = dateSpan(mustParseFactDate(f.date));
    if (from === null || span.from < from) from = span.from;
    if (to === null || span.to > to) to = span.to;
    if (latest === null || span.from > latest.start) latest = { id: f.id, date: f.date, start: span.from };
  }
  const info: Info = {
    version: VERSION,
    facts: store.facts.length,
    sources: store.sources.length,
    entities: store.entities.length,
    series: store.series.length,
    dates: { from, to },
    latest: latest && { id: latest.id, date: latest.date },
    dataAsOf,
    files: [...perFile].map(([file, facts]) => ({ file, facts })),
  };
  if (options.json) {
    writeJson(info, ctx);
    return ExitCode.ok;
  }
  const { chalk } = ctx.style;
  const rows: Array<[string, string]> = [
    ['version', info.version],
    ['facts', String(info.facts)],
    ['sources', String(info.sources)],
    ['entities', String(info.entities)],
    ['series', String(info.series)],
    ['dates', from === null ? 'none' : `${from} to ${to ?? ''}`],
    [
      'latest',
      info.latest ? `${formatDateText(info.latest.date)} (${terminalSafe(info.latest.id)})` : 'none',
    ],
    [
      'as of',
      info.dataAsOf === null ? 'unknown' : `sources published up to ${formatDateText(info.dataAsOf)}`,
    ],
    ...info.files.map((f): [string, string] => ['data', `${terminalSafe(f.file)} (${f.facts} facts)`]),
  ];
  ctx.stdout.write(rows.map(([k, v]) => `${chalk.bold(k.padEnd(9))}${v}\n`).join(''));
  return ExitCode.ok;
}
