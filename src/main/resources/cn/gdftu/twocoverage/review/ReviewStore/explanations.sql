SELECT code, text, explained_by, explained_at
FROM review_explanation
WHERE period = :period AND city_code = :city AND version = :version
ORDER BY code
