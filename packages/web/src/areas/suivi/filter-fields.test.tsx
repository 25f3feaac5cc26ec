import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilterDate, FilterSelect } from './filter-fields.tsx';

const noop = () => undefined;

describe('audit filter fields', () => {
  it('a list offers « Toutes » first, then each choice, and shows the current one', () => {
    const html = renderToStaticMarkup(
      <FilterSelect
        label="Organisation"
        value="b"
        onChange={noop}
        choices={[
          ['a', 'CCAS de Vénissieux'],
          ['b', 'CAF du Rhône'],
        ]}
      />,
    );
    expect(html).toContain('Organisation</label>');
    const options = [...html.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)</g)];
    expect(options.map((o) => [o[1], o[3], o[2] !== undefined])).toEqual([
      ['', 'Toutes', false],
      ['a', 'CCAS de Vénissieux', false],
      ['b', 'CAF du Rhône', true],
    ]);
  });

  it('a filter that is off shows « Toutes » or an empty date', () => {
    const list = renderToStaticMarkup(
      <FilterSelect label="Action" value={undefined} onChange={noop} choices={[]} />,
    );
    expect(list).toMatch(/<option value="" selected="">Toutes<\/option>/);
    const date = renderToStaticMarkup(
      <FilterDate label="Depuis le" value={undefined} onChange={noop} />,
    );
    expect(date).toContain('Depuis le</label>');
    expect(date).toMatch(/<input[^>]*type="date"[^>]*value=""/);
  });
});
