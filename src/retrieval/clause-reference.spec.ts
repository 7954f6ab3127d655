import { ClauseReference, parseClauseReferences, referenceMatches } from './clause-reference';

describe('parseClauseReferences', () => {
  const cases: [string, ClauseReference[]][] = [
    ['第12条怎么规定', [{ article: 12 }]],
    ['第十二条', [{ article: 12 }]],
    ['第 4 条第 2 款', [{ article: 4, paragraph: 2 }]],
    ['第四条二款说的保险', [{ article: 4, paragraph: 2 }]],
    ['第１６条', [{ article: 16 }]],
    ['第2条和第十三条都看了', [{ article: 2 }, { article: 13 }]],
    ['第2条，又问第2条', [{ article: 2 }]],
    // Counts of things are no article: 12条商标, 第三方.
    ['注册了12条商标', []],
    ['第三方机构', []],
    ['第零条', []],
  ];
  it.each(cases)('%s', (text, refs) => expect(parseClauseReferences(text)).toEqual(refs));

});

describe('referenceMatches', () => {
  it.each([
    [{ article: 4 }, 'art.4.2', true],
    [{ article: 4 }, 'art.4', true],
    [{ article: 4 }, 'art.14', false],
    [{ article: 4 }, 'art.41', false],
    [{ article: 4, paragraph: 2 }, 'art.4.2', true],
    [{ article: 4, paragraph: 2 }, 'art.4.3', false],
    [{ article: 1 }, 'jd2025:art.1.1', true],
  ] as [ClauseReference, string, boolean][])('%j ~ %s → %s', (ref, id, yes) => expect(referenceMatches(ref, id)).toBe(yes));
});
