-- Written out from working-calendar/working-calendar.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- insertCalendarYear
DELETE FROM working_calendar_year WHERE year = $1;

-- insertCalendarYear
INSERT INTO working_calendar_year (year, source, imported_by) VALUES ($1, $2, $3);

-- insertCalendarYear
INSERT INTO working_calendar_day (date, year, kind, name)
SELECT d.date, $1, d.kind, d.name
  FROM unnest($2::date[], $3::text[], $4::text[]) AS d(date, kind, name);

-- WorkingCalendarRepository.calendarFor
SELECT y.year, to_char(d.date, 'YYYY-MM-DD') AS date, d.kind
 FROM working_calendar_year y LEFT JOIN working_calendar_day d ON d.year = y.year
WHERE y.year = ANY($1::int[]);

-- WorkingCalendarRepository.year
SELECT year, source, imported_by AS "importedBy", imported_at AS "importedAt"
FROM working_calendar_year WHERE year = $1;

-- WorkingCalendarRepository.year
SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM working_calendar_day
WHERE year = $1 ORDER BY date;

-- WorkingCalendarRepository.knownYears
SELECT year FROM working_calendar_year ORDER BY year;
