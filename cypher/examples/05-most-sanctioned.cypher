// title: The most sanctioned actors
// params: {}
MATCH (target:Actor)<-[r:SANCTIONS]-(:Actor)
RETURN target.name_en AS actor, target.kind AS kind, count(r) AS sanctioners, sum(r.events) AS events
ORDER BY sanctioners DESC, events DESC
LIMIT 25
