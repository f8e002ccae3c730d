-- Celebrations carry their milestone as a count and a unit, not English words, so each page names it in its own
-- language. Rows from before keep their words until staff edit them; the words are read into a span when they are
-- in the form the seed wrote ("30 days", "1 year"), and otherwise dropped with the row's label.

alter table celebrations add column span_count integer check (span_count is null or span_count between 1 and 100000);
alter table celebrations add column span_unit text check (span_unit is null or span_unit in ('days', 'months', 'years'));
update celebrations set
  span_count = substring(label from '^([0-9]+) ')::integer,
  span_unit = case
    when label ~ '^[0-9]+ days?$' then 'days'
    when label ~ '^[0-9]+ months?$' then 'months'
    when label ~ '^[0-9]+ years?$' then 'years'
  end
  where label ~ '^[0-9]{1,6} (days?|months?|years?)$';
delete from celebrations where span_count is null or span_unit is null;
alter table celebrations alter column span_count set not null;
alter table celebrations alter column span_unit set not null;
alter table celebrations drop column label;
