  // Only what the operation selects is read of each event and its participants (event-page-plan.ts):
  // the generated files read everything; the API renders this template for the projection it needs.
  // The page's participants come with it when selected, in the order get-participants-by-event-slugs
  // gives (role, then name): a timeline is almost always shown with who took part, and this saves a
  // round trip.
  RETURN collect(ev {
    {{eventProperties}}{{#withCitations}}, .citationSources, .citationQuotes{{/withCitations}}{{#withParticipants}},
    participants: COLLECT {
      MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev)
      WITH p, e ORDER BY p.role, e.sortName
      RETURN {role: p.role, entity: {{#entity}}e{{/entity}}}
    }{{/withParticipants}}
  }) AS events
