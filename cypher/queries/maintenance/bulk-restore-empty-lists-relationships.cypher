// The relationships' half of bulk-restore-empty-lists.cypher (see there), for one type and property.
MATCH ()-[r:$($type)]->()
WHERE r[$property] = [$empty]
CALL (r) {
  SET r += $restored
} IN TRANSACTIONS OF 20000 ROWS
