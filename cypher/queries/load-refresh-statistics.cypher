// The last step of a seed load that wrote: resamples the indexes and clears the plan cache (waiting up
// to 120 s), so queries planned next see the loaded data's statistics (see seed.loader.ts
// refreshStatistics). Needs an admin user.
CALL db.prepareForReplanning(120)
