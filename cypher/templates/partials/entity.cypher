{{v}} {
  {{properties}}{{#citations}}, .citationSources, .citationQuotes{{/citations}}{{#aliases}},
  aliases: [(al:Alias)-[:ALIAS_OF]->({{v}}) WHERE NOT al.isName | al {.name, .language}]{{/aliases}}
}
