import { repositoryPath } from "../common/repository-root";

/** The repository's seeds/ folder. */
export const SEEDS_DIR = repositoryPath("seeds");
