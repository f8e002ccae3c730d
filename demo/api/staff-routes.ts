/**
 * The staff endpoints for stories, events, celebrations and meetings. Who may call each is decided before these
 * run (staff-auth.ts, from the contract); each write, and each read of an attendee list, goes in the audit log.
 */
import type { Context, Hono } from 'hono';
import { EventInputSchema, EventUpdateSchema } from '../../src/core/api/events.js';
import { StaffDecisionSchema, StaffRejectionSchema, StaffStoryUpdateSchema, SubmissionStatusSchema } from '../../src/core/api/staff.js';
import { EventPeriodSchema } from '../../src/core/api/staff-events.js';
import { CelebrationInputSchema, MeetingInputSchema } from '../../src/core/api/staff-meetings.js';
import * as events from './events.js';
import * as moderation from './moderation.js';
import * as listings from './listings.js';
import { getStaffEvent, listAttendees, listStaffEvents, setCheckIn } from './staff-events.js';
import { invalid } from './problems.js';
import { idParam, intParam, jsonBody, parseWith } from './request.js';
import { audit, type StaffDeps } from './staff-auth.js';

const MONTH = /^(19|[2-9]\d)\d\d-(0[1-9]|1[0-2])$/;

/** The `month` query: YYYY-MM, the current month by default. */
export function monthQuery(c: Context, now: Date): string {
  const month = c.req.query('month') || now.toISOString().slice(0, 7);
  if (!MONTH.test(month)) throw invalid('month', 'Must be a month from 1900 to 9999, written YYYY-MM.');
  return month;
}

/** The names of the fields a body set, for the audit log (never their values). */
const fieldsOf = (body: object) => Object.keys(body).filter((key) => (body as Record<string, unknown>)[key] !== undefined);

export function staffRoutes(app: Hono, deps: StaffDeps): void {
  const { db } = deps;
  const submissionId = (c: Context) => idParam(c, 'id', 'This submission');
  const eventId = (c: Context) => idParam(c, 'id', 'This event');

  // Stories.
  app.get('/staff/submissions', async (c) => {
    const status = c.req.query('status') || 'pending';
    if (!SubmissionStatusSchema.safeParse(status).success) {
      throw invalid('status', 'Must be pending, published, unpublished, rejected or withdrawn.');
    }
    return c.json(await moderation.listSubmissions(db, parseWith(SubmissionStatusSchema, status)));
  });

  app.post('/staff/submissions/:id/approve', async (c) => {
    const id = submissionId(c);
    const decision = await jsonBody(c, StaffDecisionSchema, {});
    const story = await moderation.approveSubmission(db, id, decision, deps.now(), deps.mail);
    await audit(c, deps, 'story.approve', 'story', id, fieldsOf(decision));
    return c.json(story);
  });

  app.post('/staff/submissions/:id/reject', async (c) => {
    const id = submissionId(c);
    const { reason } = await jsonBody(c, StaffRejectionSchema, {});
    await moderation.rejectSubmission(db, id, reason ?? null);
    await audit(c, deps, 'story.reject', 'story', id, reason ? ['reason'] : []);
    return c.body(null, 204);
  });

  app.patch('/staff/submissions/:id', async (c) => {
    const id = submissionId(c);
    const changes = await jsonBody(c, StaffStoryUpdateSchema);
    const submission = await moderation.updateStory(db, id, changes, deps.now());
    await audit(c, deps, 'story.update', 'story', id, fieldsOf(changes));
    return c.json({ submission });
  });

  app.post('/staff/submissions/:id/unpublish', async (c) => {
    const id = submissionId(c);
    const submission = await moderation.unpublishStory(db, id);
    await audit(c, deps, 'story.unpublish', 'story', id);
    return c.json({ submission });
  });

  // Events.
  app.get('/staff/events', async (c) => {
    const when = c.req.query('when') || 'upcoming';
    if (!EventPeriodSchema.safeParse(when).success) throw invalid('when', 'Must be upcoming, past or cancelled.');
    const limit = intParam(c.req.query('limit'), 'limit', 1, 500, 100);
    return c.json({ events: await listStaffEvents(db, parseWith(EventPeriodSchema, when), limit, deps.now()) });
  });

  app.post('/staff/events', async (c) => {
    const input = await jsonBody(c, EventInputSchema);
    const { id } = await events.createEvent(db, input);
    await audit(c, deps, 'event.create', 'event', id, fieldsOf(input));
    return c.json({ event: await getStaffEvent(db, id, deps.now()) }, 201);
  });

  app.get('/staff/events/:id', async (c) => c.json({ event: await getStaffEvent(db, eventId(c), deps.now()) }));

  app.patch('/staff/events/:id', async (c) => {
    const id = eventId(c);
    const changes = await jsonBody(c, EventUpdateSchema);
    await events.updateEvent(db, id, changes, deps.mail);
    await audit(c, deps, 'event.update', 'event', id, fieldsOf(changes));
    return c.json({ event: await getStaffEvent(db, id, deps.now()) });
  });

  app.post('/staff/events/:id/cancel', async (c) => {
    const id = eventId(c);
    await events.cancelEvent(db, id, deps.mail);
    await audit(c, deps, 'event.cancel', 'event', id);
    return c.json({ event: await getStaffEvent(db, id, deps.now()) });
  });

  app.get('/staff/events/:id/attendees', async (c) => {
    const id = eventId(c);
    const list = await listAttendees(db, id, deps.now());
    await audit(c, deps, 'event.attendees-read', 'event', id);
    return c.json(list);
  });

  const checkIn = (undo: boolean) => async (c: Context) => {
    const id = eventId(c);
    const rsvpId = idParam(c, 'rsvpId', 'This RSVP');
    const result = await setCheckIn(db, id, rsvpId, undo ? null : deps.now());
    await audit(c, deps, undo ? 'rsvp.undo-check-in' : 'rsvp.check-in', 'rsvp', rsvpId);
    return c.json(result);
  };
  app.post('/staff/events/:id/attendees/:rsvpId/check-in', checkIn(false));
  app.delete('/staff/events/:id/attendees/:rsvpId/check-in', checkIn(true));

  app.get('/staff/events/:id/rsvps.csv', async (c) => {
    const id = eventId(c);
    const csv = await events.rsvpsCsv(db, id);
    await audit(c, deps, 'event.rsvps-export', 'event', id);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="rsvps-${id}.csv"`,
    });
  });

  // Celebrations.
  app.get('/staff/celebrations', async (c) =>
    c.json({ celebrations: await listings.listStaffCelebrations(db, monthQuery(c, deps.now())) }),
  );

  app.post('/staff/celebrations', async (c) => {
    const celebration = await listings.createCelebration(db, await jsonBody(c, CelebrationInputSchema));
    await audit(c, deps, 'celebration.create', 'celebration', celebration.id, ['displayName', 'span', 'date']);
    return c.json({ celebration }, 201);
  });

  app.put('/staff/celebrations/:id', async (c) => {
    const id = idParam(c, 'id', 'This celebration');
    const celebration = await listings.updateCelebration(db, id, await jsonBody(c, CelebrationInputSchema));
    await audit(c, deps, 'celebration.update', 'celebration', id, ['displayName', 'span', 'date']);
    return c.json({ celebration });
  });

  app.delete('/staff/celebrations/:id', async (c) => {
    const id = idParam(c, 'id', 'This celebration');
    await listings.deleteCelebration(db, id);
    await audit(c, deps, 'celebration.delete', 'celebration', id);
    return c.body(null, 204);
  });

  // Meetings.
  app.get('/staff/meetings', async (c) => c.json({ meetings: await listings.listStaffMeetings(db) }));

  app.post('/staff/meetings', async (c) => {
    const input = await jsonBody(c, MeetingInputSchema);
    const meeting = await listings.createMeeting(db, input, deps.now());
    await audit(c, deps, 'meeting.create', 'meeting', meeting.id, fieldsOf(input));
    return c.json({ meeting }, 201);
  });

  app.put('/staff/meetings/:id', async (c) => {
    const id = idParam(c, 'id', 'This meeting');
    const input = await jsonBody(c, MeetingInputSchema);
    const meeting = await listings.updateMeeting(db, id, input, deps.now());
    await audit(c, deps, 'meeting.update', 'meeting', id, fieldsOf(input));
    return c.json({ meeting });
  });

  app.delete('/staff/meetings/:id', async (c) => {
    const id = idParam(c, 'id', 'This meeting');
    await listings.deleteMeeting(db, id);
    await audit(c, deps, 'meeting.delete', 'meeting', id);
    return c.body(null, 204);
  });
}
