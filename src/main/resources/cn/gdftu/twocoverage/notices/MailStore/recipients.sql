-- Who of the city gets the e-mail: each enabled account with an address.
SELECT name, display_name, email
FROM site_account
WHERE city_code = :city AND enabled = 1 AND email <> ''
ORDER BY name
