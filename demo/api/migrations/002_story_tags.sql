-- Story tags: staff set them when they publish a story, and visitors filter stories by them (any of several).
-- Adds to existing databases as they are: stories already there get no tags.

alter table story_submissions add column tags text[] not null default '{}' check (cardinality(tags) <= 10);
create index stories_by_tag on story_submissions using gin (tags);
