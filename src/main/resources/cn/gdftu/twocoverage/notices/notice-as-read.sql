-- Notices as the account :account sees them: `read` is 1 once that account has opened the notice.
-- Each of NoticeStore's notice queries starts with this piece (<notice_as_read>) and adds its
-- filter and order.
SELECT n.notice_id, n.city_code, n.at, n.kind, n.period, n.subject, n.body,
	CASE WHEN r.notice_id IS NULL THEN 0 ELSE 1 END AS read
FROM notice n
LEFT JOIN notice_read r ON r.notice_id = n.notice_id AND r.account = :account
