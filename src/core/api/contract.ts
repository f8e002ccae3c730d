/**
 * The center API contract: its schemas, registered under their OpenAPI component names, and its
 * operations. Only the build (dist/openapi.json), the reference server and tests import this module, so
 * the registry never reaches a visitor's bundle; elements import the schemas they need directly.
 */
import { FieldErrorSchema, MessageErrorSchema, ValidationErrorSchema } from './errors.js';
import { MeetingListSchema, MeetingSchema } from './meetings.js';
import {
  AnswerSchema,
  EventInputSchema,
  EventListSchema,
  EventResponseSchema,
  EventSchema,
  EventUpdateSchema,
  QuestionSchema,
  RsvpCreatedSchema,
  RsvpDetailSchema,
  RsvpRequestSchema,
  RsvpUpdateSchema,
  VenueSchema,
} from './events.js';
import {
  StoryListSchema,
  StoryResponseSchema,
  StorySchema,
  StorySubmissionSchema,
  StoryTagSchema,
  SubmissionAcceptedSchema,
} from './stories.js';
import { CelebrationListSchema, CelebrationSchema } from './milestones.js';
import { StaffDecisionSchema, StaffSubmissionListSchema, StaffSubmissionSchema } from './staff.js';
import { instant } from './common.js';
import { apiSchemas, type Operation, type Parameter } from './registry.js';

export { apiSchemas, type Operation, type HttpMethod, type Parameter } from './registry.js';

const components: Array<[z: Parameters<typeof apiSchemas.add>[0], id: string, description: string]> = [
  [
    instant,
    'Instant',
    'An instant written with its UTC offset (RFC 3339), from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z; fractional ' +
      'seconds are kept to the microsecond.',
  ],
  [FieldErrorSchema, 'FieldError', 'A problem with one field of a request.'],
  [ValidationErrorSchema, 'ValidationError', 'Body of a 422 answer: the request was understood but some fields are invalid.'],
  [MessageErrorSchema, 'MessageError', 'Body of an error answer other than 422.'],
  [MeetingSchema, 'Meeting', 'A meeting in the Meeting Guide JSON feed format.'],
  [MeetingListSchema, 'MeetingList', 'A Meeting Guide JSON feed: an array of meetings.'],
  [VenueSchema, 'Venue', 'Where an event happens in person.'],
  [QuestionSchema, 'Question', "One of an event's own RSVP questions."],
  [EventSchema, 'Event', 'An alumni event as visitors see it.'],
  [EventListSchema, 'EventList', 'Upcoming events.'],
  [EventResponseSchema, 'EventResponse', 'One event.'],
  [EventInputSchema, 'EventInput', 'An event as staff create it.'],
  [EventUpdateSchema, 'EventUpdate', 'The fields of an event that staff change.'],
  [AnswerSchema, 'Answer', "An answer to one of an event's questions."],
  [RsvpRequestSchema, 'RsvpRequest', 'An RSVP as the form sends it.'],
  [RsvpCreatedSchema, 'RsvpCreated', 'The RSVP just made, with its secret manage token.'],
  [RsvpDetailSchema, 'RsvpDetail', 'An RSVP as the holder of its manage token sees it.'],
  [RsvpUpdateSchema, 'RsvpUpdate', 'A change of the number of guests.'],
  [StoryTagSchema, 'StoryTag', 'A topic of a story: lowercase letters, digits and hyphens.'],
  [StorySchema, 'Story', 'A published alumni story.'],
  [StoryListSchema, 'StoryList', 'A page of published stories, newest first.'],
  [StoryResponseSchema, 'StoryResponse', 'One published story.'],
  [StorySubmissionSchema, 'StorySubmission', 'A story sent for moderation.'],
  [SubmissionAcceptedSchema, 'SubmissionAccepted', 'A submission received and waiting for moderation.'],
  [CelebrationSchema, 'Celebration', 'A milestone the person chose to have celebrated.'],
  [CelebrationListSchema, 'CelebrationList', "A month's celebrations."],
  [StaffSubmissionSchema, 'StaffSubmission', 'A story submission as staff moderate it.'],
  [StaffSubmissionListSchema, 'StaffSubmissionList', 'Story submissions.'],
  [StaffDecisionSchema, 'StaffDecision', 'What staff add when they publish a story.'],
];
for (const [schema, id, description] of components) apiSchemas.add(schema, { id, description });

const idempotencyKey: Parameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'A fresh random key (e.g. a UUID) for each intent, reused for every retry of it. The same key with the same body ' +
    'returns the same result and never creates a second record; with a different body it is refused (422). One ' +
    'header line, without commas (two lines arrive joined by a comma, and are refused).',
  schema: { type: 'string', minLength: 8, maxLength: 200, pattern: '^[^,]*$' },
};
/** A path parameter: an id, or a secret token. One of another shape names nothing (404). */
const pathParam = (name: 'id' | 'token', description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  description,
  schema:
    name === 'id'
      ? { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }
      : { type: 'string', minLength: 32, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' },
});
const eventId = pathParam('id', 'The event id.');
const manageToken = pathParam('token', 'The secret manage token of the RSVP.');

const invalid = { description: 'Invalid fields.', schema: 'ValidationError' };
const notFound = { description: 'Not found.', schema: 'MessageError' };
const limited = { description: 'Too many requests; see the Retry-After header.', schema: 'MessageError' };
const tooLarge = { description: 'The request body is too large (the connection is closed after this answer).', schema: 'MessageError' };
const notJson = { description: 'The body is not JSON: the Content-Type must be application/json.', schema: 'MessageError' };
const unauthorized = { description: 'The staff token is missing or wrong.', schema: 'MessageError' };

export const operations: Operation[] = [
  {
    method: 'get',
    path: '/meetings',
    operationId: 'listMeetings',
    summary: "The center's own meetings, as a Meeting Guide JSON feed.",
    tags: ['meetings'],
    responses: { 200: { description: 'The feed.', schema: 'MeetingList' } },
  },
  {
    method: 'get',
    path: '/events',
    operationId: 'listEvents',
    summary: 'Upcoming events (not yet ended), cancelled ones included and marked, soonest first.',
    tags: ['events'],
    parameters: [
      { name: 'from', in: 'query', required: false, description: 'Only events ending after this instant (default: now); an Instant, or a date YYYY-MM-DD for its start in UTC.', schema: { type: 'string', format: 'date-time', maxLength: 40 } },
      { name: 'to', in: 'query', required: false, description: 'Only events starting before this instant; an Instant, or a date YYYY-MM-DD for its start in UTC.', schema: { type: 'string', format: 'date-time', maxLength: 40 } },
      { name: 'limit', in: 'query', required: false, description: 'At most this many events (1-500, default 100).', schema: { type: 'integer', minimum: 1, maximum: 500 } },
      { name: 'tags', in: 'query', required: false, description: 'Comma-separated tags; an event with any of them matches.', schema: { type: 'string', maxLength: 400 } },
    ],
    responses: { 200: { description: 'The events.', schema: 'EventList' }, 422: invalid },
  },
  {
    method: 'get',
    path: '/events/{id}',
    operationId: 'getEvent',
    summary: 'One event.',
    tags: ['events'],
    parameters: [eventId],
    responses: { 200: { description: 'The event.', schema: 'EventResponse' }, 404: notFound },
  },
  {
    method: 'post',
    path: '/events/{id}/rsvps',
    operationId: 'createRsvp',
    summary: 'RSVP to an event: confirmed while seats remain, else waitlisted when the event has a waitlist.',
    tags: ['events'],
    parameters: [eventId, idempotencyKey],
    requestBody: 'RsvpRequest',
    responses: {
      201: { description: 'Confirmed or waitlisted (also the replay of an earlier request with the same key).', schema: 'RsvpCreated' },
      404: notFound,
      409: { description: 'The event is full and has no waitlist, is cancelled, or RSVPs are closed.', schema: 'MessageError' },
      413: tooLarge,
      415: notJson,
      422: invalid,
      429: limited,
    },
  },
  {
    method: 'get',
    path: '/rsvps/{token}',
    operationId: 'getRsvp',
    summary: 'An RSVP, by its manage token.',
    tags: ['events'],
    parameters: [manageToken],
    responses: { 200: { description: 'The RSVP and its event.', schema: 'RsvpDetail' }, 404: notFound },
  },
  {
    method: 'patch',
    path: '/rsvps/{token}',
    operationId: 'updateRsvp',
    summary: 'Change the number of guests. Fewer guests free seats for the waitlist.',
    tags: ['events'],
    parameters: [manageToken],
    requestBody: 'RsvpUpdate',
    responses: {
      200: { description: 'The RSVP as it is now.', schema: 'RsvpDetail' },
      404: notFound,
      409: { description: 'Not enough seats for more guests, or the RSVP is cancelled.', schema: 'MessageError' },
      413: tooLarge,
      415: notJson,
      422: invalid,
      429: limited,
    },
  },
  {
    method: 'delete',
    path: '/rsvps/{token}',
    operationId: 'cancelRsvp',
    summary: 'Cancel an RSVP. The first waitlisted parties that fit the freed seats move up.',
    tags: ['events'],
    parameters: [manageToken],
    responses: { 204: { description: 'Cancelled (also when it already was).' }, 404: notFound, 429: limited },
  },
  {
    method: 'get',
    path: '/stories',
    operationId: 'listStories',
    summary: 'Published stories, newest first, a page at a time.',
    tags: ['stories'],
    parameters: [
      { name: 'cursor', in: 'query', required: false, description: 'The `nextCursor` of the previous page.', schema: { type: 'string', maxLength: 200 } },
      { name: 'limit', in: 'query', required: false, description: 'Stories per page (1-50, default 10).', schema: { type: 'integer', minimum: 1, maximum: 50 } },
      {
        name: 'tags',
        in: 'query',
        required: false,
        description: 'Comma-separated tags (at most 10, each a StoryTag); a story with any of them matches. Keep it the same across pages.',
        schema: { type: 'string', maxLength: 409, pattern: '^[a-z0-9-]{1,40}(,[a-z0-9-]{1,40}){0,9}$' },
      },
    ],
    responses: { 200: { description: 'A page of stories.', schema: 'StoryList' }, 422: invalid },
  },
  {
    method: 'get',
    path: '/stories/{id}',
    operationId: 'getStory',
    summary: 'One published story. Pending, rejected and withdrawn stories are not found.',
    tags: ['stories'],
    parameters: [pathParam('id', 'The story id.')],
    responses: { 200: { description: 'The story.', schema: 'StoryResponse' }, 404: notFound },
  },
  {
    method: 'post',
    path: '/stories',
    operationId: 'submitStory',
    summary: 'Send a story for moderation. It appears only after staff approve it.',
    tags: ['stories'],
    parameters: [idempotencyKey],
    requestBody: 'StorySubmission',
    responses: {
      202: { description: 'Received; waiting for moderation.', schema: 'SubmissionAccepted' },
      413: tooLarge,
      415: notJson,
      422: invalid,
      429: limited,
    },
  },
  {
    method: 'delete',
    path: '/stories/submissions/{token}',
    operationId: 'withdrawStory',
    summary: 'The author withdraws a story, before or after publication.',
    tags: ['stories'],
    parameters: [pathParam('token', 'The secret withdraw token of the submission.')],
    responses: { 204: { description: 'Withdrawn (also when it already was).' }, 404: notFound, 429: limited },
  },
  {
    method: 'get',
    path: '/milestones/celebrations',
    operationId: 'listCelebrations',
    summary: "A month's milestone celebrations, of people who chose to have them celebrated.",
    tags: ['milestones'],
    parameters: [
      { name: 'month', in: 'query', required: false, description: 'The month, YYYY-MM, from 1900 to 9999 (default: the current month).', schema: { type: 'string', pattern: '^(19|[2-9]\\d)\\d\\d-(0[1-9]|1[0-2])$' } },
    ],
    responses: { 200: { description: 'The celebrations.', schema: 'CelebrationList' }, 422: invalid },
  },
  {
    method: 'get',
    path: '/staff/submissions',
    operationId: 'listSubmissions',
    summary: 'Story submissions for moderation.',
    tags: ['staff'],
    staff: true,
    parameters: [
      { name: 'status', in: 'query', required: false, description: 'pending (default), published, rejected or withdrawn.', schema: { type: 'string', enum: ['pending', 'published', 'rejected', 'withdrawn'] } },
    ],
    responses: { 200: { description: 'The submissions.', schema: 'StaffSubmissionList' }, 401: unauthorized, 422: invalid },
  },
  {
    method: 'post',
    path: '/staff/submissions/{id}/approve',
    operationId: 'approveSubmission',
    summary: 'Publish a submitted story, with its tags.',
    tags: ['staff'],
    staff: true,
    parameters: [pathParam('id', 'The submission id.')],
    requestBody: 'StaffDecision',
    responses: {
      200: { description: 'Published.', schema: 'Story' },
      401: unauthorized,
      404: notFound,
      409: { description: 'The submission was withdrawn.', schema: 'MessageError' },
      413: tooLarge,
      415: notJson,
      422: invalid,
    },
  },
  {
    method: 'post',
    path: '/staff/submissions/{id}/reject',
    operationId: 'rejectSubmission',
    summary: 'Decline a submitted story (it is never shown).',
    tags: ['staff'],
    staff: true,
    parameters: [pathParam('id', 'The submission id.')],
    responses: { 204: { description: 'Rejected.' }, 401: unauthorized, 404: notFound },
  },
  {
    method: 'post',
    path: '/staff/events',
    operationId: 'createEvent',
    summary: 'Create an event.',
    tags: ['staff'],
    staff: true,
    requestBody: 'EventInput',
    responses: { 201: { description: 'Created.', schema: 'EventResponse' }, 401: unauthorized, 413: tooLarge, 415: notJson, 422: invalid },
  },
  {
    method: 'patch',
    path: '/staff/events/{id}',
    operationId: 'updateEvent',
    summary: 'Change an event. Added capacity moves waitlisted parties up.',
    tags: ['staff'],
    staff: true,
    parameters: [eventId],
    requestBody: 'EventUpdate',
    responses: {
      200: { description: 'Changed.', schema: 'EventResponse' },
      401: unauthorized,
      404: notFound,
      413: tooLarge,
      415: notJson,
      422: invalid,
    },
  },
  {
    method: 'post',
    path: '/staff/events/{id}/cancel',
    operationId: 'cancelEvent',
    summary: 'Cancel an event. It stays listed, marked cancelled, and takes no RSVPs.',
    tags: ['staff'],
    staff: true,
    parameters: [eventId],
    responses: { 200: { description: 'Cancelled.', schema: 'EventResponse' }, 401: unauthorized, 404: notFound },
  },
  {
    method: 'get',
    path: '/staff/events/{id}/rsvps.csv',
    operationId: 'exportRsvps',
    summary: "An event's RSVPs as CSV (name, contacts, guests, status, answers).",
    tags: ['staff'],
    staff: true,
    parameters: [eventId],
    responses: {
      200: { description: 'The RSVPs.', contentType: 'text/csv' },
      401: unauthorized,
      404: notFound,
    },
  },
];
