-- Whose data this is: a random UUID made once per data set (and kept by every backup of it), so a
-- restore can tell "an older copy of these books" from "someone else's books whose numbers happen
-- to overlap". Existing databases get theirs here, on their first open with this version.
INSERT OR IGNORE INTO settings (key, value)
SELECT 'dataset_id', json_quote(lower(
    substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)
))
FROM (SELECT hex(randomblob(16)) AS h);
