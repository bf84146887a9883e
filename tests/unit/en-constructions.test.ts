/** What the English constructions of lang/en must not read: the limits each rule was given on the corpus. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { articleFrom } from '../support/articles.ts';

function relations(text: string) {
  return extractArticle(articleFrom(text, { lang: 'en', date: '2018-06-01' }))
    .relations.filter((r) => r.sentence >= 0 && r.type !== 'HOLDS_OFFICE' && r.type !== 'PART_OF' && r.type !== 'MEMBER_OF')
    .map((r) => [r.type, r.source, r.target, r.mode]);
}

describe('two named together met each other', () => {
  it('when a place or a time follows', () => {
    expect(relations('Emmanuel Macron and Angela Merkel met at the Elysee Palace.')).toContainEqual(['MEETS', 'emmanuel-macron', 'angela-merkel', 'asserted']);
  });

  it('not when they met someone else', () => {
    expect(relations('Mike Pence and Mike Pompeo met with a delegation from Mexico.').filter((r) => r[0] === 'MEETS')).toEqual([]);
  });

  it('not a meeting to come', () => {
    expect(relations('Much will change before Donald Trump and Kim Jong Un meet in Hanoi.').filter((r) => r[0] === 'MEETS')).toEqual([]);
  });
});

describe('trips', () => {
  it('a trip made, not one to come or a return home', () => {
    expect(relations('Mike Pompeo traveled to Pakistan on Wednesday.')).toContainEqual(['VISITS', 'mike-pompeo', 'PK', 'asserted']);
    expect(relations('Angela Merkel travels to Washington later this week.').filter((r) => r[0] === 'VISITS' && r[3] === 'asserted')).toEqual([]);
    expect(relations('Bowe Bergdahl returned to the United States in 2014.').filter((r) => r[0] === 'VISITS')).toEqual([]);
  });

  it('"dead on arrival" is no visit', () => {
    expect(relations('Mitch McConnell declared the House bill dead on arrival in the GOP-controlled Senate.').filter((r) => r[0] === 'VISITS')).toEqual([]);
  });
});

describe('criticism', () => {
  it('a reprisal of trade is no retort of words', () => {
    expect(relations('China hit back at the United States by announcing new tariffs.').filter((r) => r[0] === 'CRITICIZES')).toEqual([]);
  });

  it('complaining to someone does not criticise them', () => {
    expect(relations('Donald Trump complained to Dan Coats in a phone call.').filter((r) => r[0] === 'CRITICIZES')).toEqual([]);
  });

  it('a damning word stated of someone, with its copula', () => {
    expect(relations('Sergey Lavrov said Britain was being irresponsible.')).toContainEqual(['CRITICIZES', 'sergey-lavrov', 'GB', 'asserted']);
    expect(relations('Bill Barr said Donald Trump faced an unprecedented situation.').filter((r) => r[0] === 'CRITICIZES')).toEqual([]);
  });

  it('a negation written with a typographic apostrophe', () => {
    expect(relations('The Kremlin insists Assad’s government wasn’t responsible for the attack.')).toContainEqual(['ACCUSES', 'RU', 'bashar-al-assad', 'negated']);
  });
});

describe('land taken by force', () => {
  it('a state’s land, not a territory taken from a rival party', () => {
    expect(relations('The Islamic State has taken control of large parts of Iraq.')).toContainEqual(['ATTACKS', 'ISIS', 'IQ', 'asserted']);
    expect(relations('Hamas took control of Gaza in 2007.').filter((r) => r[0] === 'ATTACKS')).toEqual([]);
  });
});

describe('troops where they are', () => {
  it('counted, not diplomats', () => {
    expect(relations('The United States has about 2,000 troops in Syria.')).toContainEqual(['DEPLOYS_TROOPS_TO', 'US', 'SY', 'asserted']);
    expect(relations('There were about 30 U.S. personnel in Libya that night.').filter((r) => r[0] === 'DEPLOYS_TROOPS_TO')).toEqual([]);
  });
});
