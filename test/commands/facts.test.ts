import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../src/model/types.js';
import { textWidth } from '../../src/render/textWidth.js';
import { runKzt } from '../helpers/fakeContext.js';

const mini = JSON.parse(readFileSync(new URL('../fixtures/mini.json', import.meta.url), 'utf8')) as DataSet;
const ESC = '\u001b';

describe('kzt facts search', () => {
  it('prints a table on a terminal, with a hint on stderr', () => {
    const r = runKzt(['facts', 'search', 'tokayev', 'visit'], {
      tty: true,
      columns: 70,
      data: mini,
      env: { NO_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "┌───┬────────────────┬───┬──────────────────────────────┬────────────┐
      │ # │ Date           │   │ Fact                         │ Id         │
      ├───┼────────────────┼───┼──────────────────────────────┼────────────┤
      │ 1 │ 10–11 May 2022 │ ? │ Tokayev paid a state visit   │ visit-2022 │
      │   │                │   │ to Ankara.                   │            │
      └───┴────────────────┴───┴──────────────────────────────┴────────────┘
      "
    `);
    expect(r.stderr).toBe(
      "! disputed   ? single source\nkzt: 1 match; `kzt show <id>` gives a fact's sources\n",
    );
  });

  it('prints tab-separated lines when piped: id, score, ISO date, text', () => {
    const r = runKzt(['facts', 'search', 'tokayev', 'visit'], { data: mini });
    expect(r.stdout.split('\n')[0]?.split('\t')).toEqual([
      'visit-2022',
      expect.stringMatching(/^0\.\d{3}|1\.000$/),
      '2022-05-10/2022-05-11',
      'Tokayev paid a state visit to Ankara.',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC);
  });

  it('fits every line in the terminal width, coloured or not', () => {
    for (const columns of [40, 60, 80, 200]) {
      for (const color of ['always', 'never']) {
        const r = runKzt(['--color', color, 'facts', 'search', 'embassy', 'ankara'], { tty: true, columns });
        const widths = r.stdout.trimEnd().split('\n').map(textWidth);
        expect(Math.max(...widths), `${columns} columns, colour ${color}`).toBeLessThanOrEqual(columns);
      }
    }
  });

  it('colours and highlights only when colour is on', () => {
    const on = runKzt(['facts', 'search', 'embassy'], { tty: true, data: mini });
    expect(on.stdout).toContain(`${ESC}[1m${ESC}[4membassy`);
    const off = runKzt(['facts', 'search', 'embassy'], { tty: true, data: mini, env: { NO_COLOR: '1' } });
    expect(off.stdout).not.toContain(ESC);
  });

  it('prints JSON: fact objects with sources embedded and a score in 0..1', () => {
    const r = runKzt(['facts', 'search', 'strategic', 'partnership', '--json'], { data: mini });
    const facts = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(r.code).toBe(0);
    expect(facts[0]).toEqual({
      id: 'partnership-treaty',
      text: 'A strategic partnership treaty was signed.',
      lang: 'en',
      texts: { en: 'A strategic partnership treaty was signed.', tr: null, ru: null, kk: null },
      date: '2009-10-22',
      kind: 'agreement',
      tags: ['strategic-partnership'],
      entities: [],
      sources: [
        {
          source: 'src-a',
          locator: 'https://example.org/a',
          title: '[Source A]',
          publisher: 'Publisher A',
          date: '2020-01-01',
          url: 'https://example.org/a',
          kind: 'news-report',
        },
      ],
      status: 'single-source',
      score: expect.any(Number),
    });
  });

  it('indents JSON for a terminal and keeps it compact for a pipe', () => {
    expect(runKzt(['facts', 'search', 'embassy', '--json'], { tty: true, data: mini }).stdout).toMatch(
      /^\[\n {2}\{/,
    );
    expect(runKzt(['facts', 'search', 'embassy', '--json'], { data: mini }).stdout).toMatch(/^\[\{"id"/);
  });

  it('exits 1 with [] and a hint on stderr when nothing matches', () => {
    const r = runKzt(['facts', 'search', 'penguin', '--json'], { data: mini });
    expect(r).toEqual({
      code: 1,
      stdout: '[]\n',
      stderr: 'kzt: no facts match "penguin" (no fact has the word penguin)\n',
    });
  });

  it('respects --limit and the filters', () => {
    expect(runKzt(['facts', 'search', 'erdogan', '--json', '-n', '2']).stdout).toSatisfy(
      (s: string) => (JSON.parse(s) as unknown[]).length === 2,
    );
    const r = runKzt(['facts', 'search', 'visit', '--from', '2020', '--json'], { data: mini });
    expect((JSON.parse(r.stdout) as Array<{ id: string }>).map((f) => f.id)).toEqual(['visit-2022']);
  });

  it('finds the bundled strategic partnership facts first', () => {
    const r = runKzt(['facts', 'search', 'strategic', 'partnership', '--json']);
    const top = (JSON.parse(r.stdout) as Array<{ id: string }>).slice(0, 2).map((f) => f.id);
    expect(top.sort()).toEqual(['enhanced-strategic-partnership-2022', 'strategic-partnership-treaty-2009']);
  });
});

describe('kzt facts show', () => {
  it('shows the whole fact with entities and sources', () => {
    const r = runKzt(['facts', 'show', 'undated-remark'], {
      tty: true,
      columns: 60,
      data: mini,
      env: { NO_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "undated-remark
        Relations were called brotherly.

        Date      undated
        Kind      statement
        Status    disputed
        Note      Claimed by A, denied by B.
        Tags      diplomacy

      Entities
        Recep Tayyip Erdoğan (erdogan): President of Türkiye

      Sources
        1. [Source B] (Publisher B, official-page)
      "
    `);
  });

  it('cites the paragraph and URL of each source', () => {
    const r = runKzt(['facts', 'show', 'sapiyev-second-homeland'], {
      tty: true,
      columns: 200,
      env: { NO_COLOR: '1' },
    });
    expect(r.stdout).toContain('at ¶6');
    expect(r.stdout).toContain('https://www.dailysabah.com/politics/diplomacy/kazakh-ambassador-hails-great');
  });

  it('prints one JSON object with --json', () => {
    const r = runKzt(['facts', 'show', 'visit-2015', '--json'], { data: mini });
    expect(JSON.parse(r.stdout)).toMatchObject({
      id: 'visit-2015',
      sources: [{ source: 'src-a' }, { source: 'src-b' }],
    });
  });

  it('suggests the closest ids for an unknown one and exits 1', () => {
    const r = runKzt(['facts', 'show', 'visit-2016'], { data: mini });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kzt: no fact with id "visit-2016" \(did you mean visit-2015.*\?\)\n$/);
  });
});

describe('kzt facts list', () => {
  it('lists every fact oldest first when piped, undated last; --sort -date newest first', () => {
    const ids = (...args: string[]) =>
      runKzt(['facts', 'list', ...args], { data: mini })
        .stdout.trimEnd()
        .split('\n')
        .map((l) => l.split('\t')[0]);
    // The fixture's dates: embassy 1992-10, treaty 2009-10-22, visits 2015-04-16 and 2022-05-10/11, one undated.
    expect(ids()).toEqual([
      'embassy-opened',
      'partnership-treaty',
      'visit-2015',
      'visit-2022',
      'undated-remark',
    ]);
    expect(ids('--sort', '-date')).toEqual([
      'visit-2022',
      'visit-2015',
      'partnership-treaty',
      'embassy-opened',
      'undated-remark',
    ]);
  });

  it('filters by tag, entity alias in any script, and inclusive dates', () => {
    const ids = (...args: string[]) =>
      (
        JSON.parse(runKzt(['facts', 'list', '--json', ...args], { data: mini }).stdout) as Array<{
          id: string;
        }>
      ).map((f) => f.id);
    expect(ids('--tag', 'visit')).toEqual(['visit-2015', 'visit-2022']);
    expect(ids('--entity', 'Эрдоган')).toEqual(['visit-2015', 'undated-remark']);
    expect(ids('--status', 'disputed')).toEqual(['undated-remark']);
    expect(ids('--kind', 'visit,agreement')).toEqual(['partnership-treaty', 'visit-2015', 'visit-2022']);
    expect(ids('--entity', 'erdogan', '--entity', 'ankara')).toEqual(['visit-2015']);
    expect(ids('--from', '1992-10-31', '--to', '2009')).toEqual(['embassy-opened', 'partnership-treaty']);
    expect(ids('--from', '2022-05-11')).toEqual(['visit-2022']);
  });

  it('rejects unknown entities, unknown tags and bad dates as usage errors', () => {
    const entity = runKzt(['facts', 'list', '--entity', 'erdgan'], { data: mini });
    expect(entity).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kzt: unknown entity "erdgan" (did you mean erdogan?)\n',
    });
    expect(runKzt(['facts', 'list', '--tag', 'visits'], { data: mini }).stderr).toBe(
      'kzt: unknown tag "visits" (did you mean visit?)\n',
    );
    expect(runKzt(['facts', 'list', '--from', '2009-13'], { data: mini })).toMatchObject({ code: 2 });
    expect(runKzt(['facts', 'list', '--from', '2010', '--to', '2009'], { data: mini }).stderr).toBe(
      'kzt: --from 2010 is after --to 2009\n',
    );
  });

  it('exits 1 when the filters leave nothing', () => {
    const r = runKzt(['facts', 'list', '--tag', 'embassy', '--from', '2000', '--json'], { data: mini });
    expect(r).toEqual({ code: 1, stdout: '[]\n', stderr: 'kzt: no facts match the filters\n' });
  });
});

describe('kzt facts show in a pipe', () => {
  it('prints one plain line with the status and the sources, and the page with --format table', () => {
    const r = runKzt(['facts', 'show', 'visit-2015'], { data: mini });
    expect(r.stdout).toBe(
      'visit-2015\t2015-04-16\tcorroborated\tThe president paid a visit to Ankara.\tsrc-a https://example.org/a; src-b\n',
    );
    expect(runKzt(['facts', 'show', 'visit-2015', '--format', 'table'], { data: mini }).stdout).toContain(
      'Sources\n',
    );
  });
});

describe('kzt facts search: honest counts, order and nothing to search for', () => {
  const json = (...args: string[]) => {
    const r = runKzt(['facts', 'search', ...args, '--json']);
    return { ...r, facts: JSON.parse(r.stdout) as Array<{ id: string; date: string | null; score: number }> };
  };

  it('says on stderr how many matched when the limit cuts the list, in a pipe too; --all prints them all', () => {
    const all = json('erdogan', '--all');
    expect(all.stderr).toBe('');
    expect(all.facts.length).toBeGreaterThan(10);
    const cut = json('erdogan', '--limit', '3');
    expect(cut.facts.map((f) => f.id)).toEqual(all.facts.slice(0, 3).map((f) => f.id));
    expect(cut.stderr).toBe(`kzt: showing 3 of ${all.facts.length} matches (--all shows every one)\n`);
    expect(runKzt(['facts', 'search', 'erdogan', '--all', '--limit', '3']).code).toBe(2);
  });

  it('orders equal scores by date, then id', () => {
    const { facts } = json('council', '--all');
    for (let i = 1; i < facts.length; i++) {
      const [a, b] = [facts[i - 1]!, facts[i]!];
      if (a.score !== b.score) continue;
      // Dates here are plain days, months or years, which sort as text; the ids break a tie of dates.
      expect([a.date ?? '~', a.id] <= [b.date ?? '~', b.id], `${a.id} before ${b.id}`).toBe(true);
    }
    expect(json('council', '--all').stdout).toBe(json('council', '--all').stdout);
  });

  it('sorts by date with --sort date or -date, the limit taking the first of that order', () => {
    const starts = (args: string[]) => json(...args).facts.map((f) => (f.date ?? '').slice(0, 10));
    const byDate = starts(['council', '--all', '--sort', 'date']);
    expect(byDate).toEqual([...byDate].sort());
    expect(starts(['council', '--all', '--sort', '-date'])).toEqual([...byDate].reverse());
    expect(starts(['council', '--sort', 'date', '--limit', '2'])).toEqual(byDate.slice(0, 2));
  });

  it.each(['the', 'what is', '??', 'how many'])(
    'has nothing to search for in %j: exit 1, nothing on stdout, [] with --json',
    (query) => {
      const plain = runKzt(['facts', 'search', query]);
      expect(plain).toEqual({
        code: 1,
        stdout: '',
        stderr: `kzt: nothing to search for in "${query}": it has only common words or punctuation\n`,
      });
      expect(runKzt(['facts', 'search', query, '--json'])).toMatchObject({ code: 1, stdout: '[]\n' });
    },
  );

  it('finds the day and the month of a date, a note, and the answer to a question', () => {
    expect(json('1992-03-02').facts[0]?.date).toBe('1992-03-02');
    expect(json('March 1992').facts.map((f) => f.date?.slice(0, 7))).toContain('1992-03');
    // Facts that name him in their text come first (one names him only in its note: test/unit covers notes).
    expect(json('Kapucu').facts[0]?.id).toBe('kapucu-ambassador-2023');
    expect(json('How many times have the presidents visited each other?').facts[0]?.id).toBe(
      'presidential-visits-count-2026',
    );
  });

  it('finds nothing for junk and says which words no fact has, suggesting only what was not typed', () => {
    expect(runKzt(['facts', 'search', 'moon landing'])).toMatchObject({ code: 1, stdout: '' });
    expect(runKzt(['facts', 'search', 'penguin zzqx'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'kzt: no facts match "penguin zzqx" (no fact has the words penguin, zzqx)\n',
    });
    // a Turkish capital İ is quoted as the i it is, not as an i with a dot above
    expect(runKzt(['facts', 'search', 'QİZZXW']).stderr).toBe(
      'kzt: no facts match "QİZZXW" (no fact has the word qizzxw)\n',
    );
    const r = runKzt(['facts', 'search', 'Sapiyev ne dedi zzqx']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/did you mean.*sapiyev/i);
    // "dedi" (said) is the question's framing (a statement), not a word the facts must hold
    expect(r.stderr).toBe('kzt: no facts match "Sapiyev ne dedi zzqx" (no fact has the word zzqx)\n');
  });

  it('finds nothing for what kzt does not cover (fares, the weather), names the word, and offers nothing near it', () => {
    // the airline and the cities are the facts' own: before, the flights were found
    expect(
      runKzt(['facts', 'search', 'How much is a Turkish Airlines ticket from Almaty to Istanbul?']),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'kzt: no facts match "How much is a Turkish Airlines ticket from Almaty to Istanbul?" (no fact has the word ticket)\n',
    });
    expect(runKzt(['facts', 'search', 'Какая погода в Стамбуле в ноябре?']).stderr).toBe(
      'kzt: no facts match "Какая погода в Стамбуле в ноябре?" (no fact has the word погода)\n',
    );
    // a practical question in words the facts hold ("flight", "Istanbul", "стоит") is named by what it asks for
    expect(runKzt(['facts', 'search', 'How long is the direct flight from Istanbul to Almaty?'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'kzt: no facts match "How long is the direct flight from Istanbul to Almaty?" (kzt holds no flight times)\n',
    });
    expect(runKzt(['facts', 'search', 'Сколько стоит обучение в турецком вузе?']).stderr).toBe(
      'kzt: no facts match "Сколько стоит обучение в турецком вузе?" (kzt holds no prices, only what some projects cost)\n',
    );
    // "асханасы" (its restaurant) is nearest "Астанасы", which is no reason to find Astana's facts
    expect(runKzt(['facts', 'search', 'Ыстамбұлда қазақ асханасы бар ма?']).code).toBe(1);
    // a word of that kind that a fact holds finds it as any word does: Gül's talks were planned at a hotel
    expect(
      (
        JSON.parse(
          runKzt([
            'facts',
            'search',
            "Abdullah Gül'ün Astana programında Medvedev ile görüşmesi hangi otelde planlanmıştı?",
            '--json',
          ]).stdout,
        ) as Array<{ id: string }>
      )[0]?.id,
    ).toBe('gul-astana-10th-anniversary-2008');
  });

  it('says which dates no fact is dated in, as dates, not as words of the index', () => {
    expect(runKzt(['facts', 'search', 'March 1950'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'kzt: no facts match "March 1950" (no fact is dated 1950-03)\n',
    });
    expect(runKzt(['facts', 'search', '2 марта 1950', '--json'])).toEqual({
      code: 1,
      stdout: '[]\n',
      stderr: 'kzt: no facts match "2 марта 1950" (no fact is dated 1950-03-02)\n',
    });
    expect(runKzt(['facts', 'search', "1950'lerde Doğu Türkistan"]).stderr).toBe(
      'kzt: no facts match "1950\'lerde Doğu Türkistan" (no fact is dated 1950–1959)\n',
    );
    expect(runKzt(['facts', 'search', 'penguin March 1950']).stderr).toBe(
      'kzt: no facts match "penguin March 1950" (no fact has the word penguin; no fact is dated 1950-03)\n',
    );
  });

  it('finds the fact for a Russian typo two letters off in Cyrillic, which folded to Latin is four', () => {
    // "землятресение" for "землетрясение": я and е swapped, "ya" for "e" and "e" for "ya" once folded
    const r = runKzt(['facts', 'search', 'Токаев землятресение Турция']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.split('\t')[0]).toBe('tokayev-earthquake-response-2023-02-06');
  });

  it('suggests the word meant for a Russian typo one slip beyond what a search tries', () => {
    // "землятрисенье": я for е, и for я, ь for и; three slips of the keyboard, five edits once folded
    const r = runKzt(['facts', 'search', 'Токаев землятрисенье Турция']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toMatch(
      /^kzt: no facts match "Токаев землятрисенье Турция" \(no fact has the word землятрисенье; did you mean землетрясени[а-я]*\?\)\n$/,
    );
  });

  it('quotes a long query back cut to 80 characters, and names five unknown words and how many more', () => {
    const words = ['zzqa', 'zzqb', 'zzqc', 'zzqd', 'zzqe', 'zzqf', 'zzqg'];
    const r = runKzt(['facts', 'search', words.join(' ').repeat(2000)]);
    const query = words.join(' ').repeat(2000);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `kzt: no facts match "${query.slice(0, 79)}…" (no fact has the words zzqa, zzqb, zzqc, zzqd, zzqe and ${
        new Set(query.split(' ')).size - 5
      } more)\n`,
    });
    expect(runKzt(['facts', 'search', 'the '.repeat(5000)]).stderr).toBe(
      `kzt: nothing to search for in "${'the '.repeat(20).slice(0, 79)}…": it has only common words or punctuation\n`,
    );
  });

  it('offers fewer of its own words, which do find, when a whole question finds nothing', () => {
    const question = "Which Turkish construction company built Astana's best-known landmarks?";
    expect(runKzt(['facts', 'search', question])).toEqual({
      code: 1,
      stdout: '',
      stderr: `kzt: no facts match "${question}" (fewer words find facts: "turkish construction company built astana landmarks")\n`,
    });
    const fewer = runKzt([
      'facts',
      'search',
      'turkish construction company built astana landmarks',
      '--json',
    ]);
    expect(fewer.code).toBe(0);
    expect((JSON.parse(fewer.stdout) as Array<{ id: string }>)[0]?.id).toBe('sembol-astana-landmarks');
    // Not for a query of one or two words, nor for one with a word no fact has (that is said instead).
    expect(runKzt(['facts', 'search', 'penguin migration']).stderr).not.toContain('fewer words');
  });

  it('finds a fact by its search keywords and questions, words its text does not use, and never prints them', () => {
    const search = (query: string) =>
      JSON.parse(runKzt(['facts', 'search', query, '--json']).stdout) as Array<Record<string, unknown>>;
    const award = search('Эрдоган награда Токаев');
    expect(award[0]?.id).toBe('erdogan-order-of-friendship');
    expect(JSON.stringify(award[0])).not.toMatch(/награда|keywords/);
    expect(search('who suggested the Turkic Council initiative')[0]?.id).toBe(
      'nazarbayev-turkic-council-proposal-2006',
    );
    expect(runKzt(['facts', 'show', 'erdogan-order-of-friendship', '--json']).stdout).not.toMatch(
      /keywords|decoration/,
    );
    // The questions a fact answers find it ("stay", "trip"), and are never printed either.
    const passport = search('How long does a Kazakh passport need to stay valid for a trip to Turkey?');
    expect(passport[0]?.id).toBe('turkiye-passport-validity-rule-2015');
    expect(JSON.stringify(passport[0])).not.toMatch(/questions|trip/);
    // Questions that find their fact only through its keywords (each finds nothing or another fact without them).
    expect(search('What can people learn at the Kazakh cultural centre in Alanya?')[0]?.id).toBe(
      'kazakh-centre-alanya-2025',
    );
    expect(search('Елші Сапиев 2022 жылы атап өтілген 30 жылдық мерейтойға қандай мән берді?')[0]?.id).toBe(
      'thirtieth-anniversary-important',
    );
  });

  it('tells the sessions of a series apart by their ordinal, written in any language, as a word or in digits', () => {
    const first = (query: string) =>
      (JSON.parse(runKzt(['facts', 'search', query, '--json']).stdout) as Array<{ id: string }>)[0]?.id;
    expect(first('11. Karma Ekonomik Komisyon toplantısı')).toBe('iec-11th-session');
    expect(first('on ikinci Karma Ekonomik Komisyon')).toBe('iec-12th-session');
    expect(first('двенадцатое заседание межправкомиссии')).toBe('iec-12th-session');
    // The ordinal weighs as a year does: without that, the second summit's question finds another fact first.
    expect(first('Түркітілдес елдер басшыларының екінші саммиті қай қалада өтті?')).toBe(
      'turkic-summit-1994-istanbul',
    );
    expect(['iec-13th-session', 'iec-13th-session-yilmaz-figures']).toContain(
      first('Үкіметаралық комиссияның он үшінші отырысы'),
    );
  });

  it('finds the fact that holds every name a question typed with a capital, one of them rare, at a lower bar', () => {
    const first = (query: string) => {
      const r = runKzt(['facts', 'search', query, '--json']);
      return r.code === 0 ? (JSON.parse(r.stdout) as Array<{ id: string }>)[0]?.id : undefined;
    };
    // TİKA is in two facts; the one that answers says its specialists were "даярлаған" where the question says
    // "дайындады" (trained), and is an event where "қанша" asks for a figure, so the question covers under half.
    const tika = 'ТИКА соңғы он жылда Түркияда қанша қазақстандық маман дайындады?';
    expect(first(tika)).toBe('tika-kyzylorda-carpet-courses');
    // Typed without capitals it names nothing; with a word no fact has, or a name no fact holds, it asks for
    // something else.
    expect(first(tika.toLowerCase())).toBeUndefined();
    expect(first(`${tika} zzqx`)).toBeUndefined();
    expect(first("Arjantin'de enflasyon oranı")).toBeUndefined();
    expect(
      first(
        'What agreements did President Tokayev sign with Emmanuel Macron during his official visit to Paris?',
      ),
    ).toBeUndefined();
  });
});

describe('status marks in search and list tables', () => {
  it('marks a disputed fact with ! and explains the marks below the table', () => {
    const r = runKzt(['facts', 'search', 'first', 'embassy', 'turkey', 'kazakhstan'], {
      tty: true,
      columns: 100,
      env: { NO_COLOR: '1' },
    });
    const row = r.stdout.split('\n').find((l) => l.includes('Türkiye is said to have opened'));
    expect(row).toMatch(/│ ! │/);
    // stdout has the table alone; the legend goes to stderr, before the count.
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^└─+/);
    expect(r.stderr.split('\n')[0]).toBe('! disputed   ? single source');
  });

  it('leaves marks and legend out when every fact is corroborated', () => {
    const r = runKzt(['facts', 'list', '--status', 'corroborated'], {
      tty: true,
      columns: 100,
      env: { NO_COLOR: '1' },
    });
    expect(r.stdout + r.stderr).not.toContain('disputed');
    expect(r.stdout.split('\n')[1]).toMatch(/^│ Date +│ Fact +│( Id +│)?$/);
  });
});

describe('terminal layout: ids and URLs are never split', () => {
  const bundled = runKzt(['facts', 'list', '--json']);
  const ids = (JSON.parse(bundled.stdout) as Array<{ id: string }>).map((f) => f.id);

  it.each([40, 60, 80, 120, 200])('keeps every id of the bundled facts whole at %i columns', (columns) => {
    const r = runKzt(['facts', 'list'], { tty: true, columns, env: { NO_COLOR: '1' } });
    for (const id of ids) expect(r.stdout, id).toMatch(new RegExp(`(^|[ │])${id}($|[ │])`, 'm'));
    const widths = r.stdout.trimEnd().split('\n').map(textWidth);
    expect(Math.max(...widths)).toBeLessThanOrEqual(Math.max(columns, ...ids.map((id) => id.length + 2)));
  });

  it('prints each source URL whole on its own line on the fact page', () => {
    const r = runKzt(['facts', 'show', 'diplomatic-relations-established'], {
      tty: true,
      columns: 80,
      env: { NO_COLOR: '1' },
    });
    expect(r.stdout).toContain(
      '\n     https://www.dailysabah.com/politics/diplomacy/kazakh-ambassador-hails-great-strides-in-relations-with-turkiye\n',
    );
  });
});

describe('kzt search and kzt show, short for kzt facts search and show', () => {
  it.each([
    [
      ['search', 'erdogan', '--json'],
      ['facts', 'search', 'erdogan', '--json'],
    ],
    [
      ['show', 'trade-2021', '--json'],
      ['facts', 'show', 'trade-2021', '--json'],
    ],
    [
      ['show', 'trade-2021'],
      ['facts', 'show', 'trade-2021'],
    ],
  ])('%j prints what %j prints', (short, long) => {
    expect(runKzt(short)).toEqual(runKzt(long));
  });
});
