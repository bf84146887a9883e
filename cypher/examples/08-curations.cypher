// title: What analysts corrected, newest first
// params: {}
MATCH (c:Curation)
RETURN c.at AS at, c.by AS by, c.action AS action, c.on AS applies_to, c.reason AS reason, c.undone_at IS NOT NULL AS undone
ORDER BY at DESC
LIMIT 200
