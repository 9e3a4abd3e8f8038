/** A failure worth trying again later (network error, 5xx); anything else fails the task at once. */
export class TransientError extends Error {}

/** A download the task cannot do (refused URL, 4xx, bad archive): the task fails with this reason. */
export class PermanentError extends Error {}

/** The server is stopping: the job is handed back to the store, neither done nor failed. */
export class JobAborted extends Error {}
