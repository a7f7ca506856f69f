-- The reference for voronka_bench_cold_base: the statements behind its steps, run and timed by the sqlite3 shell
-- on the same file in the same run. ".print @label" names the timings that follow it (several add up);
-- ".once /dev/null" drops the rows of the next statement so that printing them is not timed.
.timer on
.print @count(*) of companies
SELECT count(*) FROM companies;
.print @first page: 100 rows in sort_key order
.once /dev/null
SELECT c.id, c.name, c.sort_key,
       (SELECT coalesce(p.e164, p.raw) FROM phones p WHERE p.company_id = c.id ORDER BY p.position, p.id LIMIT 1),
       c.city, c.stage, u.full_name, c.next_action_at
FROM companies c LEFT JOIN users u ON u.id = c.owner_id
ORDER BY c.sort_key, c.id LIMIT 100;
.print @last page: 100 rows from the end of sort_key order
.once /dev/null
SELECT c.id, c.name, c.sort_key,
       (SELECT coalesce(p.e164, p.raw) FROM phones p WHERE p.company_id = c.id ORDER BY p.position, p.id LIMIT 1),
       c.city, c.stage, u.full_name, c.next_action_at
FROM companies c LEFT JOIN users u ON u.id = c.owner_id
ORDER BY c.sort_key DESC, c.id DESC LIMIT 100;
.print @LIKE %Аврора% scan of companies.name
SELECT count(*) FROM companies WHERE name LIKE '%Аврора%';
.print @FTS MATCH «аврора»: count(*) of company_search
SELECT count(*) FROM company_search WHERE company_search MATCH '"аврора"';
.print @search «аврора», plain SQL: count + first page
SELECT count(*) FROM companies c
WHERE c.id IN (SELECT rowid FROM company_search WHERE company_search MATCH '"аврора"');
.once /dev/null
SELECT c.id, c.name, c.sort_key,
       (SELECT coalesce(p.e164, p.raw) FROM phones p WHERE p.company_id = c.id ORDER BY p.position, p.id LIMIT 1),
       c.city, c.stage, u.full_name, c.next_action_at
FROM companies c LEFT JOIN users u ON u.id = c.owner_id
WHERE c.id IN (SELECT rowid FROM company_search WHERE company_search MATCH '"аврора"')
ORDER BY c.sort_key, c.id LIMIT 100;
.print @search «аврора» as Voronka reads it: count on the index + name-index walk against the set of matches
SELECT count(*) FROM company_search WHERE company_search MATCH '"аврора"';
.once /dev/null
SELECT c.id, c.name, c.sort_key,
       (SELECT coalesce(p.e164, p.raw) FROM phones p WHERE p.company_id = c.id ORDER BY p.position, p.id LIMIT 1),
       c.city, c.stage, u.full_name, c.next_action_at
FROM companies c INDEXED BY companies_sort LEFT JOIN users u ON u.id = c.owner_id
WHERE c.id IN (SELECT rowid FROM company_search WHERE company_search MATCH '"аврора"')
ORDER BY c.sort_key, c.id LIMIT 100;
.print @search «ооо» as Voronka reads it: count on the index + name-index walk checking each company
SELECT count(*) FROM company_search WHERE company_search MATCH '"ооо"';
.once /dev/null
SELECT c.id, c.name, c.sort_key,
       (SELECT coalesce(p.e164, p.raw) FROM phones p WHERE p.company_id = c.id ORDER BY p.position, p.id LIMIT 1),
       c.city, c.stage, u.full_name, c.next_action_at
FROM companies c INDEXED BY companies_sort LEFT JOIN users u ON u.id = c.owner_id
WHERE EXISTS (SELECT 1 FROM company_search s WHERE s.rowid = c.id AND instr(s.text, 'ооо') > 0)
ORDER BY c.sort_key, c.id LIMIT 100;
.print @search «ооо», plain SQL: count + first page
SELECT count(*) FROM companies c
WHERE c.id IN (SELECT rowid FROM company_search WHERE company_search MATCH '"ооо"');
.once /dev/null
SELECT c.id, c.name, c.sort_key,
       (SELECT coalesce(p.e164, p.raw) FROM phones p WHERE p.company_id = c.id ORDER BY p.position, p.id LIMIT 1),
       c.city, c.stage, u.full_name, c.next_action_at
FROM companies c LEFT JOIN users u ON u.id = c.owner_id
WHERE c.id IN (SELECT rowid FROM company_search WHERE company_search MATCH '"ооо"')
ORDER BY c.sort_key, c.id LIMIT 100;
.print @two letters «ип»: count(*) scanning company_search
SELECT count(*) FROM company_search WHERE instr(text, 'ип') > 0;
