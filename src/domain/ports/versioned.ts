/** A stored entity with its storage version (SharePoint ETag). Versions never appear inside entities. */
export interface Versioned<T> {
  readonly value: T;
  readonly version: string;
}
