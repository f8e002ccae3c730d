-- E-mail (issue 18): guests opt in to e-mail about their RSVP; messages go through a transactional outbox; personal
-- data expires.

-- What the guest chose on the form, and where they were: e-mailed links lead back to that page.
alter table rsvps add column email_updates boolean not null default false;
alter table rsvps add column lang text not null default 'en';
alter table rsvps add column page_url text;
alter table rsvps add column reminders boolean not null default true;     -- false after a one-click unsubscribe
alter table rsvps add column erased_at timestamptz;                        -- contact data erased: counts remain

alter table events add column reminder_hours integer default 24 check (reminder_hours is null or reminder_hours between 1 and 336);

-- Further secret links to an RSVP, minted for e-mails (a reminder's manage link, "e-mail me my link", an unsubscribe
-- link). Like the RSVP's own manage token, only a SHA-256 hash is kept. Each keeps working until the data is erased.
create table rsvp_links (
  token_hash text primary key,
  rsvp_id text not null references rsvps (id) on delete cascade,
  purpose text not null check (purpose in ('manage', 'unsubscribe')),
  created_at timestamptz not null default now()
);
create index rsvp_links_by_rsvp on rsvp_links (rsvp_id);

-- The outbox: a message is written in the same transaction as the change that causes it, and the sender delivers it
-- afterwards. The idempotency key names the message's cause (e.g. `reminder:<rsvp id>`), so a cause never yields two.
create table mail_outbox (
  id text primary key,
  idempotency_key text not null unique,
  kind text not null,
  recipient text not null,
  lang text not null,
  subject text not null,
  body_text text,                               -- null once sent: it held private links
  body_html text,
  attachments jsonb not null default '[]',
  headers jsonb not null default '{}',
  rsvp_id text references rsvps (id) on delete set null,
  status text not null check (status in ('held', 'pending', 'sending', 'sent', 'dead')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index mail_outbox_due on mail_outbox (status, next_attempt_at);
create index mail_outbox_by_time on mail_outbox (created_at desc);

-- Stories withdrawn by their authors are erased at once, declined ones after a while: the row stays, emptied, so the
-- withdraw link keeps answering and counts stay right.
alter table story_submissions add column erased_at timestamptz;
