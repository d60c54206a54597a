-- Every city's notices (the province's view), newest first.
<notice_as_read>
ORDER BY n.notice_id DESC
LIMIT :limit
