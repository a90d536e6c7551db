// A source with its stored text, to check a new citation's quote against it inside the write.
MATCH (s:Source {slug: $slug})
RETURN s {.*} AS source
