import { Command, Option } from '@commander-js/extra-typings';
import { completeArguments, completeOption, withExamples } from '../cli/KztCommand.js';
import { year } from '../cli/options.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { ExitCode, NotFoundError, UsageError, type ExitCodeValue } from '../errors.js';
import { emitRecords } from '../export/emitRecords.js';
import {
  FIGURE_FIELDS,
  POINT_FIELDS,
  POINT_PLAIN,
  SERIES_FIELDS,
  SERIES_PLAIN,
} from '../export/figureFields.js';
import { pointRecord, seriesToJson } from '../export/figureToJson.js';
import { FORMATS, parseOutputOptions, type OutputOptions } from '../export/OutputOptions.js';
import { writeJson } from '../export/writeJson.js';
import { mustParseFactDate, dateSpan } from '../lib/dates.js';
import { mustParsePeriod } from '../lib/periods.js';
import type { FactBase } from '../factbase/FactBase.js';
import { seriesSummary } from '../model/seriesSummary.js';
import type { Series } from '../model/types.js';
import type { SelectedSeries } from '../render/chartGroups.js';
import { renderFigures } from '../render/figureView.js';
import { renderSvg } from '../render/figureSvg.js';
import { renderSeriesList } from '../render/seriesList.js';
import { terminalSafe } from '../render/terminalSafe.js';

/** How `kzt figures` prints: a format of every command's, or an SVG chart. */
export type FigureOutput = OutputOptions | { format: 'svg' };

/** Options of `kzt figures`. */
export interface FiguresOptions {
  /** Series ids or id prefixes; none lists the series. */
  ids: string[];
  /** Only points (and targets) that touch these years, inclusive. */
  from?: number;
  to?: number;
  output: FigureOutput;
}

const FIGURE_FORMATS = [...FORMATS, 'svg'] as const;

/** Parses the output flags: svg needs series and takes no --fields; the fields are a point's or a series'. */
function figureOutput(
  flags: { format?: string; json?: true; fields?: string },
  isTTY: boolean,
  withSeries: boolean,
): FigureOutput {
  if (flags.format !== 'svg')
    return parseOutputOptions(flags, isTTY, withSeries ? POINT_FIELDS : SERIES_FIELDS);
  if (flags.json) throw new UsageError('--json and --format svg contradict each other; use one');
  if (flags.fields !== undefined) throw new UsageError('--fields does not apply to --format svg');
  if (!withSeries)
    throw new UsageError('--format svg draws series: name them, as in kzt figures trade-kz --format svg');
  return { format: 'svg' };
}

/** `kzt figures [series...]`: its flags, help and completion (series ids); the action hands them to `run`. */
export function figuresCommand(f: Factory, run: Runner<FiguresOptions> = runFigures) {
  const cmd = new Command('figures')
    .description(
      'sourced figures by year (trade, investment, companies, visitors, flights): without series, the list; with series, a table and chart',
    )
    .argument('[series...]', 'series ids, or id prefixes: trade picks every series whose id starts with it')
    .addOption(new Option('--from <year>', 'only points that reach into this year or later').argParser(year))
    .addOption(new Option('--to <year>', 'only points that start in this year or earlier').argParser(year))
    .addOption(
      new Option(
        '--format <format>',
        'output format; svg writes a chart for slides (default: table and chart on a terminal, plain lines in a pipe)',
      ).choices(FIGURE_FORMATS),
    )
    .addOption(new Option('--json', 'short for --format json'))
    .addOption(
      new Option(
        '--fields <list>',
        `comma-separated fields, in order: of each point (with series) ${POINT_FIELDS.join(', ')}; of each series (without) ${SERIES_FIELDS.join(', ')}`,
      ),
    )
    .action((ids, opts) => {
      const ctx = f.context();
      const output = figureOutput(opts, ctx.isTTY, ids.length > 0);
      if (opts.from !== undefined && opts.to !== undefined && opts.from > opts.to)
        throw new UsageError(`--from ${opts.from} is after --to ${opts.to}`);
      finish(run({ ids, from: opts.from, to: opts.to, output }, ctx));
    });
  completeArguments(cmd, { values: (s) => s.factBase().series.map((x) => x.id) });
  completeOption(cmd, '--fields', { values: () => FIGURE_FIELDS, list: true });
  return withExamples(
    cmd,
    'kzt figures',
    'kzt figures trade-kz trade-tr',
    'kzt figures trade --from 2015',
    'kzt figures trade-kz --format csv > trade.csv',
    'kzt figures trade-kz trade-tr --format svg > trade.svg',
    "kzt figures trade-kz --json | jq '.points[] | [.period, .value]'",
  );
}

/** The series the arguments pick, each once, in the order asked; an argument that picks none is exit 1. */
function pickSeries(fb: FactBase, words: readonly string[]): Series[] {
  const picked = new Map<string, Series>();
  for (const word of words) {
    const found = fb.seriesMatching(word);
    if (found.length === 0) {
      const near = fb.closestSeries(word).map((id) => terminalSafe(id));
      const hint = near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '; `kzt figures` lists them';
      throw new NotFoundError(`no figure series "${terminalSafe(word)}"${hint}`);
    }
    for (const s of found) picked.set(s.id, s);
  }
  return [...picked.values()];
}

/** Whether a span of days touches the years --from and --to. */
function inYears(options: FiguresOptions, span: { from: string; to: string }): boolean {
  return (
    (options.from === undefined || span.to >= `${options.from}-01-01`) &&
    (options.to === undefined || span.from <= `${options.to}-12-31`)
  );
}

/** "from 2015 to 2020", "from 2015", "" for the messages. */
function rangeText(options: FiguresOptions): string {
  const from = options.from === undefined ? '' : ` from ${options.from}`;
  const to = options.to === undefined ? '' : ` to ${options.to}`;
  return `${from}${to}`;
}

/**
 * Lists the series, or prints the points of the series asked for: a table and bar charts on a terminal, flat
 * records in every other format (a series object with its points and targets in JSON), or an SVG chart.
 * Exit 1 when a name picks no series or no point falls in --from/--to.
 */
export function runFigures(options: FiguresOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const inRange = (period: string) => inYears(options, mustParsePeriod(period));
  if (options.ids.length === 0) {
    if (options.output.format === 'svg') throw new UsageError('--format svg draws series: name them');
    return listSeries(options, options.output, ctx, fb, inRange);
  }

  const selection: SelectedSeries[] = pickSeries(fb, options.ids).map((series) => ({
    series,
    points: series.points.filter((p) => inRange(p.period)),
  }));
  const chosen = new Set(selection.map((s) => s.series.id));
  const announced = (t: { announced: string }) => inYears(options, dateSpan(mustParseFactDate(t.announced)));
  const targets = fb.targets.filter((t) => t.series.some((id) => chosen.has(id)) && announced(t));
  const count = selection.reduce((n, s) => n + s.points.length, 0);
  const output = options.output;

  if (count > 0 && output.format === 'svg') {
    const units = [...new Set(selection.map((s) => s.series.unit))];
    if (units.length > 1) {
      throw new UsageError(
        `--format svg draws series of one unit; these are in ${units.map((u) => terminalSafe(u)).join(', ')}`,
      );
    }
    const command = `kzt figures ${options.ids.join(' ')}${options.from === undefined ? '' : ` --from ${options.from}`}${options.to === undefined ? '' : ` --to ${options.to}`}`;
    ctx.stdout.write(renderSvg(selection, targets, fb, command));
  } else if (output.format === 'json' && !output.fields) {
    const json = selection.map((s) =>
      seriesToJson(
        s.series,
        s.points,
        targets.filter((t) => t.series.includes(s.series.id)),
        fb,
      ),
    );
    // One series named by its exact id is one object (like `facts show`); a prefix or several ids, an array.
    const single = options.ids.length === 1 && fb.findSeries(options.ids[0] ?? '') !== undefined;
    writeJson(single ? json[0] : json, ctx);
  } else if (output.format !== 'svg') {
    const records = selection.flatMap((s) => s.points.map((p) => pointRecord(s.series, p, fb)));
    emitRecords(records, (r) => r, output, ctx, {
      table: () => renderFigures(selection, targets, fb, ctx.columns, ctx.style),
      plain: POINT_PLAIN,
      tabular: POINT_FIELDS,
    });
  }
  if (count === 0) {
    const names = selection.map((s) => terminalSafe(s.series.id)).join(', ');
    ctx.stderr.write(`kzt: no figures of ${names}${rangeText(options)}\n`);
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}

/** `kzt figures` without series: each series with its unit, whose statistics, years and number of points. */
function listSeries(
  options: FiguresOptions,
  output: OutputOptions,
  ctx: CommandContext,
  fb: FactBase,
  inRange: (period: string) => boolean,
): ExitCodeValue {
  const ranged = options.from !== undefined || options.to !== undefined;
  const list = fb.series
    .map((s) =>
      seriesSummary(
        s,
        s.points.filter((p) => inRange(p.period)),
      ),
    )
    .filter((s) => !ranged || s.count > 0);
  emitRecords(list, (s) => s, output, ctx, {
    table: () => renderSeriesList(list, ctx.columns, ctx.style),
    plain: SERIES_PLAIN,
    tabular: SERIES_FIELDS,
  });
  if (list.length === 0) {
    ctx.stderr.write(`kzt: no figure series${rangeText(options)}\n`);
    return ExitCode.notFound;
  }
  if (ctx.isTTY && output.format === 'table' && !output.fields) {
    ctx.stderr.write(`kzt: ${list.length} series; \`kzt figures <id>\` shows one as a table and a chart\n`);
  }
  return ExitCode.ok;
}
