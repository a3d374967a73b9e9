import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/factbase/checkIntegrity.js';
import { checkDataFile } from '../../src/factbase/checkDataFile.js';
import type { DataSet } from '../../src/model/types.js';
import { DATA_DIR } from '../helpers/fakeContext.js';

const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8'));
const schema = read('kzt.schema.json') as object;
const files = {
  sources: read('sources.json'),
  entities: read('entities.json'),
  facts: read('facts.json'),
  figures: read('figures.json'),
};
const data: DataSet = {
  sources: (files.sources as DataSet).sources,
  entities: (files.entities as DataSet).entities,
  facts: (files.facts as DataSet).facts,
  series: (files.figures as DataSet).series,
  targets: (files.figures as DataSet).targets,
};
const ARTICLE = 'dailysabah-2022-10-20';
const SHARED = join(DATA_DIR, '..', '..', 'shared');

describe('bundled data files', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it.each(Object.entries(files))(
    '%s.json is valid against data/kzt.schema.json and points to it',
    (_name, json) => {
      expect(validate(json) ? [] : validate.errors).toEqual([]);
      expect((json as { $schema?: string }).$schema).toBe('./kzt.schema.json');
    },
  );

  it('reads as kzt reads user files: strict JSON, no duplicate keys, each file valid on its own terms', () => {
    const known = {
      sources: new Set(data.sources.map((x) => x.id)),
      entities: new Set(data.entities.map((x) => x.id)),
      series: new Set((data.series ?? []).map((x) => x.id)),
    };
    for (const name of ['sources.json', 'entities.json', 'facts.json', 'figures.json']) {
      const bytes = readFileSync(join(DATA_DIR, name));
      expect(checkDataFile({ label: name, bytes }, known).problems).toEqual([]);
    }
  });

  it('passes the integrity checks: unique ids, resolvable references, real dates, a source on every fact', () => {
    expect(checkIntegrity(data)).toEqual([]);
  });

  it('uses every source and entity it defines (facts and figures cite the one register)', () => {
    const cited = new Set([
      ...data.facts.flatMap((f) => f.sources.map((s) => s.source)),
      ...(data.series ?? []).flatMap((x) => x.points.flatMap((p) => p.sources.map((s) => s.source))),
      ...(data.targets ?? []).flatMap((t) => t.sources.map((s) => s.source)),
    ]);
    const named = new Set([
      ...data.facts.flatMap((f) => f.entities),
      ...(data.targets ?? []).flatMap((t) => t.by),
    ]);
    expect(data.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
    expect(data.entities.map((e) => e.id).filter((id) => !named.has(id))).toEqual([]);
  });

  it('holds at least 60 facts, each with text of one or two sentences', () => {
    expect(data.facts.length).toBeGreaterThanOrEqual(60);
    for (const f of data.facts)
      expect(f.text.split(/(?<=[\p{Ll}\d]{2}[.!?]["”]?)\s+(?=[A-Z"])/u).length, f.id).toBeLessThanOrEqual(2);
  });

  it('marks a fact corroborated only when its sources come from two or more different publishers', () => {
    const publisher = new Map(data.sources.map((s) => [s.id, s.publisher.trim().toLowerCase()]));
    const thin = data.facts.filter(
      (f) => f.status === 'corroborated' && new Set(f.sources.map((s) => publisher.get(s.source))).size < 2,
    );
    expect(thin.map((f) => f.id)).toEqual([]);
  });

  it('has a fact in every year from 1991 to 2026', () => {
    const years = new Set(data.facts.map((f) => Number((f.date ?? '').slice(0, 4))));
    const missing = Array.from({ length: 36 }, (_, i) => 1991 + i).filter((y) => !years.has(y));
    expect(missing).toEqual([]);
  });

  it('structures every visit: who travelled (people), the host country, the cities, the type', () => {
    const type = new Map(data.entities.map((e) => [e.id, e.type]));
    for (const f of data.facts) {
      expect(f.kind === 'visit', f.id).toBe(f.visit !== undefined);
      if (!f.visit) continue;
      expect(f.visit.by.length, f.id).toBeGreaterThan(0);
      for (const id of f.visit.by) expect([f.id, id, type.get(id)]).toEqual([f.id, id, 'person']);
      for (const id of f.visit.places) expect([f.id, id, type.get(id)]).toEqual([f.id, id, 'city']);
      expect(['kazakhstan', 'turkiye']).toContain(f.visit.host);
    }
  });

  // The target is 85%; the undated rest are pages whose stored copies show no publication date (encyclopedias,
  // official pages, news items without a dateline), and kzt records no date it cannot read. The floor holds what
  // has been verified so that no later edit loses dates.
  it('gives a publication date to at least 70% of the sources facts cite', () => {
    const cited = new Set(data.facts.flatMap((f) => f.sources.map((s) => s.source)));
    const list = data.sources.filter((s) => cited.has(s.id));
    expect(list.filter((s) => s.date !== null).length / list.length).toBeGreaterThanOrEqual(0.7);
  });

  it('holds the five High-Level Strategic Cooperation Council meetings on their days', () => {
    const council = data.facts.filter((f) => /High-Level Strategic Cooperation Council/.test(f.text));
    for (const day of ['2012-10-11', '2015-04-16', '2018-09-13', '2022-10-12', '2025-07-29'])
      expect(
        council.some((f) => (f.date ?? '').includes(day)),
        day,
      ).toBe(true);
  });

  it('says who claims what for every disputed fact, and stores the first-mission claim as disputed', () => {
    for (const f of data.facts.filter((x) => x.status === 'disputed'))
      expect(f.note, f.id).toMatch(
        /claim|said|gave|differ|spoke|says?\b|gives?\b|puts?\b|reports?\b|calls?\b|dates?\b|counts?\b|lists?\b|according/i,
      );
    expect(data.facts.find((f) => f.id === 'first-diplomatic-mission-claim')?.status).toBe('disputed');
  });

  it('cites every one of the article’s 16 paragraphs, in 25–35 facts', () => {
    const fromArticle = data.facts.filter((f) => f.sources.some((s) => s.source === ARTICLE));
    const paragraphs = new Set(
      fromArticle.flatMap((f) => f.sources.filter((s) => s.source === ARTICLE).map((s) => s.locator)),
    );
    expect([...paragraphs].sort()).toEqual(Array.from({ length: 16 }, (_, i) => `¶${i + 1}`).sort());
    expect(fromArticle.length).toBeGreaterThanOrEqual(25);
    expect(fromArticle.length).toBeLessThanOrEqual(35);
  });

  it('keeps the corrections the research brief makes to the article, citing both', () => {
    const byId = new Map(data.facts.map((f) => [f.id, f]));
    const relations = byId.get('diplomatic-relations-established');
    expect(relations?.date).toBe('1992-03-02');
    expect(relations?.sources.map((s) => s.source)).toContain(ARTICLE);
    expect(relations?.sources.length).toBeGreaterThan(1);
    const twenty = byId.get('twenty-agreements-2022');
    expect(twenty?.text).toMatch(/14 .*6 /);
    expect(twenty?.sources.map((s) => s.source)).toEqual(
      expect.arrayContaining([ARTICLE, 'hurriyet-177661']),
    );
  });
});

describe.skipIf(!existsSync(SHARED))('bundled data against the source documents in ../shared', () => {
  const research = join(SHARED, 'research');
  const brief = existsSync(SHARED)
    ? readdirSync(research)
        .filter((n) => n.endsWith('.md'))
        .map((n) => readFileSync(join(research, n), 'utf8'))
        .join('\n')
    : '';
  const readme = existsSync(SHARED) ? readFileSync(join(SHARED, 'sources', 'README.md'), 'utf8') : '';
  const article = existsSync(SHARED)
    ? readFileSync(join(SHARED, 'sources', '2022-10-20-sapiyev-briefing.txt'), 'utf8')
    : '';

  it('takes every source URL from the research briefs or the sources README (no invented URL)', () => {
    const invented = data.sources.filter((s) => s.url && !brief.includes(s.url) && !readme.includes(s.url));
    expect(invented.map((s) => s.id)).toEqual([]);
  });

  it('words every fact and note in kzt’s own words: no run of 8 words from the article or the briefs', () => {
    // Its own word splitter, not kzt's: lower case, diacritics dropped, runs of Latin letters and digits.
    const words = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .toLowerCase()
        .match(/[a-z0-9]+/g) ?? [];
    const shingles = new Set<string>();
    for (const text of [article, brief]) {
      const w = words(text);
      for (let i = 0; i + 8 <= w.length; i++) shingles.add(w.slice(i, i + 8).join(' '));
    }
    const copied = data.facts
      .filter((f) => f.kind !== 'quote')
      .filter((f) =>
        [f.text, f.note ?? ''].some((text) => {
          const w = words(text.replace(/"[^"]*"/g, ' '));
          return w.some((_, i) => i + 8 <= w.length && shingles.has(w.slice(i, i + 8).join(' ')));
        }),
      );
    expect(copied.map((f) => f.id)).toEqual([]);
  });
});
