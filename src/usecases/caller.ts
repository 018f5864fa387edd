/** Who is asking, as the server established it from a verified token: never from a request body. */
export interface VerifiedCaller {
  /** The person's id in the organisation (their UPN, lower case). */
  readonly personId: string;
}
