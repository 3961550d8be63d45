import { describe, expect, it } from 'vitest';
import { mergeAnswers } from './answer-store';

describe('mergeAnswers', () => {
  it('keeps the server answers and puts unsent local ones on top', () => {
    expect(mergeAnswers({ a: 'x', b: 'y' }, { answers: { a: 'z', b: 'old', c: 'dont_know' }, pending: ['a', 'c'] })).toEqual({
      answers: { a: 'z', b: 'y', c: 'dont_know' },
      pending: ['a', 'c'],
    });
  });
  it('starts from the server when the device knows nothing', () => {
    expect(mergeAnswers({ a: 'x' }, null)).toEqual({ answers: { a: 'x' }, pending: [] });
  });
});
