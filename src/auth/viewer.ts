import { ApiError, ErrorCode } from "../common/errors";

/** What a caller may do; each role includes the ones before it. */
export type Role = "reader" | "editor" | "admin";

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

/** The verified caller of one request: the API key's name and role, or anonymous (null). */
export interface Viewer {
  /** The key's name as given to `npm run keys -- create --name`; the actor in the audit trail. */
  keyName: string;
  role: Role;
}

/**
 * Refuses the operation unless the caller holds `role`, with FORBIDDEN both for anonymous callers
 * (they sent no key, so there is nothing to authenticate) and for keys without the role. Unknown or revoked keys never reach here: the HTTP layer answers them with 401.
 */
export function requireRole(viewer: Viewer | null, role: Role): Viewer {
  if (!viewer)
    throw new ApiError(ErrorCode.FORBIDDEN, `This operation needs an API key with the "${role}" role; send "Authorization: Bearer <key>".`);
  if (RANK[viewer.role] < RANK[role]) {
    throw new ApiError(ErrorCode.FORBIDDEN, `The key "${viewer.keyName}" has the "${viewer.role}" role; this operation needs "${role}".`);
  }
  return viewer;
}
