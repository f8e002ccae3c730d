import { expect } from '@open-wc/testing';
import { resolveSources } from '../../src/meetings/sources.js';

const BASE = 'https://center.example.org/meetings/';

describe('resolveSources: how a page names its meeting sources', () => {
  it('reads `src` as comma-separated Meeting Guide feeds, resolved against the page, as before', () => {
    expect(resolveSources(' /feeds/aa.json , https://aa.example.org/wp-admin/admin-ajax.php?action=meetings', undefined, BASE)).to.deep.equal([
      { url: 'https://center.example.org/feeds/aa.json', format: 'meeting-guide' },
      { url: 'https://aa.example.org/wp-admin/admin-ajax.php?action=meetings', format: 'meeting-guide' },
    ]);
  });

  const detected: Array<[string, 'bmlt' | 'meeting-guide']> = [
    ['https://bmlt.wszf.org/main_server/', 'bmlt'],
    ['https://bmlt.wszf.org/main_server', 'bmlt'],
    ['https://aggregator.bmltenabled.org/main_server/', 'bmlt'],
    ['https://na.example.org/main_server/client_interface/json/?switcher=GetSearchResults&services[]=12&recursive=1', 'bmlt'],
    ['https://na.example.org/bmlt/client_interface/json/?switcher=GetSearchResults', 'bmlt'],
    ['https://aa.example.org/meetings.json', 'meeting-guide'],
    ['https://aa.example.org/main_server_news/feed.json', 'meeting-guide'],
  ];
  for (const [url, format] of detected) {
    it(`detects ${url} as ${format}`, () => {
      expect(resolveSources(undefined, [{ url }], BASE)[0]!.format).to.equal(format);
    });
  }

  it('takes `sources` with formats and labels, beside `src`; a stated format wins over detection', () => {
    const sources = [
      { url: 'https://bmlt.example.org/main_server/', label: ' NA ' },
      { url: 'https://aa.example.org/feed', format: 'meeting-guide', label: 'AA' },
      { url: 'https://na.example.org/custom-path', format: 'bmlt', label: 'NA' },
      { url: 'https://odd.example.org/main_server/', format: 'meeting-guide' },
    ];
    expect(resolveSources('/extra.json', sources, BASE)).to.deep.equal([
      { url: 'https://center.example.org/extra.json', format: 'meeting-guide' },
      { url: 'https://bmlt.example.org/main_server/', format: 'bmlt', label: 'NA' },
      { url: 'https://aa.example.org/feed', format: 'meeting-guide', label: 'AA' },
      { url: 'https://na.example.org/custom-path', format: 'bmlt', label: 'NA' },
      { url: 'https://odd.example.org/main_server/', format: 'meeting-guide' },
    ]);
  });

  it('leaves out what cannot be a source: no URL, other schemes, an unknown format is detected instead', () => {
    const sources = [null, 'https://a.example.org/feed.json', { url: '' }, { url: 'javascript:alert(1)' }, { url: 'ftp://x.example.org/f' }, { label: 'AA' }, { url: 'https://b.example.org/f', format: 'ical', label: 42 }];
    expect(resolveSources(undefined, sources, BASE)).to.deep.equal([{ url: 'https://b.example.org/f', format: 'meeting-guide' }]);
    expect(resolveSources('', 'not a list', BASE)).to.deep.equal([]);
  });

  it('keeps a label short (40 characters)', () => {
    expect(resolveSources(undefined, [{ url: 'https://a.example.org/f', label: 'x'.repeat(100) }], BASE)[0]!.label).to.have.length(40);
  });
});
