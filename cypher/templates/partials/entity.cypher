{{v}} {
  .uid, .slug, .name, .type, .kinds, .description, .citationSources, .citationQuotes, .version,
  aliases: [(al:Alias)-[:ALIAS_OF]->({{v}}) WHERE NOT al.isName | al {.name, .language}]
}
