import { errorFromResponse, type ApiSubject } from "./errorFromProblem";
import { fetchWithToken, type ApiTokenSource } from "./fetchWithToken";

export interface ApiConnection {
  /** The tab's own origin: the API is served beside it. */
  readonly origin: string;
  /** The person's token for the app's API (refreshed once when the server answers 401). */
  readonly getToken: ApiTokenSource;
}

export interface JsonRequest {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  readonly path: string;
  /** What the request is about, so a refusal names it (see errorFromProblem.ts). */
  readonly subject: ApiSubject;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One call to the server's API with the person's token: JSON in and out, a refusal rejected as the domain's
 * error rebuilt from the server's problem details, a 204 as undefined.
 */
export async function sendJson(connection: ApiConnection, request: JsonRequest): Promise<unknown> {
  const { body } = request;
  const response = await fetchWithToken(
    new URL(request.path, connection.origin),
    {
      method: request.method,
      headers: {
        Accept: "application/json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...request.headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
    connection.getToken,
  );
  if (!response.ok) throw await errorFromResponse(response, request.subject);
  return response.status === 204 ? undefined : response.json();
}
