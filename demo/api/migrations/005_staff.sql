-- The staff side (issue 12): staff accounts with roles, their sessions, the audit log; story redaction, rejection
-- reasons, featuring and unpublishing; check-in at the door.

create table staff_accounts (
  id text primary key,
  email text not null unique check (email = lower(email) and length(email) <= 254),
  display_name text not null,
  role text not null check (role in ('admin', 'coordinator', 'moderator')),
  password_hash text not null,                 -- scrypt, with its parameters and salt (see demo/api/passwords.ts)
  disabled boolean not null default false,
  must_change_password boolean not null default false,
  created_at timestamptz not null default now(),
  last_sign_in_at timestamptz
);

-- Only a SHA-256 hash of the session id is kept: the id itself lives only in the browser's HttpOnly cookie.
create table staff_sessions (
  id_hash text primary key,
  account_id text not null references staff_accounts (id) on delete cascade,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null              -- the absolute end; the idle end is last_seen_at plus the idle time
);
create index staff_sessions_by_account on staff_sessions (account_id);

-- Who did what to which record, and when. Never the personal data itself: ids and the names of changed fields.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null,
  actor_id text references staff_accounts (id),  -- null: the deprecated STAFF_TOKEN
  via text not null check (via in ('session', 'token')),
  action text not null,
  record_type text not null,
  record_id text not null,
  fields text[] not null default '{}'
);
create index audit_by_time on audit_log (at desc, id desc);
create index audit_by_actor on audit_log (actor_id, at desc);

-- Stories: a staff redaction keeps the author's original (shown only to staff); an internal reason for a rejection;
-- featured stories come first; staff can take a published story down (unpublished), and approve it again.
alter table story_submissions add column original_title text;
alter table story_submissions add column original_body text;
alter table story_submissions add column reject_reason text;
alter table story_submissions add column featured_at timestamptz;
alter table story_submissions drop constraint story_submissions_status_check;
alter table story_submissions add constraint story_submissions_status_check
  check (status in ('pending', 'published', 'unpublished', 'rejected', 'withdrawn'));

alter table rsvps add column checked_in_at timestamptz;

-- Staff add meetings now: the seed gave positions by hand, so the sequence starts after the highest one.
select setval(pg_get_serial_sequence('meetings', 'position'), coalesce((select max(position) from meetings), 0) + 1, false);
