/**
 * The HTTP client against the real reference API (started inside the test server with a fresh embedded
 * database; see test/support/center-api.mjs), with faults injected between the browser and the server.
 * Whatever fails in transit, retrying the same intent with the same Idempotency-Key ends with exactly one RSVP.
 */
import { expect } from '@open-wc/testing';
import { rejection } from '../support/rejection.js';
import { apiUrl, getJson } from '../../src/core/http.js';
import { newIdempotencyKey, sendJson } from '../../src/core/send.js';
import { HttpStatusError, NetworkError, TimeoutError } from '../../src/core/errors.js';
import { createEvent, rsvpsOnServer } from '../support/events-api.js';

const rsvp = { name: 'Robin', guests: 1, answers: [] };
const newEvent = () => createEvent({ title: 'Fault test dinner' });


describe('HTTP client and the real center API, with faults in between', () => {
  it('reads events from the real API', async () => {
    const id = await newEvent();
    const { events } = await getJson<{ events: Array<{ id: string; spotsLeft: number }> }>(apiUrl('/api', '/events'));
    expect(events.find((e) => e.id === id)?.spotsLeft).to.equal(10);
  });

  it('a reply lost after the server committed: the retry with the same key returns the same RSVP, never a second', async () => {
    const id = await newEvent();
    const key = newIdempotencyKey();
    const lost = await rejection(sendJson('POST', apiUrl('/faulty/drop/api', `/events/${id}/rsvps`), rsvp, { idempotencyKey: key }));
    expect(lost).to.be.instanceOf(NetworkError);
    expect(await rsvpsOnServer(id)).to.have.length(1); // it was committed
    const retried = await sendJson<{ rsvp: { status: string; manageToken: string } }>('POST', apiUrl('/api', `/events/${id}/rsvps`), rsvp, { idempotencyKey: key });
    expect(retried.status).to.equal(201);
    expect(retried.data.rsvp.status).to.equal('confirmed');
    expect(await rsvpsOnServer(id)).to.have.length(1);
    const mine = await getJson<{ rsvp: { name: string } }>(apiUrl('/api', `/rsvps/${retried.data.rsvp.manageToken}`));
    expect(mine.rsvp.name).to.equal('Robin');
  });

  it('a reply slower than the timeout: the retry with the same key finds the first one', async () => {
    const id = await newEvent();
    const key = newIdempotencyKey();
    const slow = await rejection(sendJson('POST', apiUrl('/faulty/slow/api', `/events/${id}/rsvps`), rsvp, { idempotencyKey: key, timeoutMs: 500 }));
    expect(slow).to.be.instanceOf(TimeoutError);
    const retried = await sendJson('POST', apiUrl('/api', `/events/${id}/rsvps`), rsvp, { idempotencyKey: key });
    expect(retried.status).to.equal(201);
    expect(await rsvpsOnServer(id)).to.have.length(1);
  });

  it('a 503 then success: one RSVP, made by the retry', async () => {
    const id = await newEvent();
    const key = newIdempotencyKey();
    const busy = (await rejection(sendJson('POST', apiUrl('/faulty/503once/api', `/events/${id}/rsvps`), rsvp, { idempotencyKey: key }))) as HttpStatusError;
    expect(busy.status).to.equal(503);
    expect(await rsvpsOnServer(id)).to.have.length(0);
    const retried = await sendJson('POST', apiUrl('/faulty/503once/api', `/events/${id}/rsvps`), rsvp, { idempotencyKey: key });
    expect(retried.status).to.equal(201);
    expect(await rsvpsOnServer(id)).to.have.length(1);
  });

  it('the same key with a changed form is refused, and nothing is added', async () => {
    const id = await newEvent();
    const key = newIdempotencyKey();
    await sendJson('POST', apiUrl('/api', `/events/${id}/rsvps`), rsvp, { idempotencyKey: key });
    const changed = (await rejection(sendJson('POST', apiUrl('/api', `/events/${id}/rsvps`), { ...rsvp, guests: 2 }, { idempotencyKey: key }))) as HttpStatusError;
    expect(changed.status).to.equal(422);
    expect(changed.fieldErrors[0]?.field).to.equal('Idempotency-Key');
    expect(await rsvpsOnServer(id)).to.have.length(1);
  });
});
