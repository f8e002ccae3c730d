-- The reference center API's schema. Plain PostgreSQL: runs on PGlite (embedded) and on a PostgreSQL server.

create table events (
  id text primary key,
  title text not null,
  description text not null default '',
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  time_zone text not null,
  venue jsonb,
  online_url text,
  capacity integer check (capacity is null or capacity > 0),
  waitlist boolean not null default false,
  max_guests integer not null default 0 check (max_guests >= 0),
  contact_fields jsonb not null default '[]',
  questions jsonb not null default '[]',
  substance_free boolean not null default false,
  calendar_title text,
  status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
  rsvp_open boolean not null default true,
  tags jsonb not null default '[]',
  created_at timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index events_by_time on events (ends_at, starts_at);

create table rsvps (
  id text primary key,
  seq bigserial not null,                      -- arrival order: the waitlist's order
  event_id text not null references events (id),
  status text not null check (status in ('confirmed', 'waitlisted', 'cancelled')),
  name text not null,
  email text,
  phone text,
  guests integer not null check (guests >= 0),
  answers jsonb not null default '[]',
  manage_token_hash text not null unique,      -- sha256 of the token; the token itself is never stored
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index rsvps_by_event on rsvps (event_id, status, seq);

-- Replays of a request with the same Idempotency-Key. Only a hash of the key is stored; the secret token of the
-- original answer is sealed with a key derived from the raw Idempotency-Key, which only the client holds.
create table idempotency_keys (
  key_hash text primary key,
  scope text not null,
  request_hash text not null,
  resource_id text not null,
  response_status text not null,
  sealed_token text not null,
  created_at timestamptz not null default now()
);

create table meetings (
  position serial primary key,
  slug text not null unique,
  data jsonb not null
);

create table story_submissions (
  id text primary key,
  display_name text not null,
  title text not null,
  body text not null,
  content_warning text,
  recovery_years integer,
  email text,
  consent_share boolean not null,
  status text not null check (status in ('pending', 'published', 'rejected', 'withdrawn')),
  withdraw_token_hash text not null unique,
  staff_disclosure text,
  submitted_at timestamptz not null default now(),
  published_at timestamptz
);
create index stories_published on story_submissions (status, published_at desc, id desc);

create table celebrations (
  id serial primary key,
  display_name text not null,
  label text not null,
  date date not null
);
create index celebrations_by_date on celebrations (date);

create table meta (
  key text primary key,
  value text not null
);
