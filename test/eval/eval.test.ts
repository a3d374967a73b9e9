import { describe, expect, it } from 'vitest';
import { FactBase } from '../../src/factbase/FactBase.js';
import { bundledData } from '../helpers/fakeContext.js';
import { evaluate, loadQueries } from './evaluate.js';

describe('search eval (test/eval/queries.json)', () => {
  const queries = loadQueries();
  const report = evaluate(new FactBase(bundledData()), queries);

  it('has the mix the issue asks for', () => {
    const count = (c: string) => queries.filter((q) => q.category === c).length;
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(count('language')).toBeGreaterThanOrEqual(15);
    expect(count('typo')).toBeGreaterThanOrEqual(10);
    expect(count('question')).toBeGreaterThanOrEqual(10);
    expect(count('nothing')).toBeGreaterThanOrEqual(10);
  });

  it('holds hit@1 >= 0.93, hit@3 >= 0.98 and no false positives', () => {
    expect({ ...report.overall, misses: report.misses }).toMatchObject({
      hitAt1: expect.toSatisfy((n: number) => n >= 0.93),
      hitAt3: expect.toSatisfy((n: number) => n >= 0.98),
      falsePositives: 0,
    });
  });
});
