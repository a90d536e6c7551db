// Dashboard aggregates of many entities at once: events per year, and the investment figures
// (funding rounds raised and joined, disclosed amounts raised per currency, investors, portfolio).
// Every figure is counted from the entity's own relationships, so the walk starts from its slug.
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
CALL (e) {
  OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)
  WITH DISTINCT ev
  WHERE ev.dateStart IS NOT NULL
  WITH ev.dateStart.year AS year, count(ev) AS events
  ORDER BY year
  RETURN collect({year: year, count: events}) AS eventsPerYear
}
CALL (e) {
  OPTIONAL MATCH (e)-[:PARTICIPATED_IN {role: 'INVESTEE'}]->(round:FundingRound)
  WITH DISTINCT round
  WHERE round.amount IS NOT NULL AND round.currency IS NOT NULL
  WITH round.currency AS currency, sum(round.amount) AS amount
  ORDER BY currency
  RETURN collect({amount: amount, currency: currency}) AS raised
}
RETURN slug,
       eventsPerYear,
       {
         roundsRaised: COUNT { (e)-[:PARTICIPATED_IN {role: 'INVESTEE'}]->(:FundingRound) },
         roundsJoined: COUNT { (e)-[:PARTICIPATED_IN {role: 'INVESTOR'}]->(:FundingRound) },
         raised: raised,
         investorCount: COUNT { MATCH (e)<-[:INVESTED_IN]-(i:Entity) RETURN DISTINCT i },
         portfolioSize: COUNT { MATCH (e)-[:INVESTED_IN]->(c:Entity) RETURN DISTINCT c }
       } AS investment
