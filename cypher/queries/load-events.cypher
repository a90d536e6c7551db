// Events as first-class nodes (the timeline), labelled Event plus their type's label.
UNWIND $rows AS row
MERGE (ev:Event {slug: row.slug})
SET ev:$(row.label)
SET ev += row.props,
    ev.dateStart = date(row.props.dateStart),
    ev.dateEnd = date(row.props.dateEnd)
