import { describe, expect, it } from 'vitest';
import { tokenize } from '@entente/extract';

describe('the word table', () => {
  it('gives all tokens of a written word the same facts', () => {
    const [a, b, c] = tokenize('روسيا وروسيا روسيا');
    expect(a!.facts).toBe(c!.facts);
    expect(a!.facts).not.toBe(b!.facts);
  });

  it('tells apart words whose hashes collide', () => {
    // "Aa" and "BB" have the same 31-based hash.
    const tokens = tokenize('Aa BB Aa BB');
    expect(tokens.map((t) => t.text)).toEqual(['Aa', 'BB', 'Aa', 'BB']);
    expect(tokens[0]!.facts).not.toBe(tokens[1]!.facts);
    expect(tokens[1]!.facts).toBe(tokens[3]!.facts);
  });

  it('makes no token of a word that folds to nothing, however often it is seen', () => {
    expect(tokenize('ــ روسيا ــ').map((t) => t.norm)).toEqual(['روسيا']);
    expect(tokenize('ــ').length).toBe(0);
  });

  it('keeps long words whole', () => {
    const word = 'ا'.repeat(3000);
    expect(tokenize(`${word} ${word}b`).map((t) => t.text.length)).toEqual([3000, 3001]);
  });
});
