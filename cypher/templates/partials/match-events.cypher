{{#participant}}
  MATCH (:Entity {slug: $participant})-[:PARTICIPATED_IN]->(ev:Event)
{{/participant}}
{{^participant}}
  MATCH (ev:Event)
{{/participant}}
