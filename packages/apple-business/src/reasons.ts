// Reasons: the part after the first `__` of a code, or the whole code when it has no prefix.
// Provenance: catalog/reasons.ts.

export const AlreadyAccepted = 'ALREADY_ACCEPTED' as const;
export const AlreadyExists = 'ALREADY_EXISTS' as const;
export const NotFound = 'NOT_FOUND' as const;
export const MarkedDeleted = 'MARKED_DELETED' as const;
/** An unprefixed, PascalCase code seen on a real 401. */
export const Unauthorized = 'Unauthorized' as const;
/** An unprefixed code seen in a third-party client; an update that changes nothing. */
export const ResourceHasNoNewChanges = 'RESOURCE_HAS_NO_NEW_CHANGES' as const;
