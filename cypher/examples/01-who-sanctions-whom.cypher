// title: Who sanctions whom
// params: {}
MATCH (a:Actor)-[r:SANCTIONS]->(b:Actor)
RETURN a.name_en AS sanctioner, b.name_en AS target, r.events AS events, r.first_date AS first, r.last_date AS last, a, r, b
ORDER BY events DESC, sanctioner
LIMIT 200
