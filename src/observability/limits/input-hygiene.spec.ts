import { cleanQueryParser, stripInvisibleDeep } from './input-hygiene';

describe('input hygiene', () => {
  it('strips invisible characters from every string and key of a body, at any depth', () => {
    const body = {
      message: '专\u200b利\u{E0041}\u{E0042}导航\u202e',
      nested: [{ 'ke\u200dy': ['a\u0000b', 3, null, true] }],
    };
    expect(stripInvisibleDeep(body)).toEqual({ message: '专利导航', nested: [{ key: ['ab', 3, null, true] }] });
  });

  it('keeps line breaks, tabs and visible text, emoji included', () => {
    expect(stripInvisibleDeep('第一行\n\t第二行 👍')).toBe('第一行\n\t第二行 👍');
  });

  it('leaves structures deeper than it inspects for the schema to reject, without recursing forever', () => {
    let deep: unknown = 'x\u200b';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(() => stripInvisibleDeep(deep)).not.toThrow();
  });

  it('cleans query strings, repeated keys included', () => {
    expect(cleanQueryParser('q=%E4%B8%93%E2%80%8B%E5%88%A9&k=5&k=%E2%80%8B6')).toEqual({ q: '专利', k: ['5', '6'] });
  });
});
