// The data version the API reports (X-Data-Version) and derives ETags from; 0 before any change.
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version
