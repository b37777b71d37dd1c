-- Folding and numbering, the two rules the database must apply exactly as the app does.

-- fold(text): domain/folding.fold in SQL ("Sánchez" -> "sanchez", "straße" -> "strasse",
-- "ﬁnca" -> "finca"): lower case (ICU, every script), NFKD (accents split off, ligatures and
-- full-width forms decomposed), the combining marks removed (the Greek iota subscript becomes ι
-- first), lower case again, and the casefold rules lower() lacks (ß -> ss, final ς -> σ, nine
-- historic Cyrillic letters, Cherokee). The marks are the characters Python's
-- unicodedata.combining() calls non-zero (Unicode 14.0, 188 ranges).
-- unaccent is installed (0001) but not used here: it also transliterates (æ -> ae, ø -> o,
-- ł -> l, ¿ -> ?), which the Python rule does not, and SQL must never fold otherwise than the
-- screen. tests/storage/postgres/test_pg_fold.py compares it with Python on every letter, digit,
-- mark, symbol and punctuation of planes 0-2: no difference (Unicode 14 in Python 3.11; another
-- Unicode version on either side may differ). Like SQLite's, no index or trigger uses fold().
CREATE FUNCTION combining_marks() RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN '['
    || '\u0300-\u034E\u0350-\u036F\u0483-\u0487\u0591-\u05BD\u05BF\u05C1-\u05C2\u05C4-\u05C5\u05C7'
    || '\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7-\u06E8\u06EA-\u06ED\u0711'
    || '\u0730-\u074A\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D'
    || '\u0859-\u085B\u0898-\u089F\u08CA-\u08E1\u08E3-\u08FF\u093C\u094D\u0951-\u0954\u09BC\u09CD\u09FE'
    || '\u0A3C\u0A4D\u0ABC\u0ACD\u0B3C\u0B4D\u0BCD\u0C3C\u0C4D\u0C55-\u0C56\u0CBC\u0CCD\u0D3B-\u0D3C'
    || '\u0D4D\u0DCA\u0E38-\u0E3A\u0E48-\u0E4B\u0EB8-\u0EBA\u0EC8-\u0ECB\u0F18-\u0F19\u0F35\u0F37\u0F39'
    || '\u0F71-\u0F72\u0F74\u0F7A-\u0F7D\u0F80\u0F82-\u0F84\u0F86-\u0F87\u0FC6\u1037\u1039-\u103A\u108D'
    || '\u135D-\u135F\u1714-\u1715\u1734\u17D2\u17DD\u18A9\u1939-\u193B\u1A17-\u1A18\u1A60\u1A75-\u1A7C'
    || '\u1A7F\u1AB0-\u1ABD\u1ABF-\u1ACE\u1B34\u1B44\u1B6B-\u1B73\u1BAA-\u1BAB\u1BE6\u1BF2-\u1BF3\u1C37'
    || '\u1CD0-\u1CD2\u1CD4-\u1CE0\u1CE2-\u1CE8\u1CED\u1CF4\u1CF8-\u1CF9\u1DC0-\u1DFF\u20D0-\u20DC\u20E1'
    || '\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099-\u309A\uA66F\uA674-\uA67D'
    || '\uA69E-\uA69F\uA6F0-\uA6F1\uA806\uA82C\uA8C4\uA8E0-\uA8F1\uA92B-\uA92D\uA953\uA9B3\uA9C0\uAAB0'
    || '\uAAB2-\uAAB4\uAAB7-\uAAB8\uAABE-\uAABF\uAAC1\uAAF6\uABED\uFB1E\uFE20-\uFE2F\U000101FD\U000102E0'
    || '\U00010376-\U0001037A\U00010A0D\U00010A0F\U00010A38-\U00010A3A\U00010A3F\U00010AE5-\U00010AE6'
    || '\U00010D24-\U00010D27\U00010EAB-\U00010EAC\U00010F46-\U00010F50\U00010F82-\U00010F85\U00011046'
    || '\U00011070\U0001107F\U000110B9-\U000110BA\U00011100-\U00011102\U00011133-\U00011134\U00011173'
    || '\U000111C0\U000111CA\U00011235-\U00011236\U000112E9-\U000112EA\U0001133B-\U0001133C\U0001134D'
    || '\U00011366-\U0001136C\U00011370-\U00011374\U00011442\U00011446\U0001145E\U000114C2-\U000114C3'
    || '\U000115BF-\U000115C0\U0001163F\U000116B6-\U000116B7\U0001172B\U00011839-\U0001183A'
    || '\U0001193D-\U0001193E\U00011943\U000119E0\U00011A34\U00011A47\U00011A99\U00011C3F\U00011D42'
    || '\U00011D44-\U00011D45\U00011D97\U00016AF0-\U00016AF4\U00016B30-\U00016B36\U00016FF0-\U00016FF1'
    || '\U0001BC9E\U0001D165-\U0001D169\U0001D16D-\U0001D172\U0001D17B-\U0001D182\U0001D185-\U0001D18B'
    || '\U0001D1AA-\U0001D1AD\U0001D242-\U0001D244\U0001E000-\U0001E006\U0001E008-\U0001E018'
    || '\U0001E01B-\U0001E021\U0001E023-\U0001E024\U0001E026-\U0001E02A\U0001E130-\U0001E136\U0001E2AE'
    || '\U0001E2EC-\U0001E2EF\U0001E8D0-\U0001E8D6\U0001E944-\U0001E94A'
    || ']';

-- Python casefolds Cherokee to its capitals (lower() does the opposite).
CREATE FUNCTION cherokee_small() RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN U&'\13F8\13F9\13FA\13FB\13FC\13FD\AB70\AB71\AB72\AB73\AB74\AB75\AB76\AB77\AB78\AB79\AB7A\AB7B'
    || U&'\AB7C\AB7D\AB7E\AB7F\AB80\AB81\AB82\AB83\AB84\AB85\AB86\AB87\AB88\AB89\AB8A\AB8B\AB8C\AB8D'
    || U&'\AB8E\AB8F\AB90\AB91\AB92\AB93\AB94\AB95\AB96\AB97\AB98\AB99\AB9A\AB9B\AB9C\AB9D\AB9E\AB9F'
    || U&'\ABA0\ABA1\ABA2\ABA3\ABA4\ABA5\ABA6\ABA7\ABA8\ABA9\ABAA\ABAB\ABAC\ABAD\ABAE\ABAF\ABB0\ABB1'
    || U&'\ABB2\ABB3\ABB4\ABB5\ABB6\ABB7\ABB8\ABB9\ABBA\ABBB\ABBC\ABBD\ABBE\ABBF';
CREATE FUNCTION cherokee_capital() RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN U&'\13F0\13F1\13F2\13F3\13F4\13F5\13A0\13A1\13A2\13A3\13A4\13A5\13A6\13A7\13A8\13A9\13AA\13AB'
    || U&'\13AC\13AD\13AE\13AF\13B0\13B1\13B2\13B3\13B4\13B5\13B6\13B7\13B8\13B9\13BA\13BB\13BC\13BD'
    || U&'\13BE\13BF\13C0\13C1\13C2\13C3\13C4\13C5\13C6\13C7\13C8\13C9\13CA\13CB\13CC\13CD\13CE\13CF'
    || U&'\13D0\13D1\13D2\13D3\13D4\13D5\13D6\13D7\13D8\13D9\13DA\13DB\13DC\13DD\13DE\13DF\13E0\13E1'
    || U&'\13E2\13E3\13E4\13E5\13E6\13E7\13E8\13E9\13EA\13EB\13EC\13ED\13EE\13EF';

CREATE FUNCTION fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN replace(translate(lower(regexp_replace(
        replace(normalize(replace(lower(t COLLATE "und-x-icu"), U&'\037A', ' '), NFKD),
                U&'\0345', 'ι'),  -- iota subscript: casefold's ι, except the spacing one (a space)
        combining_marks(), '', 'g') COLLATE "und-x-icu"),
    'ςᲀᲁᲂᲃᲄᲅᲆᲇᲈ' || cherokee_small(), 'σвдосттъѣꙋ' || cherokee_capital()),
    'ß', 'ss');  -- casefold's own: final sigma, old Cyrillic, Cherokee, ß

-- The legal number as domain/invoice.format_number writes it: 'F-2026-0001' (seq padded to 4).
CREATE FUNCTION format_number(p_series text, p_year integer, p_seq bigint) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN p_series || '-' || p_year || '-' || CASE WHEN p_seq < 10000 THEN lpad(p_seq::text, 4, '0')
                                               ELSE p_seq::text END;

-- next_number(series, issue date): the next correlative of the series for the date's year, taken
-- in the caller's (issuing) transaction with UPDATE ... RETURNING on the counter row. The row
-- lock queues concurrent issuers until the holder commits or rolls back, and a rollback returns
-- the number with it: gapless, which a sequence is not. Refuses a date before the series' last
-- (SQLSTATE P0001, message issue_date_before_last, detail the last date).
CREATE FUNCTION next_number(p_series text, p_issue_date date,
                            OUT year integer, OUT seq bigint, OUT number text)
LANGUAGE plpgsql AS $$
DECLARE
    v_last date;
BEGIN
    year := extract(year FROM p_issue_date)::integer;
    PERFORM 1 FROM series_counters c WHERE c.series = p_series FOR UPDATE;
    SELECT max(c.last_date) INTO v_last FROM series_counters c WHERE c.series = p_series;
    IF v_last > p_issue_date THEN
        RAISE EXCEPTION 'issue_date_before_last' USING DETAIL = v_last::text, HINT = p_series;
    END IF;
    UPDATE series_counters c SET last_seq = c.last_seq + 1, last_date = p_issue_date
    WHERE c.series = p_series AND c.year = next_number.year RETURNING c.last_seq INTO seq;
    IF NOT FOUND THEN
        BEGIN
            INSERT INTO series_counters (series, year, last_seq, last_date)
            VALUES (p_series, next_number.year, 1, p_issue_date);
            seq := 1;
        EXCEPTION WHEN unique_violation THEN  -- another issuer created the row first: queue on it
            UPDATE series_counters c SET last_seq = c.last_seq + 1, last_date = p_issue_date
            WHERE c.series = p_series AND c.year = next_number.year RETURNING c.last_seq INTO seq;
        END;
    END IF;
    number := format_number(p_series, year, seq);
END
$$;
