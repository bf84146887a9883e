// title: Sanctions on a state's allies
// params: {"state": "CN"}
MATCH (state:Actor {id: $state})-[:ALLIED_WITH|DEFENSE_PACT]-(ally:Actor)<-[s:SANCTIONS]-(sanctioner:Actor)
RETURN ally.name_en AS ally_name, sanctioner.name_en AS sanctioned_by, s.events AS events, state, ally, s, sanctioner
ORDER BY events DESC
