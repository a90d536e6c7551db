// One seed source: its metadata, and its full text when the project stores it (quotes are checked
// against it); a reference source has no text (null) and textStored false.
// replan=skip: the plan is fixed by the unique constraints whatever the counts, so re-planning it
// each time an import has changed the statistics enough only costs time.
CYPHER replan=skip
MERGE (s:Source {slug: $source.slug})
SET s.uid = coalesce(s.uid, $source.uid),
    s.title = $source.title,
    s.publisher = $source.publisher,
    s.publishedAt = $source.publishedAt,
    s.language = $source.language,
    s.originalLanguage = $source.originalLanguage,
    s.kind = $source.kind,
    s.url = $source.url,
    s.note = $source.note,
    s.textStored = $source.textStored,
    s.text = $source.text
