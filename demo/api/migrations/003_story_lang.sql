-- The language a story is written in (WCAG 3.1.2, language of parts): sent with the submission, set by staff when
-- they publish. Stories already there keep null: their language is not known.

alter table story_submissions add column lang text check (lang is null or (length(lang) <= 35 and lang ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'));
