import { expect } from '@open-wc/testing';
import { readBmlt } from '../../src/meetings/bmlt/index.js';
import { HttpStatusError } from '../../src/core/errors.js';

// A BMLT root server on the test runner's own loopback server (test/support/bmlt-server.mjs).
const server = (kind: string) => `${location.origin}/__bmlt/${kind}/main_server/`;
const asked = async (kind: string) => (await (await fetch(`/__bmlt/seen?kind=${kind}`)).json()) as string[];
const params = (request: string) => new URLSearchParams(request.slice(request.indexOf('?') + 1));

describe('readBmlt against a local BMLT server', () => {
  it('reads a 4.0 server through its tsml switcher, with its formats named', async () => {
    const before = (await asked('new')).length;
    const { meetings, skipped } = await readBmlt(server('new'), { lang: 'es' });
    expect(meetings.map((m) => m.name)).to.deep.equal(['Glebe Monday Night', 'Online Meeting - Maroubra Nightly', 'Saturday Late Night']);
    expect(meetings[0]!.types).to.deep.equal(['Texto Básico', 'O', 'X']);
    expect(skipped).to.equal(0);
    const requests = (await asked('new')).slice(before).map((r) => `${r.slice(0, 4)}:${params(r).get('switcher')}:${params(r).get('lang_enum') ?? ''}`);
    expect(requests.sort()).to.deep.equal(['json:GetFormats:en', 'json:GetFormats:es', 'tsml:GetSearchResults:']);
  });

  it('falls back to the JSON switcher when an older server answers 422 on tsml', async () => {
    const before = (await asked('old')).length;
    const { meetings, skipped } = await readBmlt(server('old'), { lang: 'en' });
    expect(meetings).to.have.length(6);
    expect(skipped).to.equal(0);
    const glebe = meetings.find((m) => m.name === 'Glebe Monday Night')!;
    expect(glebe.types).to.deep.equal(['Basic Text', 'O', 'X']);
    expect(glebe.regions).to.deep.equal(['Harbour Region', 'Inner West Area']);
    expect(glebe.timeZone).to.equal('Australia/Sydney');

    const requests = (await asked('old')).slice(before);
    const names = requests.map((r) => `${r.slice(0, 4)}:${params(r).get('switcher')}`);
    expect([...names].sort()).to.deep.equal(['json:GetFormats', 'json:GetSearchResults', 'json:GetServiceBodies', 'tsml:GetSearchResults']);
    // The JSON search only after the tsml switcher said no.
    expect(names.indexOf('tsml:GetSearchResults')).to.be.below(names.indexOf('json:GetSearchResults'));
    const search = params(requests.find((r) => r.includes('switcher=GetSearchResults') && r.startsWith('json'))!);
    // Only the fields the finder shows are asked for.
    expect(search.get('data_field_key')).to.include('weekday_tinyint').and.include('format_shared_id_list').and.not.include('contact_');
  });

  it("names formats in Spanish for a Spanish reader, asking for English too to fill the server's gaps", async () => {
    const before = (await asked('old')).length;
    const { meetings } = await readBmlt(server('old'), { lang: 'es' });
    const names = Object.fromEntries(meetings.map((m) => [m.name, m.types]));
    expect(names['Glebe Monday Night']).to.deep.equal(['Texto Básico', 'O', 'X']);
    expect(names['Annandale Step']).to.deep.equal(['ST', 'Living Clean', 'No Smoking']);
    const langs = (await asked('old'))
      .slice(before)
      .filter((r) => params(r).get('switcher') === 'GetFormats')
      .map((r) => params(r).get('lang_enum'))
      .sort();
    expect(langs).to.deep.equal(['en', 'es']);
  });

  it('passes the search filters of the given URL and the services option, and nothing else of the URL', async () => {
    const before = (await asked('old')).length;
    await readBmlt(`${server('old')}client_interface/json/?switcher=GetSearchResults&services[]=2&recursive=1&callback=evil`, {
      lang: 'en',
      services: ['3'],
    });
    const requests = (await asked('old')).slice(before);
    for (const kind of ['tsml', 'json']) {
      const search = params(requests.find((r) => r.startsWith(kind) && r.includes('switcher=GetSearchResults'))!);
      expect(search.getAll('services[]'), kind).to.deep.equal(['2', '3']);
      expect(search.get('recursive'), kind).to.equal('1');
      expect(search.has('callback'), kind).to.equal(false);
    }
  });

  it('still lists the meetings when formats and service bodies cannot be had', async () => {
    const { meetings } = await readBmlt(server('bare'), { lang: 'en' });
    expect(meetings).to.have.length(6);
    expect(meetings[0]!.types).to.deep.equal([]);
    expect(meetings[0]!.regions).to.deep.equal([]);
  });

  it('reads the 2,000-meeting answer', async () => {
    const { meetings, skipped } = await readBmlt(server('big'), { lang: 'en' });
    expect([meetings.length, skipped]).to.deep.equal([2000, 0]);
  });

  it('rejects as a feed does when the server fails, so the finder reports it beside the other sources', async () => {
    const error = await readBmlt(server('down'), { lang: 'en', timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).to.equal(500);
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const reading = readBmlt(server('old'), { lang: 'en', signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    const error = (await reading) as DOMException;
    expect(error.name).to.equal('AbortError');
  });
});
