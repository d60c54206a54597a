<notice_as_read>
WHERE n.notice_id = :id
