-- A city's rows of <table> in load :load copied under load :to; <columns> is every column but load_id.
INSERT INTO <table> (load_id, <columns>)
SELECT :to, <columns> FROM <table>
WHERE load_id = :load AND city_code = :city
