// Sources by slug; the full text only when the caller asked for it.
UNWIND $slugs AS slug
MATCH (s:Source {slug: slug})
RETURN s {
  .uid, .slug, .title, .publisher, .publishedAt, .language, .originalLanguage, .kind, .url, .note, .textStored,
  text: CASE WHEN $withText THEN s.text ELSE NULL END
} AS source
